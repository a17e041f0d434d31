package dev.lapse.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of true time in a Lapse world: a {@link Clock} that only moves when told to.
 *
 * <p>Thread-safe: the fake AWS reads it from Jetty threads while a scenario advances it.
 */
public final class VirtualClock extends Clock {
  /** Where a fresh world's time starts unless told otherwise: a fixed, recognisable instant. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  private final AtomicReference<Instant> now;

  public VirtualClock(Instant start) {
    this.now = new AtomicReference<>(TimeBounds.check(Objects.requireNonNull(start, "start")));
  }

  public VirtualClock() {
    this(DEFAULT_START);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public long millis() {
    return now.get().toEpochMilli();
  }

  /**
   * Moves time forward; a negative duration is refused, since true time never runs back, and
   * so is one that would leave the years 0001..9999 ({@link TimeBounds}).
   */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("cannot advance the clock by a negative duration: " + by);
    }
    return now.updateAndGet(t -> TimeBounds.plus(t, by));
  }

  /** Sets time to an instant, earlier or later (the control endpoint allows both). */
  public Instant set(Instant instant) {
    now.set(TimeBounds.check(Objects.requireNonNull(instant, "instant")));
    return instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ZonedView(this, zone);
  }

  @Override
  public String toString() {
    return "VirtualClock[" + now.get() + "]";
  }

  /** A view of a clock in another zone; still moves with its source. */
  static final class ZonedView extends Clock {
    private final Clock source;
    private final ZoneId zone;

    ZonedView(Clock source, ZoneId zone) {
      this.source = source;
      this.zone = zone;
    }

    @Override
    public Instant instant() {
      return source.instant();
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
      return new ZonedView(source, z);
    }
  }
}
