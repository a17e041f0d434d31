package dev.lapse.internal.report;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.lapse.run.RunResult;
import org.junit.jupiter.api.Test;

/** Reports read results; they know nothing of how runs are made. */
class ReportPackageRulesTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.lapse.internal.report");

  @Test
  void readsJournalChecksScenariosAndRunResultsOnly() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.lapse.internal.aws..",
            "dev.lapse.internal.device..", "dev.lapse.provider..", "dev.lapse.clock..", "dev.lapse.internal.cli..",
            "dev.lapse.fuzz..", "dev.lapse.internal.fuzz..", "com.github.tomakehurst..", "software.amazon.awssdk..",
            "com.fasterxml..")
        .check(MAIN);
    noClasses().should().dependOnClassesThat(
            resideInAPackage("dev.lapse.run..").and(not(equivalentTo(RunResult.class))))
        .because("only the result types of dev.lapse.run are the report's business")
        .check(MAIN);
  }

  @Test
  void neverReadsTheWallClock() {
    noClasses().should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Thread.class, "sleep", long.class)
        .orShould().callConstructor(java.util.Date.class)
        .because("a report's stamp, if any, is the caller's (ReportOptions.generatedAt)")
        .check(MAIN);
  }
}
