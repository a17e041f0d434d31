package dev.lapse.provider.reference;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides, by a device clock that may be wrong by up to {@code maxSkew}, whether a {@link Lease}
 * may still be handed out with at least {@code margin} of true life left. Without a monotonic
 * reading (below), three conditions:
 *
 * <ol>
 *   <li><b>Expiry:</b> {@code deviceNow < expiresAt - maxSkew - margin}. True now is at most
 *       {@code deviceNow + maxSkew}, so true now {@code < expiresAt - margin}: correct whenever
 *       the device clock is within ±maxSkew <i>at the moment of use</i>, whatever it read at
 *       fetch. (Comparing {@code expiresAt - margin} alone trusts the device clock: ten minutes
 *       slow, it hands out credentials that expired nine minutes ago.)
 *   <li><b>Elapsed:</b> {@code deviceNow - fetchedAtDevice < lifetime - maxSkew - margin}.
 *       Device time that elapsed since fetch equals true elapsed time while the clock runs at the
 *       true rate, whatever its offset: this still holds for a clock set a day wrong, outside
 *       the ±maxSkew contract of rule 1, as long as it drifts less than maxSkew after fetch.
 *   <li><b>Monotonic:</b> {@code deviceNow >= fetchedAtDevice - maxSkew}. A clock moved back
 *       since fetch by more than maxSkew makes rule 2 meaningless, so refresh. A smaller move is
 *       drift that rule 2's guard already covers (true elapsed time is at most the device's
 *       plus maxSkew); refreshing on it made every call during an outage try the dead backend
 *       again after a one-second clock correction (refresh-backoff, found by the fuzzer).
 * </ol>
 *
 * <p>When the lease carries a monotonic reading ({@link Lease#fetchedAtElapsed()}) and the
 * caller passes the monotonic now, the device clock is not consulted at all: the lease is
 * usable while {@code elapsedNow - fetchedAtElapsed < lifetime - margin}. That is exact, not
 * an estimate: the monotonic clock runs at the true rate whatever the user does to the device
 * clock, the reading is taken before the request that fetched the lease (so its age is never
 * undercounted), and the lifetime is the server's. Rules 1 to 3 exist only to bound a device
 * clock's error, which is then irrelevant, and the skew they must allow for would eat a short
 * lease whole: with 15-minute credentials, margin plus skew is the whole life, and every call
 * refreshed ("refreshed almost instantly", bundled scenario 33). Counted on the device clock,
 * a clock set forward ten minutes during an outage made credentials with half an hour to live
 * look spent, and a clock set back made them look untrustworthy: either way the provider tried
 * the dead backend on every call (refresh-backoff, found by the fuzzer: seeds 4 to 6).
 *
 * <p>A lease fetched while the device clock was seen to be more than maxSkew off (see {@link
 * Lease#deviceClockNearServer()}) skips rule 1, which would only make every call refresh (a
 * clock a day fast) or trust a hopeless clock (a day slow); rules 2 and 3 keep it safe.
 *
 * <p>The cost of rules 1 to 3 is an early refresh: with the defaults (5 min margin, 10 min
 * skew) one-hour credentials are replaced after 45 minutes by a correct clock, and a 15-minute
 * login token is never reused. With a monotonic reading, after 55 and 10 minutes.
 *
 * @param margin  true life that must remain when a lease is handed out (covers the request's
 *                flight and the time a caller holds the credentials before signing)
 * @param maxSkew how far the device clock may be from true time (Lapse scenarios: 10 minutes)
 */
public record ExpiryRule(Duration margin, Duration maxSkew) {
  public static final Duration DEFAULT_MARGIN = Duration.ofMinutes(5);
  public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(10);

  public ExpiryRule {
    Objects.requireNonNull(margin, "margin");
    Objects.requireNonNull(maxSkew, "maxSkew");
    if (margin.isNegative() || maxSkew.isNegative()) {
      throw new IllegalArgumentException("margin and maxSkew must not be negative: " + margin
          + ", " + maxSkew);
    }
  }

  public static ExpiryRule defaults() {
    return new ExpiryRule(DEFAULT_MARGIN, DEFAULT_MAX_SKEW);
  }

  /** True when {@code lease} may be handed out at device time {@code deviceNow}. */
  public boolean usable(Lease<?> lease, Instant deviceNow) {
    return usable(lease, deviceNow, null);
  }

  /**
   * True when {@code lease} may be handed out at device time {@code deviceNow} and monotonic
   * time {@code elapsedNow} ({@code Device.elapsed()}; null if not known).
   */
  public boolean usable(Lease<?> lease, Instant deviceNow, Duration elapsedNow) {
    if (lease.fetchedAtElapsed() != null && elapsedNow != null) {
      Duration age = elapsedNow.minus(lease.fetchedAtElapsed());
      return age.compareTo(lease.lifetime().minus(margin)) < 0;
    }
    Duration guard = maxSkew.plus(margin);
    boolean beforeExpiry = !lease.deviceClockNearServer()
        || deviceNow.isBefore(lease.expiresAt().minus(guard));
    Duration elapsed = Duration.between(lease.fetchedAtDevice(), deviceNow);
    boolean withinLifetime = elapsed.compareTo(lease.lifetime().minus(guard)) < 0;
    return beforeExpiry && withinLifetime && elapsed.compareTo(maxSkew.negated()) >= 0;
  }

  /**
   * How long a lease stays usable after it was fetched, by a correct clock: {@code lifetime -
   * margin} with a monotonic reading, less the tolerated skew without one.
   */
  public Duration usableSpan(Lease<?> lease) {
    Duration span = lease.lifetime().minus(margin);
    if (lease.fetchedAtElapsed() == null) {
      span = span.minus(maxSkew);
    }
    return span.isNegative() ? Duration.ZERO : span;
  }
}
