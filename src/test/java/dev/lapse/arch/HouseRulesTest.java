package dev.lapse.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of the house from DESIGN.md, kept by the build rather than by memory. */
class HouseRulesTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMain() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.lapse");
  }

  @Test
  void onlyTheClockPackageReadsRealTime() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.lapse.clock..")
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Thread.class, "sleep", long.class)
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callConstructor(java.util.Date.class)
        .because("virtual time is the only time (DESIGN.md: one time source)");
    rule.check(main);
  }

  @Test
  void theFakeAwsKnowsNothingOfScenariosDevicesOrChecks() {
    noClasses().that().resideInAPackage("dev.lapse.internal.aws..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.lapse.scenario..",
            "dev.lapse.internal.device..", "dev.lapse.check..", "dev.lapse.run..", "dev.lapse.fuzz..", "dev.lapse.internal.fuzz..",
            "dev.lapse.internal.report..", "dev.lapse.internal.cli..", "dev.lapse.provider..")
        .check(main);
  }

  @Test
  void checksKnowNothingOfHttp() {
    noClasses().that().resideInAPackage("dev.lapse.check..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.lapse.internal.aws..", "dev.lapse.internal.device..",
            "com.github.tomakehurst..", "software.amazon.awssdk..")
        .check(main);
  }

  @Test
  void lowerRoomsDoNotReachUp() {
    noClasses().that().resideInAnyPackage("dev.lapse.clock..", "dev.lapse.journal..",
            "dev.lapse.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.lapse.internal.aws..", "dev.lapse.internal.device..",
            "dev.lapse.provider..", "dev.lapse.check..", "dev.lapse.run..", "dev.lapse.internal.cli..")
        .check(main);
    noClasses().that().resideInAnyPackage("dev.lapse.provider..", "dev.lapse.internal.device..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.lapse.internal.aws..", "dev.lapse.run..",
            "dev.lapse.internal.cli..", "dev.lapse.check..")
        .check(main);
  }

  /** No two packages depend on each other, directly or round a loop (sub-packages count apart). */
  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.lapse.(**)").should().beFreeOfCycles().check(main);
  }
}
