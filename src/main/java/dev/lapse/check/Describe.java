package dev.lapse.check;

import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import dev.lapse.history.StepRecord;
import dev.lapse.journal.TokenFacts;
import dev.lapse.vocabulary.Durations;
import java.time.Instant;

/** Words for journal entries, shared by the checks so every violation reads the same way. */
final class Describe {
  private Describe() {}

  static String at(RunRecord run, Instant t) {
    return Durations.offset(run.offset(t));
  }

  static String step(RunRecord run, long seq) {
    return run.stepOf(seq).map(StepRecord::label).orElse("");
  }

  static String request(RunRecord run, JournalEntry e) {
    return e.operation() + (e.resource() == null ? "" : " " + e.resource()) + " at "
        + at(run, e.receivedAt());
  }

  static String credentials(RunRecord run, CredentialFacts c) {
    return "credentials " + c.accessKeyId() + " issued at " + at(run, c.issuedAt()) + " by "
        + c.issuedBy() + (c.expiresAt() == null ? "" : ", expired at " + at(run, c.expiresAt()));
  }

  static String token(RunRecord run, TokenFacts t) {
    return "login token " + t.tokenId() + " issued at " + at(run, t.issuedAt())
        + ", expired at " + at(run, t.expiresAt());
  }

  static Violation of(String check, RunRecord run, JournalEntry e, String expected, String seen) {
    return new Violation(check, at(run, e.receivedAt()), step(run, e.seq()), e.seq(), expected,
        seen);
  }
}
