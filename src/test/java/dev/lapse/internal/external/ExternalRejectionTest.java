package dev.lapse.internal.external;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.Lapse;
import dev.lapse.journal.JournalEntry;
import dev.lapse.run.RunResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JavaScript and Python providers hear when AWS refused their credentials (the adapters'
 * {@code rejected} hook, as a Java provider's RejectionListener): the rejection-aware examples
 * drop the refused credentials and recover from a revoked session, with real SDK clients over
 * HTTP. The unmodified JS SDK and botocore examples fail the same scenarios
 * (ExampleProvidersSuiteTest), so the hook is what makes the difference.
 */
class ExternalRejectionTest {
  private static final List<Path> REVOKES = List.of(Path.of("scenarios/22-revoked-session.yaml"),
      Path.of("scenarios/24-sessions-and-logins-revoked.yaml"));

  @ParameterizedTest
  @ValueSource(strings = {"node:examples/js/rejection-aware-provider.mjs",
      "python:examples/python/rejection_aware_provider.py"})
  void aProviderThatListensDropsRefusedCredentialsAndRecovers(String spec) {
    if (spec.startsWith("node:")) {
      Adapters.assumeNode();
    } else {
      Adapters.assumePython();
    }
    List<RunResult> results = Lapse.scenarios(REVOKES.toArray(Path[]::new)).against(spec).run();
    for (RunResult r : results) {
      assertTrue(r.passed(), () -> r.scenario().name() + ": " + r.violations());
      List<JournalEntry> refused = r.record().entries().stream()
          .filter(e -> "AccessDenied".equals(e.errorCode())).toList();
      assertFalse(refused.isEmpty(), r.scenario().name() + ": S3 refused nothing");
      // The provider was told, and said so in its log (it goes into the report).
      assertTrue(r.record().providerLog().stream().anyMatch(l -> l.contains("dropping ")
          && l.contains("AccessDenied")), () -> r.record().providerLog().toString());
    }
  }
}
