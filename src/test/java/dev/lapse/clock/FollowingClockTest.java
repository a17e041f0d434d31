package dev.lapse.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --clock follow}: virtual now is the wall clock plus an offset that advance and
 * set move. The "wall" here is a clock the test moves, so no real time passes.
 */
class FollowingClockTest {
  private static final Instant WALL = Instant.parse("2026-12-02T12:00:00Z");
  private static final Instant START = Instant.parse("2026-05-01T08:00:00Z");

  @Test
  void runsWithTheWallClockFromItsStart() {
    VirtualClock wall = new VirtualClock(WALL);
    VirtualClock clock = VirtualClock.following(START, wall);
    assertTrue(clock.followsWallClock());
    assertEquals(START, clock.instant());
    wall.advance(Duration.ofSeconds(90));
    assertEquals(START.plusSeconds(90), clock.instant());
    assertEquals(START.plusSeconds(90).toEpochMilli(), clock.millis());
  }

  @Test
  void advanceAndSetMoveTheOffsetAndTimeGoesOnFromThere() {
    VirtualClock wall = new VirtualClock(WALL);
    VirtualClock clock = VirtualClock.following(START, wall);
    assertEquals(START.plus(Duration.ofHours(2)), clock.advance(Duration.ofHours(2)));
    wall.advance(Duration.ofMinutes(1));
    assertEquals(START.plus(Duration.ofHours(2)).plusSeconds(60), clock.instant());
    Instant back = Instant.parse("2026-01-01T00:00:00Z");
    clock.set(back);
    assertEquals(back, clock.instant());
    wall.advance(Duration.ofSeconds(5));
    assertEquals(back.plusSeconds(5), clock.instant());
    assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofHours(-1)));
  }

  @Test
  void aStoppedClockStandsStillAsBefore() {
    VirtualClock stopped = new VirtualClock(START);
    assertFalse(stopped.followsWallClock());
    assertEquals(START, stopped.instant());
    assertEquals(START.plusSeconds(60), stopped.advance(Duration.ofMinutes(1)));
  }
}
