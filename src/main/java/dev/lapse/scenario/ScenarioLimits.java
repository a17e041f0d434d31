package dev.lapse.scenario;

import dev.lapse.vocabulary.Durations;
import dev.lapse.vocabulary.VirtualTimeSpan;
import java.time.Duration;
import java.util.List;

/**
 * How big a scenario may be, so that no file can exhaust the heap, the machine's threads or
 * virtual time itself: a {@code repeat} of a billion, a {@code parallel} of 100,000 threads,
 * a 3 GB upload and a {@code wait} past the year 9999 were all accepted once. Each limit is
 * refused where it is written (file:line:col, the limit, what was found).
 */
public final class ScenarioLimits {
  /** Steps a scenario may run once every repeat is expanded; a parallel counts its calls. */
  public static final long MAX_EXPANDED_STEPS = 100_000;
  /** Threads one parallel step may start. */
  public static final int MAX_PARALLEL = 1_000;
  /** Largest put: the fake S3's own request body limit (64 MiB). */
  public static final long MAX_OBJECT_BYTES = 64L << 20;
  /** Longest duration anywhere: no more than the 9,999 years virtual time may span. */
  public static final Duration MAX_DURATION = Duration.ofDays(9_999L * 365);
  /**
   * Virtual time one scenario may pass (its waits and uploads, every round counted): every run
   * starts at {@link VirtualTimeSpan#RUN_START} and no instant may be after the year 9999.
   * Each wait alone within {@link #MAX_DURATION} is not enough: two waits of 2,900,000 days
   * were accepted, and the second failed at run time as a note on a run that passed.
   */
  public static final Duration MAX_ELAPSED = VirtualTimeSpan.longestRun();

  private ScenarioLimits() {}

  /** Steps {@code steps} run once expanded (saturating at {@code Long.MAX_VALUE}). */
  public static long expanded(List<Step> steps) {
    long n = 0;
    for (Step s : steps) {
      n = plus(n, s.expandedSteps());
    }
    return n;
  }

  /** Virtual time {@code steps} move the clock by, every round counted (saturating). */
  public static Duration clockAdvance(List<Step> steps) {
    Duration d = Duration.ZERO;
    for (Step s : steps) {
      d = plus(d, s.clockAdvance());
    }
    return d;
  }

  /** The checks a whole scenario gets from the builder; the reader makes them where written. */
  static void check(List<Step> steps) {
    Duration elapsed = Duration.ZERO;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      String problem = step instanceof Step.Repeat r ? repeatTooBig(r) : null;
      elapsed = plus(elapsed, step.clockAdvance());
      if (problem == null && elapsed.compareTo(MAX_ELAPSED) > 0) {
        problem = elapsedPast(elapsed, step instanceof Step.Repeat r
            ? "this repeat's " + r.times() + " rounds" : "this step");
      }
      if (problem != null) {
        throw new IllegalArgumentException("step " + (i + 1) + " (" + step.kind().keyword()
            + "): " + problem);
      }
    }
    checkExpanded(expanded(steps), "the steps would");
  }

  static long checkExpanded(long n, String what) {
    if (n > MAX_EXPANDED_STEPS) {
      throw new IllegalArgumentException(what + " expand to more than " + MAX_EXPANDED_STEPS
          + " steps (the limit); expected fewer repeats or fewer rounds");
    }
    return n;
  }

  /**
   * Why an outermost repeat is too big, counting every repeat and parallel it holds, or null.
   * The whole nest's count, said once: a nest used to be refused at an inner repeat, as
   * "repeat 100 x 1 steps would expand to more than 100000 steps".
   */
  static String repeatTooBig(Step.Repeat repeat) {
    long total = repeat.expandedSteps();
    if (total <= MAX_EXPANDED_STEPS) {
      return null;
    }
    boolean nest = repeat.steps().stream().anyMatch(s -> s instanceof Step.Repeat);
    return "this repeat would run " + count(total) + " steps" + (nest
        ? " with the repeats nested in it" : "") + " (" + repeat.times() + " rounds of "
        + count(expanded(repeat.steps())) + "; a parallel counts each of its calls), more than "
        + MAX_EXPANDED_STEPS + " steps (the limit); expected fewer rounds or smaller bursts";
  }

  /** The refusal of waits that add up to {@code total}, past {@link #MAX_ELAPSED}. */
  static String elapsedPast(Duration total, String by) {
    return "the scenario's waits add up to more than " + Durations.format(MAX_ELAPSED)
        + " (every run starts at " + VirtualTimeSpan.RUN_START.toString().substring(0, 10)
        + " and virtual time may not pass the year 9999); " + by + " brings them to "
        + Durations.format(total) + "; expected less waiting";
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

  // Saturating arithmetic: sizes are compared with the limits, never allowed to wrap around.

  static long plus(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  static long times(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
  }

  static Duration plus(Duration a, Duration b) {
    try {
      return a.plus(b);
    } catch (ArithmeticException e) {
      return Duration.ofSeconds(Long.MAX_VALUE);
    }
  }

  static Duration times(Duration d, long n) {
    try {
      return d.multipliedBy(n);
    } catch (ArithmeticException e) {
      return Duration.ofSeconds(Long.MAX_VALUE);
    }
  }

  private static String count(long n) {
    return n == Long.MAX_VALUE ? "more than " + (Long.MAX_VALUE - 1) : String.valueOf(n);
  }
}
