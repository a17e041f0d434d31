package dev.lapse.internal.fuzz;

import dev.lapse.scenario.CheckName;
import dev.lapse.scenario.Expectation;
import dev.lapse.scenario.Step;
import dev.lapse.scenario.StepKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The checks a generated scenario is judged by: every check that means something for any
 * scenario the generator can write, and a refresh budget derived from its steps. This is the
 * one place to add a check to the fuzzer.
 *
 * <p>Order matters: the fuzzer shrinks toward the first violated check, and one mistake often
 * shows in several (an expired token also fails the call that carried it; a refresh per caller
 * also spends the budget), so the more telling checks come first and calls-succeed last.
 */
final class GeneratedChecks {
  private GeneratedChecks() {}

  /**
   * Judged in every generated scenario. {@code stable-identity} forgives a wiped keychain;
   * {@code right-region} matters once the second region is drawn and costs nothing otherwise;
   * {@code quiet-after-terminate} holds vacuously until a terminate is drawn.
   */
  static final List<CheckName> ALWAYS = List.of(
      CheckName.NO_EXPIRED_TOKEN, CheckName.SINGLE_FLIGHT,
      CheckName.DROPS_REJECTED_CREDENTIALS, CheckName.STATIC_STABILITY,
      CheckName.STABLE_IDENTITY, CheckName.RIGHT_REGION, CheckName.QUIET_AFTER_TERMINATE);

  /**
   * The spacing {@code refresh-backoff} asks for after a failed fetch: short next to the SDKs'
   * 5 to 10 minutes, so only a provider that asks again within seconds (on every call, on every
   * thread of a burst) breaks it.
   */
  static final Duration BACKOFF = Duration.ofSeconds(30);

  /**
   * Fetches per credential lifetime a correct provider needs with no disturbance: the one that
   * starts the window and the refresh just before expiry (a margin under half the lifetime),
   * plus one for latency eating into the second set's life.
   */
  static final int UNDISTURBED_FETCHES = 3;

  /**
   * Steps after which a correct provider may fetch again whatever its cache holds: a new launch
   * (credentials kept only in memory), a resume, a wiped keychain, a clock moved (a skew-aware
   * provider refreshes on a clock jump), latency (less life on arrival), a fault (a fetch that
   * succeeded on the server side but failed for the app, then retried).
   */
  static final Set<StepKind> MAY_REFETCH = EnumSet.of(StepKind.LAUNCH, StepKind.FOREGROUND,
      StepKind.WIPE_KEYCHAIN, StepKind.SKEW, StepKind.LATENCY, StepKind.FAULT,
      StepKind.NETWORK);

  /** The expectations for a generated scenario with these steps. */
  static List<Expectation> expectFor(List<Step> steps) {
    List<Expectation> out = new ArrayList<>();
    ALWAYS.forEach(check -> out.add(Expectation.of(check)));
    out.add(Expectation.refreshBackoff(BACKOFF));
    out.add(Expectation.refreshBudget(refreshBudget(steps)));
    out.add(Expectation.of(CheckName.CALLS_SUCCEED));
    return out;
  }

  /**
   * A budget no correct provider spends in any one credential lifetime: the undisturbed
   * fetches plus one for every step that may make it fetch again, anywhere in the scenario.
   * Loose on purpose (no false alarm); a provider that refreshes on nearly every call still
   * overspends it in a scenario with more calls in one lifetime than disturbances.
   */
  static int refreshBudget(List<Step> steps) {
    int budget = UNDISTURBED_FETCHES;
    for (Step step : steps) {
      if (MAY_REFETCH.contains(step.kind())) {
        budget++;
      }
    }
    return budget;
  }
}
