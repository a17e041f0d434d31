package dev.lapse.scenario;

import java.time.Duration;

/**
 * A lasting state of the device or the world that a step starts or ends (a skewed clock,
 * latency, an injected fault, no network), drawn by timelines as a span on its lane.
 *
 * @param lane    conditions on one lane replace each other: {@code skew}, {@code fault s3}
 * @param label   the span's short text, or null when the step ends the lane's condition
 * @param meaning a sentence saying what holds during the span
 * @param lasts   how long it lasts, or null: until the next condition on the lane
 */
public record Condition(String lane, String label, String meaning, Duration lasts) {

  public static Condition untilChanged(String lane, String label, String meaning) {
    return new Condition(lane, label, meaning, null);
  }

  public static Condition lasting(String lane, String label, String meaning, Duration lasts) {
    return new Condition(lane, label, meaning, lasts);
  }

  public static Condition ends(String lane) {
    return new Condition(lane, null, null, null);
  }

  public boolean endsLane() {
    return label == null;
  }
}
