package dev.lapse.internal.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices one generated scenario was built from, recorded as a sequence of ints, so
 * that a scenario can be regenerated, and shrunk by editing the sequence (as Hypothesis does).
 * Every draw is a number in {@code [0, bound)}; 0 always means "the simplest option", so a
 * sequence pushed toward zeros builds a smaller scenario. A replayed sequence that runs out
 * draws zeros, and a replayed value too large for its bound is clamped: every edited sequence
 * still builds a valid scenario.
 *
 * <p>The generator also marks spans (the choices of one generated action) so that the shrinker
 * can delete or zero a whole action at once. Not thread-safe: one generation at a time.
 */
public final class Choices {
  /** The choices of one generated action: {@code [start, end)} in the sequence. */
  public record Span(int start, int end) {
    public int length() {
      return end - start;
    }
  }

  private final SplittableRandom random; // null when replaying
  private final int[] replay;
  private final List<Integer> drawn = new ArrayList<>();
  private final List<Span> spans = new ArrayList<>();

  private Choices(SplittableRandom random, int[] replay) {
    this.random = random;
    this.replay = replay;
  }

  /** Fresh choices for try {@code index} of {@code seed}: the same on any machine. */
  public static Choices random(long seed, long index) {
    return new Choices(new SplittableRandom(mix(seed, index)), new int[0]);
  }

  /** Replays a recorded (possibly edited) sequence, then zeros. */
  public static Choices replay(int[] sequence) {
    return new Choices(null, sequence.clone());
  }

  /**
   * Spreads (seed, try index) over the whole long range, so that neighbouring seeds and tries
   * do not give overlapping random streams (SplittableRandom streams from seeds that differ by
   * its golden gamma are shifted copies of each other).
   */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A number in {@code [0, bound)}. */
  public int draw(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, found " + bound);
    }
    int i = drawn.size();
    int value;
    if (random != null) {
      value = random.nextInt(bound);
    } else {
      value = i < replay.length ? Math.min(Math.max(replay[i], 0), bound - 1) : 0;
    }
    drawn.add(value);
    return value;
  }

  /**
   * An index into {@code weights}, drawn in proportion to them; index 0 stays the simplest.
   * The recorded value is a raw number in {@code [0, sum)}, mapped monotonically to an index, so
   * that lowering it never makes the pick more complex.
   */
  public int weighted(int... weights) {
    int sum = Arrays.stream(weights).sum();
    int raw = draw(sum);
    for (int i = 0; i < weights.length; i++) {
      raw -= weights[i];
      if (raw < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** True with probability {@code percent}/100; false (0) is the simple answer. */
  public boolean chance(int percent) {
    return draw(100) >= 100 - percent;
  }

  /** Where the next draw goes: for marking spans. */
  public int position() {
    return drawn.size();
  }

  /** Marks the choices drawn since {@code start} as one action's. */
  public void markSpan(int start) {
    if (position() > start) {
      spans.add(new Span(start, position()));
    }
  }

  /** Every choice drawn so far (only those used: a replay's unused tail is dropped). */
  public int[] sequence() {
    return drawn.stream().mapToInt(Integer::intValue).toArray();
  }

  public List<Span> spans() {
    return List.copyOf(spans);
  }
}
