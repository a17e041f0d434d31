package dev.lapse.provider;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The providers (bundled, and the planted ones the fuzzer hunts) take time only from the
 * device clock and run background work only on the device's scheduler.
 */
class ProviderPackageRulesTest {

  private static final JavaClasses PROVIDERS = new ClassFileImporter()
      .importPackages("dev.lapse.provider.reference", "dev.lapse.provider.planted");

  @Test
  void neverReadTheWallClockNorStartThreads() {
    noClasses()
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Thread.class, "sleep", long.class)
        .orShould().callConstructor(java.util.Date.class)
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().dependOnClassesThat().haveFullyQualifiedName(
            "java.util.concurrent.Executors")
        .orShould().dependOnClassesThat().haveFullyQualifiedName(Thread.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.Timer.class.getName())
        .check(PROVIDERS);
  }
}
