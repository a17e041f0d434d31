package dev.lapse.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of true time in a Lapse world: a {@link Clock} that only moves when told to,
 * or, for {@code serve --clock follow}, one that runs with the wall clock at an offset that
 * {@link #advance} and {@link #set} move (so clients signing with their wall clock stay within
 * S3's 15 minutes of skew however long the server runs).
 *
 * <p>Thread-safe: the fake AWS reads it from Jetty threads while a scenario advances it.
 */
public final class VirtualClock extends Clock {
  /** Where a fresh world's time starts unless told otherwise: a fixed, recognisable instant. */
  public static final Instant DEFAULT_START = dev.lapse.vocabulary.VirtualTimeSpan.RUN_START;

  /** Stopped: the instant itself. Following: virtual now minus the wall clock's now. */
  private final AtomicReference<Instant> now;
  private final AtomicReference<Duration> offset;
  private final Clock wall;

  public VirtualClock(Instant start) {
    this.now = new AtomicReference<>(TimeBounds.check(Objects.requireNonNull(start, "start")));
    this.offset = null;
    this.wall = null;
  }

  private VirtualClock(Instant start, Clock wall) {
    this.now = null;
    this.wall = Objects.requireNonNull(wall, "wall");
    this.offset = new AtomicReference<>(Duration.between(wall.instant(),
        TimeBounds.check(Objects.requireNonNull(start, "start"))));
  }

  /** A clock that starts at {@code start} and runs with the machine's clock from there. */
  public static VirtualClock followingWallClock(Instant start) {
    return following(start, WallClock.clock());
  }

  /** A clock that starts at {@code start} and runs with {@code wall} (a test hands in its own). */
  public static VirtualClock following(Instant start, Clock wall) {
    return new VirtualClock(start, wall);
  }

  /** Whether this clock runs with the wall clock instead of standing still between moves. */
  public boolean followsWallClock() {
    return wall != null;
  }

  public VirtualClock() {
    this(DEFAULT_START);
  }

  @Override
  public Instant instant() {
    return wall == null ? now.get() : TimeBounds.plus(wall.instant(), offset.get());
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }

  /**
   * Moves time forward; a negative duration is refused, since true time never runs back, and
   * so is one that would leave the years 0001..9999 ({@link TimeBounds}).
   */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("cannot advance the clock by a negative duration: " + by);
    }
    if (wall != null) {
      TimeBounds.plus(instant(), by); // refuses a move out of bounds before making it
      offset.updateAndGet(o -> o.plus(by));
      return instant();
    }
    return now.updateAndGet(t -> TimeBounds.plus(t, by));
  }

  /** Sets time to an instant, earlier or later (the control endpoint allows both). */
  public Instant set(Instant instant) {
    TimeBounds.check(Objects.requireNonNull(instant, "instant"));
    if (wall != null) {
      offset.set(Duration.between(wall.instant(), instant));
    } else {
      now.set(instant);
    }
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
    return "VirtualClock[" + instant() + (wall == null ? "" : ", following the wall clock") + "]";
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
