package dev.lapse.scenario;

import dev.lapse.vocabulary.Durations;
import java.time.Duration;
import java.util.Objects;

/**
 * One check a scenario asks for. {@code limit} is the most refreshes allowed and only means
 * something for {@link CheckName#REFRESH_BUDGET}; {@code spacing} is the least virtual time
 * between a failed credential fetch and the next attempt, and only means something for {@link
 * CheckName#REFRESH_BACKOFF}. Every other check carries 0 and {@link Duration#ZERO}, so that two
 * equal expectations are always equal records.
 */
public record Expectation(CheckName check, int limit, Duration spacing) {
  public Expectation {
    Objects.requireNonNull(check, "check");
    spacing = spacing == null ? Duration.ZERO : spacing;
    if (check == CheckName.REFRESH_BUDGET && limit < 1) {
      throw new IllegalArgumentException(
          "refresh-budget needs a positive number of refreshes, found " + limit);
    }
    if (check != CheckName.REFRESH_BUDGET && limit != 0) {
      throw new IllegalArgumentException(check.keyword() + " takes no number, found " + limit);
    }
    if (check == CheckName.REFRESH_BACKOFF && (spacing.isNegative() || spacing.isZero())) {
      throw new IllegalArgumentException("refresh-backoff needs a positive duration, found "
          + Durations.format(spacing));
    }
    if (check != CheckName.REFRESH_BACKOFF && !spacing.isZero()) {
      throw new IllegalArgumentException(check.keyword() + " takes no duration, found "
          + Durations.format(spacing));
    }
  }

  /** An expectation without a number or a duration. */
  public Expectation(CheckName check, int limit) {
    this(check, limit, Duration.ZERO);
  }

  public static Expectation of(CheckName check) {
    return new Expectation(check, 0);
  }

  public static Expectation refreshBudget(int limit) {
    return new Expectation(CheckName.REFRESH_BUDGET, limit);
  }

  /** {@code refresh-backoff: 30s}: after a failed fetch, no attempt sooner than {@code spacing}. */
  public static Expectation refreshBackoff(Duration spacing) {
    return new Expectation(CheckName.REFRESH_BACKOFF, 0, spacing);
  }

  /** The YAML spelling: {@code no-expired-token}, {@code refresh-budget: 2}, {@code refresh-backoff: 30s}. */
  public String describe() {
    return switch (check) {
      case REFRESH_BUDGET -> check.keyword() + ": " + limit;
      case REFRESH_BACKOFF -> check.keyword() + ": " + Durations.format(spacing);
      default -> check.keyword();
    };
  }
}
