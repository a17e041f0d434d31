package dev.lapse.scenario;

import dev.lapse.vocabulary.Durations;
import java.time.Duration;

/** Argument checks shared by the records, worded with the YAML names of the fields. */
final class Validate {
  private Validate() {}

  static String name(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return value;
  }

  static Duration positive(Duration d, String what) {
    present(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, found " + shown(d));
    }
    return d;
  }

  static Duration notNegative(Duration d, String what) {
    present(d, what);
    if (d.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, found " + shown(d));
    }
    return d;
  }

  static <T> T present(T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    return value;
  }

  private static String shown(Duration d) {
    return Durations.format(d);
  }
}
