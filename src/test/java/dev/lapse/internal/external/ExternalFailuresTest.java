package dev.lapse.internal.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.history.CallOutcome;
import dev.lapse.history.StepRecord;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Provider modules that cannot work: each gets a clear message, and a run goes on. */
class ExternalFailuresTest {
  private static final String DIR = "src/test/resources/external/";
  private static final Duration LIMIT = Duration.ofSeconds(60);

  private static Scenario launchThenCall() {
    return Scenario.builder("launch-then-call").bucket("photos", "us-east-1").launch().get("photos/cat.jpg").waitFor(
        Duration.ofMinutes(5)).get("photos/cat.jpg").build();
  }

  @Test
  void aSyntaxErrorIsRefusedBeforeAnyScenarioRuns() {
    Adapters.assumeNode();
    ExternalProviderException e = assertThrows(ExternalProviderException.class,
        () -> ExternalProvider.parse("node:" + DIR + "syntax-error.mjs").check(LIMIT));
    assertTrue(e.getMessage().contains("cannot be loaded") && e.getMessage().contains("SyntaxError"),
        e.getMessage());
  }

  @Test
  void aPythonSyntaxErrorIsRefusedToo() {
    Adapters.assumePython();
    ExternalProviderException e = assertThrows(ExternalProviderException.class,
        () -> ExternalProvider.parse("python:" + DIR + "syntax_error.py").check(LIMIT));
    assertTrue(e.getMessage().contains("SyntaxError"), e.getMessage());
  }

  @Test
  void aModuleWithoutLaunchSaysWhatItExports() {
    Adapters.assumeNode();
    ExternalProviderException e = assertThrows(ExternalProviderException.class,
        () -> ExternalProvider.parse("node:" + DIR + "no-launch.mjs").check(LIMIT));
    assertTrue(e.getMessage().contains("does not export a function launch(device)")
        && e.getMessage().contains("provider"), e.getMessage());
  }

  @Test
  void aMissingModuleOrPrefixIsRefused() {
    assertTrue(assertThrows(ExternalProviderException.class,
        () -> ExternalProvider.parse("node:nowhere/provider.mjs")).getMessage()
        .contains("does not exist"));
    assertTrue(assertThrows(ExternalProviderException.class,
        () -> ExternalProvider.parse("ruby:x.rb")).getMessage()
        .contains("expected node:<module.mjs> or python:<module.py>"));
    assertFalse(ExternalProvider.names("robust"));
    assertFalse(ExternalProvider.names("com.acme.MyFactory"));
  }

  @Test
  void aMissingRuntimeNamesWhatToInstall() {
    String before = System.getProperty("lapse.node");
    System.setProperty("lapse.node", "/nonexistent/bin/node");
    try {
      ExternalProviderException e = assertThrows(ExternalProviderException.class,
          () -> ExternalProvider.parse(Adapters.NAIVE_JS).check(LIMIT));
      assertTrue(e.getMessage().contains("cannot start /nonexistent/bin/node")
          && e.getMessage().contains("install Node.js"), e.getMessage());
    } finally {
      if (before == null) {
        System.clearProperty("lapse.node");
      } else {
        System.setProperty("lapse.node", before);
      }
    }
  }

  @Test
  void aLaunchThatThrowsFailsItsStepAndTheRunGoesOn() {
    for (String spec : List.of("node:" + DIR + "throws-in-launch.mjs",
        "python:" + DIR + "throws_in_launch.py")) {
      ExternalProvider provider = Adapters.provider(spec);
      try (ScenarioRunner runner = new ScenarioRunner()) {
        RunResult r = runner.run(launchThenCall(), spec, provider);
        assertFalse(r.isInconclusive(), r::verdict);
        StepRecord launch = r.record().steps().get(0);
        CallOutcome failed = launch.calls().get(0);
        assertTrue(failed.message().contains("the keychain is locked"), failed::message);
        assertEquals(4, r.record().steps().size(), "every step ran");
        assertEquals("AppNotRunning", r.record().steps().get(1).calls().get(0).errorCode());
      }
    }
  }

  @Test
  void anAdapterThatDiesFailsTheCallWithItsLastWords() {
    ExternalProvider provider = Adapters.provider("node:" + DIR + "exits-in-call.mjs");
    try (ScenarioRunner runner = new ScenarioRunner()) {
      RunResult r = runner.run(launchThenCall(), "exits", provider);
      CallOutcome call = r.record().steps().get(1).calls().get(0);
      assertFalse(call.ok());
      assertTrue(call.message().contains("exited with code 3")
          && call.message().contains("about to crash"), call::message);
      assertEquals("AppNotRunning", r.record().steps().get(3).calls().get(0).errorCode(),
          "a crashed app is not running until launched again");
    }
  }

  @Test
  void aLaunchThatNeverAnswersIsAHangWithTheAdaptersLastWords() {
    ExternalProvider provider = Adapters.provider("node:" + DIR + "never-answers.mjs");
    try (ScenarioRunner runner = new ScenarioRunner(Duration.ofSeconds(1), Duration.ofSeconds(2),
        1)) {
      RunResult r = runner.run(launchThenCall(), "never", provider);
      assertEquals(1, r.violationsOf("hangs").size(), r::verdict);
      assertTrue(r.threadDump().contains("did not answer 'launch'")
          && r.threadDump().contains("waiting for Godot"), r.threadDump());
    }
  }
}
