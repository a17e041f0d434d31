package dev.lapse.provider.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryRuleTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final ExpiryRule RULE = ExpiryRule.defaults();

  private static Lease<String> hourFetchedAt(Instant deviceFetch) {
    return new Lease<>("c", T0.plus(Duration.ofHours(1)), Duration.ofHours(1), deviceFetch);
  }

  /** An hour's lease fetched at device time T0 and monotonic time {@code fetchedAtElapsed}. */
  private static Lease<String> hourFetchedAtT0(Duration fetchedAtElapsed) {
    return new Lease<>("c", T0.plus(Duration.ofHours(1)), Duration.ofHours(1), T0, true,
        fetchedAtElapsed);
  }

  @Test
  void usableUntilMarginPlusSkewBeforeExpiry() {
    Lease<String> lease = hourFetchedAt(T0);
    assertTrue(RULE.usable(lease, T0.plus(Duration.ofMinutes(44))));
    assertFalse(RULE.usable(lease, T0.plus(Duration.ofMinutes(45))));
  }

  @Test
  void aSlowDeviceClockNeverSeesExpiredCredentialsAsUsable() {
    // Device 10 minutes slow throughout: true time = device time + 10 min.
    Duration slow = Duration.ofMinutes(-10);
    Lease<String> lease = hourFetchedAt(T0.plus(slow));
    for (int trueMinute = 0; trueMinute <= 70; trueMinute++) {
      Instant trueNow = T0.plus(Duration.ofMinutes(trueMinute));
      boolean usable = RULE.usable(lease, trueNow.plus(slow));
      assertTrue(!usable || trueMinute < 55, "usable at true minute " + trueMinute);
    }
  }

  @Test
  void aClockMovedBackSinceFetchByMoreThanTheSkewForcesARefresh() {
    Lease<String> lease = hourFetchedAt(T0);
    assertFalse(RULE.usable(lease, T0.minus(Duration.ofMinutes(10)).minusSeconds(1)));
  }

  /** A second's correction is drift the elapsed-time guard already covers: no refresh. */
  @Test
  void aClockMovedBackWithinTheSkewKeepsTheLease() {
    Lease<String> lease = hourFetchedAt(T0);
    assertTrue(RULE.usable(lease, T0.minus(Duration.ofSeconds(1))));
    assertTrue(RULE.usable(lease, T0.minus(Duration.ofMinutes(10))));
  }

  @Test
  void aClockADaySlowIsCaughtByElapsedTime() {
    Instant dayBack = T0.minus(Duration.ofDays(1));
    Lease<String> lease = hourFetchedAt(dayBack);
    assertTrue(RULE.usable(lease, dayBack.plus(Duration.ofMinutes(44))));
    assertFalse(RULE.usable(lease, dayBack.plus(Duration.ofMinutes(45))));
  }

  @Test
  void aShortLivedTokenIsNeverReused() {
    Lease<String> token = new Lease<>("t", T0.plus(Duration.ofMinutes(15)),
        Duration.ofMinutes(15), T0);
    assertFalse(RULE.usable(token, T0));
  }

  @Test
  void aLeaseFetchedByAClockKnownToBeOffIsJudgedByElapsedTimeOnly() {
    Instant dayFast = T0.plus(Duration.ofDays(1));
    Lease<String> trusted = hourFetchedAt(dayFast);
    Lease<String> measured = new Lease<>("c", T0.plus(Duration.ofHours(1)), Duration.ofHours(1),
        dayFast, false);
    assertFalse(RULE.usable(trusted, dayFast.plus(Duration.ofMinutes(1))));
    assertTrue(RULE.usable(measured, dayFast.plus(Duration.ofMinutes(44))));
    assertFalse(RULE.usable(measured, dayFast.plus(Duration.ofMinutes(45))));
  }

  /** Monotonic time since fetch: a clock set back keeps the lease, true elapsed time ends it. */
  @Test
  void withAMonotonicReadingAClockSetBackKeepsTheLeaseUntilTrulySpent() {
    Duration fetchedAtElapsed = Duration.ofHours(5);
    Lease<String> lease = hourFetchedAtT0(fetchedAtElapsed);
    Instant setBack = T0.minus(Duration.ofMinutes(30));
    assertTrue(RULE.usable(lease, setBack, fetchedAtElapsed.plusMinutes(1)));
    assertTrue(RULE.usable(lease, setBack.plus(Duration.ofMinutes(54)),
        fetchedAtElapsed.plusMinutes(54)));
    assertFalse(RULE.usable(lease, setBack.plus(Duration.ofMinutes(55)),
        fetchedAtElapsed.plusMinutes(55)));
  }

  /** A clock set forward counts no extra time since fetch: only true elapsed time does. */
  @Test
  void withAMonotonicReadingAClockSetForwardCountsOnlyTrueElapsedTime() {
    Duration fetchedAtElapsed = Duration.ofMinutes(3);
    Lease<String> lease = hourFetchedAtT0(fetchedAtElapsed);
    Instant minute35 = T0.plus(Duration.ofMinutes(35));
    // Device-clock elapsed time alone would say 45 minutes had passed: spent.
    assertFalse(RULE.usable(lease, minute35.plus(Duration.ofMinutes(10))));
    // 35 true minutes after fetch, clock set 10 (or 30) minutes forward: still usable.
    assertTrue(RULE.usable(lease, minute35.plus(Duration.ofMinutes(10)),
        fetchedAtElapsed.plusMinutes(35)));
    assertTrue(RULE.usable(lease, minute35.plus(Duration.ofMinutes(30)),
        fetchedAtElapsed.plusMinutes(35)));
  }

  /**
   * Fifteen-minute credentials: margin plus tolerated skew is their whole life, so the device
   * clock rules refresh them on every call; the monotonic rule keeps them for ten minutes.
   */
  @Test
  void aShortLeaseWithAMonotonicReadingIsKeptForItsLifeLessTheMargin() {
    Duration quarterHour = Duration.ofMinutes(15);
    Lease<String> noReading = new Lease<>("c", T0.plus(quarterHour), quarterHour, T0);
    assertFalse(RULE.usable(noReading, T0.plusSeconds(1)));
    assertEquals(Duration.ZERO, RULE.usableSpan(noReading));
    Lease<String> withReading = new Lease<>("c", T0.plus(quarterHour), quarterHour, T0, true,
        Duration.ZERO);
    assertTrue(RULE.usable(withReading, T0.plusSeconds(1), Duration.ofSeconds(1)));
    assertTrue(RULE.usable(withReading, T0, Duration.ofMinutes(10).minusMillis(1)));
    assertFalse(RULE.usable(withReading, T0, Duration.ofMinutes(10)));
    assertEquals(Duration.ofMinutes(10), RULE.usableSpan(withReading));
  }
}
