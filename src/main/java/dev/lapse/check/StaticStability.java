package dev.lapse.check;

import dev.lapse.history.CallOutcome;
import dev.lapse.history.RunRecord;
import dev.lapse.history.StepRecord;
import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import dev.lapse.scenario.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Static stability: while the app's attempts to get credentials fail because the service is
 * unavailable, and the credentials it holds would still be valid when judged (latency
 * included), its calls keep succeeding. "Valid" means with more than {@link Refreshes#RESERVE}
 * to live, the most a careful provider may hold back on a clock that may be ten minutes off.
 *
 * <p>Not judged: calls made while the device is offline, calls the app could not make (not
 * running, cut off), and calls at an instant when the call's own service (S3, STS) was faulted
 * or refused a revoked session: those fail whatever the provider does. Nor calls made while the
 * device clock is more than {@link #TOLERATED_SKEW} off, or after it was moved since the
 * credentials in hand arrived: a provider can vouch for its credentials only on a clock that is
 * close to true, or that has run steadily since they arrived.
 */
final class StaticStability implements Check {
  /** The clock error {@link Refreshes#RESERVE} allows for. */
  static final Duration TOLERATED_SKEW = Duration.ofMinutes(10);

  @Override
  public String name() {
    return "static-stability";
  }

  @Override
  public List<Violation> check(RunRecord run) {
    List<JournalEntry> entries = run.entries();
    List<Violation> out = new ArrayList<>();
    List<Long> launches = Refreshes.launches(run);
    boolean offline = false;
    Duration skew = Duration.ZERO;
    long clockMovedAfterSeq = -1;
    for (StepRecord step : run.steps()) {
      if (step.step() instanceof Step.Network network) {
        offline = !network.online();
      }
      if (step.step() instanceof Step.Skew moved) {
        skew = moved.offset();
        clockMovedAfterSeq = step.seqBefore();
      }
      if (offline || skew.abs().compareTo(TOLERATED_SKEW) > 0) {
        continue;
      }
      for (CallOutcome c : step.calls()) {
        if (c.ok() || CallsSucceed.CUT_OFF.equals(c.errorCode())
            || "AppNotRunning".equals(c.errorCode()) || "launch".equals(c.call())) {
          continue;
        }
        int seen = Refreshes.upToSeq(entries, step.seqAfter());
        if (!fetchesFailing(entries, seen) || callServiceFaulted(entries, seen, c.at())) {
          continue;
        }
        JournalEntry fetch = Refreshes.fetchInHand(entries, seen,
            Refreshes.launchStart(launches, step.seqAfter() + 1));
        CredentialFacts held = fetch == null ? null : fetch.issuedCredentials();
        Duration latency = Refreshes.latency(entries, seen);
        Instant judged = c.at().plus(latency);
        if (!Refreshes.comfortablyValid(held, judged)
            || fetch.seq() <= clockMovedAfterSeq) {
          continue;
        }
        out.add(new Violation(name(), Describe.at(run, c.at()), step.label(), 0,
            "calls to keep succeeding on the credentials in hand while fetches fail",
            c.call() + (c.thread() > 0 ? " (thread " + c.thread() + ")" : "") + " failed with "
                + c.errorCode() + (c.message() == null ? "" : ": " + c.message())
                + ", while the app held credentials " + held.accessKeyId() + " valid until "
                + Describe.at(run, held.expiresAt())
                + (latency.isZero() ? "" : " (judged " + Describe.at(run, judged)
                    + " after latency)")));
      }
    }
    return out;
  }

  /** Whether, among the first {@code count} entries, an unavailable attempt came after the last successful fetch. */
  private static boolean fetchesFailing(List<JournalEntry> entries, int count) {
    for (int i = count - 1; i >= 0; i--) {
      JournalEntry e = entries.get(i);
      if (Refreshes.userFetch(e)) {
        return false;
      }
      if (Refreshes.unavailable(e)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a non-credential request at instant {@code t} met a fault or a revocation. */
  private static boolean callServiceFaulted(List<JournalEntry> entries, int count, Instant t) {
    for (int i = count - 1; i >= 0 && entries.get(i).receivedAt().equals(t); i--) {
      JournalEntry e = entries.get(i);
      if (!Refreshes.isAttempt(e) && e.fault() != null) {
        return true;
      }
    }
    return false;
  }
}
