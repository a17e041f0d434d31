package dev.lapse.scenario;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * A value of a step that the fuzzer's shrinker may lower (a wait, a skew, a burst size), in
 * whole units from {@code floor} up, and how to rebuild the step with a lower value.
 *
 * @param value      the current value in whole units (seconds, or a count)
 * @param fractional whether the real value lies above {@code value} by a fraction of a unit
 *                   (a wait of 1.5 s): then {@code value} itself is already a lower candidate
 * @param floor      the least value worth trying
 */
public record Lowering(long value, boolean fractional, long floor, LongFunction<Step> with) {

  /** A duration searched in whole seconds. */
  public static Lowering seconds(Duration current, Duration floor, Function<Duration, Step> with) {
    long whole = current.getSeconds();
    return new Lowering(whole, !current.equals(Duration.ofSeconds(whole)), floor.getSeconds(),
        s -> with.apply(Duration.ofSeconds(s)));
  }

  public static Lowering count(int current, int floor, LongFunction<Step> with) {
    return new Lowering(current, false, floor, with);
  }
}
