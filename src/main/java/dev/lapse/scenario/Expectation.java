package dev.lapse.scenario;

import java.util.Objects;

/**
 * One check a scenario asks for. {@code limit} is the most refreshes allowed and only means
 * something for {@link CheckName#REFRESH_BUDGET}; every other check carries 0, so that two
 * equal expectations are always equal records.
 */
public record Expectation(CheckName check, int limit) {
  public Expectation {
    Objects.requireNonNull(check, "check");
    if (check == CheckName.REFRESH_BUDGET && limit < 1) {
      throw new IllegalArgumentException(
          "refresh-budget needs a positive number of refreshes, found " + limit);
    }
    if (check != CheckName.REFRESH_BUDGET && limit != 0) {
      throw new IllegalArgumentException(check.keyword() + " takes no number, found " + limit);
    }
  }

  public static Expectation of(CheckName check) {
    return new Expectation(check, 0);
  }

  public static Expectation refreshBudget(int limit) {
    return new Expectation(CheckName.REFRESH_BUDGET, limit);
  }

  /** The YAML spelling: {@code no-expired-token} or {@code refresh-budget: 2}. */
  public String describe() {
    return check == CheckName.REFRESH_BUDGET ? check.keyword() + ": " + limit : check.keyword();
  }
}
