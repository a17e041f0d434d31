package dev.lapse.scenario;

import dev.lapse.vocabulary.Keyword;
import java.util.Optional;

/** The invariants a scenario can ask for, by their stable names. */
public enum CheckName implements Keyword {
  NO_EXPIRED_TOKEN("no-expired-token"),
  CALLS_SUCCEED("calls-succeed"),
  SINGLE_FLIGHT("single-flight"),
  REFRESH_BUDGET("refresh-budget"),
  STABLE_IDENTITY("stable-identity"),
  RIGHT_REGION("right-region"),
  QUIET_AFTER_TERMINATE("quiet-after-terminate"),
  PRESIGNED_LINKS_LIVE("presigned-links-live"),
  STATIC_STABILITY("static-stability"),
  REFRESH_BACKOFF("refresh-backoff"),
  DROPS_REJECTED_CREDENTIALS("drops-rejected-credentials");

  private final String keyword;

  CheckName(String keyword) {
    this.keyword = keyword;
  }

  @Override
  public String keyword() {
    return keyword;
  }

  public static Optional<CheckName> fromKeyword(String name) {
    return Keyword.find(CheckName.class, name);
  }
}
