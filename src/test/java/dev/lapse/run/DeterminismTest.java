package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lapse.journal.JournalEntry;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same scenario with the same seed gives the same journal. */
class DeterminismTest {

  private static List<String> journal(RunResult r) {
    return r.record().entries().stream().map(DeterminismTest::line).toList();
  }

  private static String line(JournalEntry e) {
    return e.seq() + " " + e.receivedAt() + " " + e.operation() + " " + e.resource() + " "
        + e.status() + " " + e.errorCode() + " "
        + (e.credentials() == null ? "-" : e.credentials().accessKeyId()) + " "
        + (e.issuedCredentials() == null ? "-" : e.issuedCredentials().accessKeyId()) + " "
        + e.issuedIdentityId();
  }

  @Test
  void sameScenarioSameSeedSameJournal() {
    Scenario s = ScenarioReader.read(Path.of("scenarios/13-day-of-short-sessions.yaml"));
    List<String> first;
    try (ScenarioRunner runner = new ScenarioRunner(ScenarioRunner.DEFAULT_STEP_LIMIT, 7)) {
      first = journal(runner.run(s, "robust", new RobustProviderFactory()));
    }
    List<String> second;
    try (ScenarioRunner runner = new ScenarioRunner(ScenarioRunner.DEFAULT_STEP_LIMIT, 7)) {
      runner.run(s.withName("warm-up"), "robust", new RobustProviderFactory());
      second = journal(runner.run(s, "robust", new RobustProviderFactory()));
    }
    assertEquals(first, second);
    assertEquals(true, first.size() > 50, "the day should make many requests: " + first.size());
  }

  @Test
  void providersSideBySideGiveWhatTheyGiveOneAfterTheOther() {
    List<Scenario> scenarios = List.of(
        ScenarioReader.read(Path.of("scenarios/01-relaunch-after-idle.yaml")),
        ScenarioReader.read(Path.of("scenarios/02-relaunch-after-token-idle.yaml")));
    java.util.Map<String, dev.lapse.provider.CredentialsProviderFactory> providers =
        new java.util.LinkedHashMap<>();
    providers.put("seed-naive", new dev.lapse.provider.reference.SeedNaiveProviderFactory());
    providers.put("robust", new RobustProviderFactory());
    List<RunResult> oneByOne = SuiteRun.run(scenarios, providers,
        ScenarioRunner.DEFAULT_STEP_LIMIT, 1, 1);
    List<RunResult> sideBySide = SuiteRun.run(scenarios, providers,
        ScenarioRunner.DEFAULT_STEP_LIMIT, 1, 2);
    assertEquals(4, sideBySide.size());
    for (int i = 0; i < 4; i++) {
      assertEquals(oneByOne.get(i).provider(), sideBySide.get(i).provider());
      assertEquals(oneByOne.get(i).passed(), sideBySide.get(i).passed());
      assertEquals(oneByOne.get(i).firstViolation().map(Object::toString),
          sideBySide.get(i).firstViolation().map(Object::toString));
    }
    assertEquals(journal(oneByOne.get(0)), journal(sideBySide.get(0)));
  }
}
