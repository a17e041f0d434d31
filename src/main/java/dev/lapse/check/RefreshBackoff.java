package dev.lapse.check;

import dev.lapse.history.RunRecord;
import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import dev.lapse.vocabulary.Durations;
import dev.lapse.vocabulary.Service;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No refresh storm at a dead service: after an attempt to get credentials failed because the
 * service was unavailable (reset, internal error, throttled), the app's next attempt comes no
 * sooner than {@code spacing} of virtual time. Two allowances, both about attempts the app
 * cannot hold back:
 *
 * <ul>
 *   <li>at the instant of the failure, the client's own immediate retries of that request (the
 *       SDKs' standard retry mode's 3 attempts; 2 for the developer backend), but
 *       no second attempt: a parallel burst must not make one attempt per thread;
 *   <li>an attempt made when the app holds no credentials with more than {@link
 *       Refreshes#RESERVE} to live: it needs credentials for the call in hand, and may ask,
 *       even at the instant of the last failure (on virtual time, a call right after a failed
 *       one is "at once", and the condition that failed it may have ended in between).
 * </ul>
 *
 * The device has one user, so attempts are counted per device, not per identity id (a failed
 * GetDeveloperToken names no identity); a launch starts afresh.
 */
final class RefreshBackoff implements Check {
  /** Attempts the SDK's standard retry mode makes of one request (every adapter uses it). */
  static final int SDK_ATTEMPTS = 3;
  /**
   * Attempts of one call to the developer backend: the JDK's HttpClient sends an idempotent GET
   * a second time when the connection is reset (Node's fetch and Python's urllib do not).
   */
  static final int BACKEND_ATTEMPTS = 2;

  private final Duration spacing;

  RefreshBackoff(Duration spacing) {
    this.spacing = spacing;
  }

  @Override
  public String name() {
    return "refresh-backoff";
  }

  @Override
  public List<Violation> check(RunRecord run) {
    List<JournalEntry> entries = run.entries();
    List<Violation> out = new ArrayList<>();
    JournalEntry failed = null; // the latest unavailable attempt
    Map<String, Integer> sameInstant = new HashMap<>();
    Set<Long> reported = new HashSet<>();
    List<Long> launches = Refreshes.launches(run);
    for (int i = 0; i < entries.size(); i++) {
      JournalEntry e = entries.get(i);
      if (!Refreshes.isAttempt(e)) {
        continue;
      }
      long launchStart = Refreshes.launchStart(launches, e.seq());
      if (failed != null && failed.seq() <= launchStart) {
        failed = null; // a new process knows nothing of the old one's failures
        sameInstant.clear();
      }
      if (failed != null && e.receivedAt().equals(failed.receivedAt())) {
        String request = request(e);
        int seen = sameInstant.merge(request, 1, Integer::sum);
        int allowed = e.service() == Service.DEVELOPER_BACKEND ? BACKEND_ATTEMPTS : SDK_ATTEMPTS;
        if (seen > allowed && Refreshes.comfortablyValid(
            Refreshes.inHand(entries, i, launchStart), e.judgedAt()) && reported.add(e.seq())) {
          out.add(Describe.of(name(), run, e, "one attempt at a time after a failed fetch",
              Describe.request(run, e) + " is attempt " + seen + " of " + request
                  + " at the instant fetch #" + failed.seq() + " failed"
                  + (failed.errorCode() == null ? "" : " with " + failed.errorCode())
                  + " (one caller's client sends it " + allowed + " times at most)"));
        }
      } else if (failed != null && e.receivedAt().isBefore(failed.receivedAt().plus(spacing))) {
        CredentialFacts held = Refreshes.inHand(entries, i, launchStart);
        if (Refreshes.comfortablyValid(held, e.judgedAt()) && reported.add(e.seq())) {
          out.add(Describe.of(name(), run, e, "no attempt within " + Durations.format(spacing)
                  + " of a failed fetch", Describe.request(run, e) + " came "
                  + Durations.format(Duration.between(failed.receivedAt(), e.receivedAt()))
                  + " after " + Describe.request(run, failed) + " failed"
                  + (failed.errorCode() == null ? "" : " with " + failed.errorCode())
                  + ", while the app held credentials " + held.accessKeyId()
                  + " valid until " + Describe.at(run, held.expiresAt())));
        }
      }
      if (Refreshes.unavailable(e)) {
        if (failed == null || !e.receivedAt().equals(failed.receivedAt())) {
          sameInstant.clear();
          sameInstant.put(request(e), 1);
        }
        failed = e;
      } else if (Refreshes.userFetch(e)) {
        failed = null;
        sameInstant.clear();
      }
    }
    return out;
  }

  private static String request(JournalEntry e) {
    return e.operation() + (e.resource() == null ? "" : " " + e.resource());
  }
}
