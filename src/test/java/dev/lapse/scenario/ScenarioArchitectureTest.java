package dev.lapse.scenario;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The scenario package stays a pure model: no wall clock, no other part of Lapse. */
class ScenarioArchitectureTest {
  private static final JavaClasses SCENARIO = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.lapse.scenario");

  @Test
  void neverReadsTheWallClock() {
    noClasses().should().callMethod(Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Thread.class, "sleep", long.class)
        .orShould().callConstructor(java.util.Date.class)
        .check(SCENARIO);
  }

  @Test
  void dependsOnNothingElseOfLapseButTheSharedVocabulary() {
    noClasses().should().dependOnClassesThat(resideInAPackage("dev.lapse..")
            .and(not(resideInAnyPackage("dev.lapse.scenario", "dev.lapse.vocabulary"))))
        .check(SCENARIO);
  }
}
