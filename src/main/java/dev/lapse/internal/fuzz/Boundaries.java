package dev.lapse.internal.fuzz;

import java.time.Duration;
import java.util.List;

/**
 * The durations where refresh bugs live, as menus the generator picks from. In every menu the
 * first entry is the one a shrinker should end on (index 0 is the simplest choice), and the
 * weights put most draws near the instants that matter: login-token and credential expiry,
 * and those instants less the refresh margins people commonly use.
 *
 * <p>Worlds have different lifetimes ({@link GeneratedWorlds}), so boundary waits are drawn as
 * fractions of the lifetimes in play (with one-hour credentials and 15-minute login tokens they
 * are the 55, 50, 45 and 14 minutes of a 5, 10, 15 and 1-minute margin), and as a lifetime less
 * a fixed margin, which is what a provider with a fixed margin trips over on a long lifetime.
 * Skews, latencies and fault lengths stay absolute: they belong to the device and the network,
 * not to what the world issues.
 */
final class Boundaries {
  private Boundaries() {}

  /** A boundary: a fraction of a lifetime (numerator over 60), or a lifetime less a margin. */
  record Boundary(boolean ofLoginToken, int sixtieths, Duration less) {
    Duration of(GeneratedWorlds.Lifetimes lifetimes) {
      Duration life = ofLoginToken ? lifetimes.loginToken() : lifetimes.credentials();
      Duration at = life.multipliedBy(sixtieths).dividedBy(60).minus(less);
      return at.isNegative() || at.isZero() ? life : at;
    }
  }

  private static Boundary credentials(int sixtieths) {
    return new Boundary(false, sixtieths, Duration.ZERO);
  }

  private static Boundary loginToken(int sixtieths) {
    return new Boundary(true, sixtieths, Duration.ZERO);
  }

  private static Boundary credentialsLess(Duration margin) {
    return new Boundary(false, 60, margin);
  }

  /** Waits that end just where a provider should refresh, or where things expire. */
  static final List<Boundary> BOUNDARY_WAITS = List.of(
      credentials(60), loginToken(60), credentials(55), credentials(50), credentials(59),
      credentials(45), loginToken(56), loginToken(40), loginToken(20), credentials(30),
      credentials(120), credentialsLess(Duration.ofMinutes(5)),
      credentialsLess(Duration.ofMinutes(10)), credentialsLess(Duration.ofMinutes(1)));
  static final int[] BOUNDARY_WEIGHTS = {20, 16, 10, 10, 6, 6, 8, 6, 6, 4, 4, 6, 4, 3};

  /** Nudges around a boundary: exactly at it, a hair before or after, a little further. */
  static final List<Duration> NUDGES = List.of(
      Duration.ZERO, Duration.ofSeconds(-1), Duration.ofSeconds(1), Duration.ofSeconds(-10),
      Duration.ofSeconds(10), Duration.ofMinutes(-1), Duration.ofMinutes(1),
      Duration.ofMillis(-1), Duration.ofMillis(1));
  static final int[] NUDGE_WEIGHTS = {30, 15, 15, 8, 8, 8, 8, 4, 4};

  /** Short pauses between calls inside one stretch of credentials. */
  static final List<Duration> SHORT_WAITS = List.of(
      Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(30),
      Duration.ofMinutes(2), Duration.ofMinutes(5));

  /** Long absences: the app closed overnight, over a weekend. */
  static final List<Duration> LONG_WAITS = List.of(
      Duration.ofHours(3), Duration.ofHours(8), Duration.ofDays(1), Duration.ofDays(2));

  /**
   * Device clock offsets: around the SDKs' skew handling (the Java SDK corrects skew it learns
   * from a refused request beyond about 4 minutes) and the 5 and 10 minutes providers allow
   * for. Kept within ±10 minutes: the contract the bundled robust provider promises to honour.
   */
  static final List<Duration> SKEWS = List.of(
      Duration.ofMinutes(1), Duration.ofMinutes(-1), Duration.ofMinutes(4), Duration.ofMinutes(-4),
      Duration.ofMinutes(5), Duration.ofMinutes(-5), Duration.ofSeconds(301),
      Duration.ofSeconds(-301), Duration.ofMinutes(10), Duration.ofMinutes(-10),
      Duration.ofSeconds(599), Duration.ofSeconds(-599));
  static final int[] SKEW_WEIGHTS = {4, 4, 4, 4, 8, 8, 4, 4, 20, 20, 4, 4};

  /**
   * Network latency: from a hair to a sizeable part of a refresh margin. Kept under 4 minutes
   * so that a provider with a 5-minute margin stays correct even under a slow-fault's extra 30s.
   */
  static final List<Duration> LATENCIES = List.of(
      Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
      Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4));

  /** How long an injected fault lasts. */
  static final List<Duration> FAULT_LENGTHS = List.of(
      Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofMinutes(5),
      Duration.ofMinutes(10), Duration.ofMinutes(20));

  static final int[] BURST_SIZES = {2, 3, 4, 8, 16};

  /** A wait: mostly a boundary plus a nudge, sometimes short, sometimes a long absence. */
  static Duration waitFor(Choices c, GeneratedWorlds.Lifetimes lifetimes) {
    return switch (c.weighted(70, 18, 12)) {
      case 0 -> {
        Duration base = BOUNDARY_WAITS.get(c.weighted(BOUNDARY_WEIGHTS)).of(lifetimes);
        yield base.plus(NUDGES.get(c.weighted(NUDGE_WEIGHTS)));
      }
      case 1 -> SHORT_WAITS.get(c.draw(SHORT_WAITS.size()));
      default -> LONG_WAITS.get(c.draw(LONG_WAITS.size()));
    };
  }

  static Duration skew(Choices c) {
    return SKEWS.get(c.weighted(SKEW_WEIGHTS));
  }

  static Duration latency(Choices c) {
    return LATENCIES.get(c.draw(LATENCIES.size()));
  }

  static int burstSize(Choices c) {
    return BURST_SIZES[c.weighted(30, 20, 20, 20, 10)];
  }
}
