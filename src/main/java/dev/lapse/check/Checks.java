package dev.lapse.check;

import dev.lapse.history.RunRecord;
import dev.lapse.scenario.Expectation;
import java.util.ArrayList;
import java.util.List;

/** Turns a scenario's expectations into checks and runs them over a run's history. */
public final class Checks {
  private Checks() {}

  public static Check of(Expectation expectation) {
    return switch (expectation.check()) {
      case NO_EXPIRED_TOKEN -> new NoExpiredToken();
      case CALLS_SUCCEED -> new CallsSucceed();
      case SINGLE_FLIGHT -> new SingleFlight();
      case REFRESH_BUDGET -> new RefreshBudget(expectation.limit());
      case STABLE_IDENTITY -> new StableIdentity();
      case RIGHT_REGION -> new RightRegion();
      case QUIET_AFTER_TERMINATE -> new QuietAfterTerminate();
      case PRESIGNED_LINKS_LIVE -> new PresignedLinksLive();
      case STATIC_STABILITY -> new StaticStability();
      case REFRESH_BACKOFF -> new RefreshBackoff(expectation.spacing());
      case DROPS_REJECTED_CREDENTIALS -> new DropsRejectedCredentials();
    };
  }

  /** Every violation of every expectation, in expectation order, each in time order. */
  public static List<Violation> verify(List<Expectation> expectations, RunRecord run) {
    List<Violation> out = new ArrayList<>();
    for (Expectation e : expectations) {
      out.addAll(of(e).check(run));
    }
    return out;
  }
}
