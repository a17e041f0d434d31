package dev.lapse.internal.fuzz;

import dev.lapse.scenario.Step;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import java.time.Duration;

/**
 * Actions that put several conditions in one place, where single conditions drawn one action at
 * a time rarely meet: a skewed clock under latency, a clock moved while credentials are cached,
 * an outage at the instant a refresh is due, one launch in the foreground across two expiries,
 * a burst at expiry under latency, a suspension with the clock moved. Each recipe is one
 * action (one span the shrinker may delete), and each of its parts is still drawn from the
 * {@link Boundaries} menus, so the shrinker can lower it part by part.
 */
final class Combinations {
  private Combinations() {}

  static void add(Choices c, Script s) {
    switch (c.weighted(20, 20, 20, 15, 15, 10, 12)) {
      case 0 -> skewUnderLatency(c, s);
      case 1 -> clockMovedAfterCredentials(c, s);
      case 2 -> outageWhenRefreshIsDue(c, s);
      case 3 -> foregroundPastSecondExpiry(c, s);
      case 4 -> burstUnderLatency(c, s);
      case 5 -> suspendedWhileClockMoves(c, s);
      default -> revokedInHand(c, s);
    }
  }

  /**
   * What the app holds is revoked (its sessions, its login tokens, or both, as after a password
   * change), and the calls go on: the provider must drop what was refused and recover, one
   * refresh at a time.
   */
  private static void revokedInHand(Choices c, Script s) {
    s.call(Calls.single(c, s.twoRegions()));
    if (c.chance(50)) {
      s.add(new Step.Wait(Boundaries.SHORT_WAITS.get(c.draw(Boundaries.SHORT_WAITS.size()))));
    }
    int what = c.weighted(50, 20, 30);
    Duration recovery = Boundaries.FAULT_LENGTHS.get(c.draw(Boundaries.FAULT_LENGTHS.size()));
    if (what != 1) {
      s.add(new Step.Fault(FaultTarget.S3, FaultKind.REVOKE, recovery));
    }
    if (what != 0) {
      s.add(new Step.Fault(FaultTarget.COGNITO, FaultKind.REVOKE, recovery));
    }
    s.call(c.chance(30) ? Calls.burst(c, s.twoRegions()) : Calls.single(c, s.twoRegions()));
    s.add(new Step.Wait(Boundaries.SHORT_WAITS.get(c.draw(Boundaries.SHORT_WAITS.size()))));
    s.call(Calls.single(c, s.twoRegions()));
  }

  /** The device clock off and every request slow: margin must cover both at once. */
  private static void skewUnderLatency(Choices c, Script s) {
    s.add(new Step.Skew(Boundaries.skew(c)));
    s.add(new Step.Latency(Boundaries.latency(c)));
    wait(c, s);
    s.call(Calls.single(c, s.twoRegions()));
  }

  /**
   * Credentials in hand, then the clock is set (by the user, by NTP) and time goes on. Time
   * passes before the next call: a provider that refreshes because the clock jumped back must
   * not look like two concurrent fetches to single-flight, which judges by instant.
   */
  private static void clockMovedAfterCredentials(Choices c, Script s) {
    s.call(Calls.single(c, s.twoRegions()));
    s.add(new Step.Skew(Boundaries.skew(c)));
    if (c.chance(50)) {
      s.add(new Step.Wait(Boundaries.SHORT_WAITS.get(c.draw(Boundaries.SHORT_WAITS.size()))));
      s.call(Calls.single(c, s.twoRegions()));
    }
    wait(c, s);
    s.call(Calls.single(c, s.twoRegions()));
  }

  /** The service a refresh needs goes down just as a timer-driven refresh falls due. */
  private static void outageWhenRefreshIsDue(Choices c, Script s) {
    s.call(Calls.single(c, s.twoRegions()));
    wait(c, s);
    FaultTarget target = c.weighted(70, 30) == 0 ? FaultTarget.DEVELOPER_BACKEND
        : FaultTarget.COGNITO;
    FaultKind kind = c.weighted(50, 50) == 0 ? FaultKind.DOWN : FaultKind.ERROR;
    Duration length = Boundaries.FAULT_LENGTHS.get(c.draw(Boundaries.FAULT_LENGTHS.size()));
    s.add(new Step.Fault(target, kind, length));
    // Sometimes a burst: every thread of it finds the refresh due at the dead service, and one
    // attempt per thread is the storm refresh-backoff forbids.
    s.call(c.chance(30) ? new Step.Parallel(Boundaries.burstSize(c), Calls.burst(c, s.twoRegions()))
        : Calls.single(c, s.twoRegions()));
    if (c.chance(60)) {
      s.add(new Step.Wait(Boundaries.SHORT_WAITS.get(c.draw(Boundaries.SHORT_WAITS.size()))));
      s.call(Calls.single(c, s.twoRegions()));
    }
  }

  /** No relaunch to start afresh: the second refresh is as right as the first. */
  private static void foregroundPastSecondExpiry(Choices c, Script s) {
    s.call(Calls.single(c, s.twoRegions()));
    for (int expiry = 0; expiry < 2; expiry++) {
      wait(c, s);
      s.call(Calls.single(c, s.twoRegions()));
    }
  }

  /** Many callers at a boundary while each request takes a while to land. */
  private static void burstUnderLatency(Choices c, Script s) {
    s.add(new Step.Latency(Boundaries.latency(c)));
    wait(c, s);
    s.call(new Step.Parallel(Boundaries.burstSize(c), Calls.burst(c, s.twoRegions())));
  }

  /** Suspended across a boundary, and the clock is off when the app comes back. */
  private static void suspendedWhileClockMoves(Choices c, Script s) {
    s.background();
    s.add(new Step.Skew(Boundaries.skew(c)));
    wait(c, s);
    s.call(Calls.single(c, s.twoRegions()));
  }

  private static void wait(Choices c, Script s) {
    s.add(new Step.Wait(Boundaries.waitFor(c, s.lifetimes())));
  }
}
