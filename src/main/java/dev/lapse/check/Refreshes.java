package dev.lapse.check;

import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.Operation;
import java.time.Duration;
import java.time.Instant;
import dev.lapse.history.RunRecord;
import dev.lapse.history.StepRecord;
import dev.lapse.scenario.Lifecycle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the refresh-rule checks (static-stability, refresh-backoff, drops-rejected-credentials)
 * share: which requests are the app's attempts to get credentials, which of them failed because
 * the service was unavailable, which requests were refused for what they carried, and which
 * credentials the app holds at an instant.
 */
final class Refreshes {
  /**
   * True life that a careful provider may keep in reserve instead of handing credentials out:
   * its refresh margin (5 minutes, which also covers the request's flight) plus twice the
   * ±10-minute clock error Lapse's scenarios allow, because the provider reads expiry on a clock
   * that may be ten minutes fast. Credentials in hand with less life than this left may be
   * refused to callers during an outage, and may be refreshed again without backing off.
   */
  static final Duration RESERVE = Duration.ofMinutes(25);

  /** The app's own steps towards credentials (the backend's GetOpenIdTokenForDeveloperIdentity is not the app's). */
  private static final Set<Operation> ATTEMPTS = EnumSet.of(Operation.GET_DEVELOPER_TOKEN,
      Operation.GET_ID, Operation.GET_OPEN_ID_TOKEN, Operation.GET_CREDENTIALS_FOR_IDENTITY,
      Operation.ASSUME_ROLE_WITH_WEB_IDENTITY);

  private Refreshes() {}

  static boolean isAttempt(JournalEntry e) {
    return ATTEMPTS.contains(e.operation());
  }

  /**
   * An attempt the service did not judge: reset, internal error, throttled. (A refusal, such as
   * an expired login token, asks for a fresh login at once, not for patience.)
   */
  static boolean unavailable(JournalEntry e) {
    if (!isAttempt(e) || e.succeeded()) {
      return false;
    }
    boolean faulted = e.fault() != null && !FaultKind.REVOKE.keyword().equals(e.fault());
    return faulted || e.status() == 0 || e.status() >= 500 || e.status() == 429
        || "TooManyRequestsException".equals(e.errorCode())
        || "Throttling".equals(e.errorCode());
  }

  /** Refused because the credentials it was signed with had expired or were revoked. */
  static boolean refusedCredentials(JournalEntry e) {
    return !e.succeeded() && e.credentials() != null
        && (e.credentials().expiredAt(e.judgedAt()) || revoked(e));
  }

  /** Refused because the login token it presented had expired or was revoked. */
  static boolean refusedToken(JournalEntry e) {
    return !e.succeeded() && e.loginToken() != null
        && (e.loginToken().expiredAt(e.judgedAt()) || revoked(e));
  }

  private static boolean revoked(JournalEntry e) {
    return FaultKind.REVOKE.keyword().equals(e.fault());
  }

  /**
   * A fetch that got the user's own credentials: it presented a login token. (Credentials of
   * an unauthenticated guest identity are not the user's: an app that falls back to them has
   * not kept its credentials.)
   */
  static boolean userFetch(JournalEntry e) {
    return Fetches.isFetch(e) && e.succeeded() && e.issuedCredentials() != null
        && e.loginToken() != null;
  }

  /**
   * The user's credentials the app holds after the first {@code count} entries: the newest a
   * fetch of this launch (after sequence number {@code launchStart}) handed out, unless a
   * request was since refused for carrying them; null when none.
   */
  static CredentialFacts inHand(List<JournalEntry> entries, int count, long launchStart) {
    JournalEntry fetch = fetchInHand(entries, count, launchStart);
    return fetch == null ? null : fetch.issuedCredentials();
  }

  /** The fetch that got the credentials {@link #inHand} returns, or null. */
  static JournalEntry fetchInHand(List<JournalEntry> entries, int count, long launchStart) {
    JournalEntry newest = null;
    Set<String> refused = new HashSet<>();
    for (int i = 0; i < count; i++) {
      JournalEntry e = entries.get(i);
      if (userFetch(e) && e.seq() > launchStart) {
        newest = e;
      }
      if (refusedCredentials(e)) {
        refused.add(e.credentials().accessKeyId());
      }
    }
    return newest == null || refused.contains(newest.issuedCredentials().accessKeyId()) ? null
        : newest;
  }

  /** Whether {@code c} still has more than {@link #RESERVE} to live at {@code judged}. */
  static boolean comfortablyValid(CredentialFacts c, Instant judged) {
    return c != null && c.expiresAt() != null
        && judged.plus(RESERVE).isBefore(c.expiresAt());
  }

  /**
   * Where each launch began in the journal: the last sequence number before it. What a launch
   * holds is only what it fetched (a provider may keep credentials in memory alone), and what
   * an earlier process tried is not its concern.
   */
  static List<Long> launches(RunRecord run) {
    List<Long> out = new ArrayList<>();
    for (StepRecord step : run.steps()) {
      if (step.step().lifecycleEvent() == Lifecycle.Event.LAUNCH) {
        out.add(step.seqBefore());
      }
    }
    return out;
  }

  /** The last sequence number before the launch that {@code seq} belongs to; 0 before any. */
  static long launchStart(List<Long> launches, long seq) {
    long start = 0;
    for (long boundary : launches) {
      if (boundary < seq) {
        start = boundary;
      }
    }
    return start;
  }

  /** The number of entries up to and including sequence number {@code seq}. */
  static int upToSeq(List<JournalEntry> entries, long seq) {
    int n = 0;
    while (n < entries.size() && entries.get(n).seq() <= seq) {
      n++;
    }
    return n;
  }

  /** The latency the newest of the first {@code count} entries met; zero when there is none. */
  static Duration latency(List<JournalEntry> entries, int count) {
    if (count == 0) {
      return Duration.ZERO;
    }
    JournalEntry e = entries.get(count - 1);
    return Duration.between(e.receivedAt(), e.judgedAt());
  }
}
