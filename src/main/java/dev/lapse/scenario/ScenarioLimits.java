package dev.lapse.scenario;

import dev.lapse.vocabulary.Durations;
import java.time.Duration;
import java.util.List;

/**
 * How big a scenario may be, so that no file can exhaust the heap, the machine's threads or
 * virtual time itself: a {@code repeat} of a billion, a {@code parallel} of 100,000 threads,
 * a 3 GB upload and a {@code wait} past the year 9999 were all accepted once. Each limit is
 * refused where it is written (file:line:col, the limit, what was found).
 */
public final class ScenarioLimits {
  /** Steps a scenario may run once every repeat is expanded. */
  public static final long MAX_EXPANDED_STEPS = 100_000;
  /** Threads one parallel step may start. */
  public static final int MAX_PARALLEL = 1_000;
  /** Largest put: the fake S3's own request body limit (64 MiB). */
  public static final long MAX_OBJECT_BYTES = 64L << 20;
  /** Longest duration anywhere: no more than the 9,999 years virtual time may span. */
  public static final Duration MAX_DURATION = Duration.ofDays(9_999L * 365);

  private ScenarioLimits() {}

  /** Steps {@code steps} run once expanded (a repeat counts its rounds times its steps). */
  public static long expanded(List<Step> steps) {
    long n = 0;
    for (Step s : steps) {
      n += s.expandedSteps();
      if (n > MAX_EXPANDED_STEPS) {
        break;
      }
    }
    return n;
  }

  static long checkExpanded(long n, String what) {
    if (n > MAX_EXPANDED_STEPS) {
      throw new IllegalArgumentException(what + " expand to more than " + MAX_EXPANDED_STEPS
          + " steps (the limit); expected fewer repeats or fewer rounds");
    }
    return n;
  }

  static int parallel(int count) {
    if (count > MAX_PARALLEL) {
      throw new IllegalArgumentException("parallel count must be at most " + MAX_PARALLEL
          + " (one thread each), found " + count);
    }
    return count;
  }

  static long objectSize(long size) {
    if (size > MAX_OBJECT_BYTES) {
      throw new IllegalArgumentException("put size must be at most " + MAX_OBJECT_BYTES
          + " bytes (64 MiB, the fake S3's request limit), found " + size);
    }
    return size;
  }

  static Duration duration(Duration d, String what) {
    if (d != null && d.abs().compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(what + " must be at most " + Durations.format(MAX_DURATION)
          + " (9,999 years), found " + Durations.format(d));
    }
    return d;
  }
}
