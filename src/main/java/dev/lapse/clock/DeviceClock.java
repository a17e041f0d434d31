package dev.lapse.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The device's view of true time: the virtual clock plus a skew the scenario sets, as a phone
 * whose clock is ten minutes fast would see it. Moves whenever the virtual clock moves.
 */
public final class DeviceClock extends Clock {
  private final Clock truth;
  private volatile Duration skew = Duration.ZERO;

  public DeviceClock(Clock truth) {
    this.truth = truth;
  }

  public Duration skew() {
    return skew;
  }

  public void setSkew(Duration skew) {
    this.skew = skew;
  }

  /** The true (server) time behind this device time. */
  public Clock truth() {
    return truth;
  }

  /**
   * The device's monotonic reading ({@code Device.elapsed()}): true time since the epoch, which
   * moves with virtual time and never with the skew.
   */
  public Duration elapsed() {
    return Duration.between(Instant.EPOCH, truth.instant());
  }

  /** Refused with {@link VirtualTimeOutOfRange} past the years 0001..9999 (a skew of ages). */
  @Override
  public Instant instant() {
    return TimeBounds.plus(truth.instant(), skew);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new VirtualClock.ZonedView(this, zone);
  }

  @Override
  public String toString() {
    return "DeviceClock[skew " + skew + "]";
  }
}
