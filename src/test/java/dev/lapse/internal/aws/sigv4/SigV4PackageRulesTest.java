package dev.lapse.internal.aws.sigv4;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package's two promises: no wall clock, and independence from everything it checks. */
class SigV4PackageRulesTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.lapse.internal.aws.sigv4");

  @Test
  void neverReadsTheWallClock() {
    noClasses()
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Thread.class, "sleep", long.class)
        .orShould().callConstructor(java.util.Date.class)
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .check(MAIN);
  }

  @Test
  void dependsOnTheJdkOnly() {
    noClasses()
        .should().dependOnClassesThat().resideOutsideOfPackages("java..", "javax..",
            "dev.lapse.internal.aws.sigv4..")
        .check(MAIN);
  }
}
