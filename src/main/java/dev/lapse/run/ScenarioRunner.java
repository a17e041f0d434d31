package dev.lapse.run;

import dev.lapse.check.Checks;
import dev.lapse.check.Violation;
import dev.lapse.internal.device.OutOfProcess;
import dev.lapse.internal.device.StepCutOff;
import dev.lapse.history.RunRecord;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.vocabulary.Durations;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs scenarios: a fresh (or freshly reset) fake AWS world and device per scenario, every
 * step in order on virtual time, then the scenario's checks over the recorded history.
 *
 * <pre>{@code
 * try (ScenarioRunner runner = new ScenarioRunner()) {
 *   RunResult result = runner.run(scenario, "mine", new MyProviderFactory());
 *   assertTrue(result.passed(), () -> result.violations().toString());
 * }
 * }</pre>
 *
 * <p>A step cut off by the real-time step limit is never evidence about the provider: the run
 * is repeated with the much longer hang limit. If the rerun finishes, its verdict stands (the
 * first attempt met a slow machine; virtual time makes both attempts the same run). If it is
 * cut off again in the same step, the provider hangs: a {@code hangs} violation with the stuck
 * thread's stack. Otherwise the run is inconclusive.
 *
 * <p>Not thread-safe: use one runner per thread.
 */
public final class ScenarioRunner implements AutoCloseable {
  /** Default real-time limit for one step of provider code, after which it is cut off. */
  public static final Duration DEFAULT_STEP_LIMIT = Duration.ofSeconds(10);
  /** The hang limit is this many step limits unless told otherwise. */
  public static final int HANG_LIMIT_FACTOR = 6;

  private final WorldPool pool;
  /** Out-of-process providers reach the fake over loopback whatever the transport: opened lazily. */
  private WorldPool httpPool;
  private final long seed;
  private final Duration stepLimit;
  private final Duration hangLimit;
  private RealTimeBudget budget = RealTimeBudget.NONE;

  /** The transport {@code lapse run} and {@code lapse fuzz} use unless told otherwise. */
  public static final Transport DEFAULT_TRANSPORT = Transport.MEMORY;

  /**
   * @param stepLimit real time one step of provider code may take before it is cut off
   * @param hangLimit the longer limit a cut-off run is repeated with
   * @param seed      seeds identity ids and keys
   * @param transport how the device reaches the fake AWS
   */
  public ScenarioRunner(Duration stepLimit, Duration hangLimit, long seed, Transport transport) {
    this.pool = new WorldPool(stepLimit, transport);
    this.seed = seed;
    this.stepLimit = stepLimit;
    this.hangLimit = hangLimit;
  }

  public ScenarioRunner(Duration stepLimit, Duration hangLimit, long seed) {
    this(stepLimit, hangLimit, seed, DEFAULT_TRANSPORT);
  }

  public ScenarioRunner(Duration stepLimit, long seed, Transport transport) {
    this(stepLimit, stepLimit.multipliedBy(HANG_LIMIT_FACTOR), seed, transport);
  }

  public ScenarioRunner(Duration stepLimit, long seed) {
    this(stepLimit, seed, DEFAULT_TRANSPORT);
  }

  public ScenarioRunner(Transport transport) {
    this(DEFAULT_STEP_LIMIT, 1, transport);
  }

  public ScenarioRunner() {
    this(DEFAULT_STEP_LIMIT, 1);
  }

  /** Bounds every run from now on by what is left of {@code budget} (a suite's). */
  void budget(RealTimeBudget budget) {
    this.budget = budget;
  }

  public RunResult run(Scenario scenario, String providerName, CredentialsProviderFactory factory) {
    WarmUp.once(poolFor(factory).transport());
    return runUnwarmed(scenario, providerName, factory);
  }

  RunResult runUnwarmed(Scenario scenario, String providerName,
      CredentialsProviderFactory factory) {
    Attempt first = attempt(scenario, factory, stepLimit);
    if (first.unjudged() != null) {
      return unjudged(scenario, providerName, first, first.unjudged());
    }
    if (first.cutOffs.isEmpty()) {
      return judged(scenario, providerName, first);
    }
    if (budget.spent()) {
      return unjudged(scenario, providerName, first, first.cutLabel() + " was " + first.cutAfter()
          + ", and " + budget.spentSentence() + " before a rerun could tell a hang from a "
          + "slow machine");
    }
    Attempt second = attempt(scenario, factory, hangLimit);
    if (second.unjudged() != null) {
      return unjudged(scenario, providerName, second, second.unjudged());
    }
    if (second.cutOffs.isEmpty()) {
      return judged(scenario, providerName, second);
    }
    if (first.cutStep() == second.cutStep()) {
      return hangs(scenario, providerName, first, second);
    }
    return unjudged(scenario, providerName, second, first.cutLabel() + " was "
        + first.cutAfter() + ", and on a rerun with " + Durations.format(hangLimit) + " "
        + second.cutLabel() + " was");
  }

  private static RunResult unjudged(Scenario scenario, String provider, Attempt a, String why) {
    String dump = a.cutOffs.isEmpty() ? null : a.cutOffs.get(0).threadDump();
    return new RunResult(scenario, provider, a.record, List.of(), "could not judge: " + why,
        dump);
  }

  private RunResult judged(Scenario scenario, String provider, Attempt a) {
    return new RunResult(scenario, provider, a.record, Checks.verify(scenario.expect(), a.record));
  }

  /**
   * Stuck twice in the same step: a finding, and the checks' verdicts before that step. The
   * sentence gives the real time each attempt had in that step (a burst's calls had one limit
   * for all of them; an upload one per part).
   */
  private RunResult hangs(Scenario scenario, String provider, Attempt first, Attempt a) {
    StepCutOff stuck = a.cutOffs.get(0);
    int at = a.cutStep();
    List<String> before = new ArrayList<>();
    for (int i = 0; i < at && i < a.record.steps().size(); i++) {
      before.add(a.record.steps().get(i).label());
    }
    List<Violation> out = new ArrayList<>();
    String when = at < a.record.steps().size()
        ? Durations.offset(a.record.offset(a.record.steps().get(at).startedAt()))
        : Durations.offset(a.record.offset(a.record.end()));
    out.add(new Violation("hangs", when, a.cutLabel(), 0,
        "each step's provider code to finish within " + Durations.format(stepLimit)
            + " of real time",
        "the provider was still running after "
            + Durations.format(first.cutOffs.get(0).after()) + " and again, on a rerun, after "
            + Durations.format(stuck.after()) + "; stuck in: " + firstFrame(stuck.threadDump())));
    for (Violation v : Checks.verify(scenario.expect(), a.record)) {
      if (before.contains(v.step())) {
        out.add(v);
      }
    }
    return new RunResult(scenario, provider, a.record, out, null, stuck.threadDump());
  }

  private static String firstFrame(String dump) {
    int at = dump.indexOf("    at ");
    if (at < 0) {
      return dump.strip();
    }
    int end = dump.indexOf('\n', at);
    return dump.substring(at + 7, end < 0 ? dump.length() : end);
  }

  private Attempt attempt(Scenario scenario, CredentialsProviderFactory factory, Duration limit) {
    WorldPool slots = poolFor(factory);
    WorldPool.Slot slot = slots.acquire(scenario.world(), seed);
    slot.device().stepLimit(limit);
    slot.device().stepCeiling(budget::left);
    slot.device().drainCutOffs();
    slot.device().configure(scenario.device().user(), scenario.device().clients());
    seedObjects(slot, scenario.steps());
    Instant start = slot.world().clock().instant();
    StepExecutor executor = new StepExecutor(slot.world(), slot.device(), factory, budget);
    RunsInFlight.enter(() -> provider(factory) + " in scenario '" + scenario.name() + "', "
        + executor.currentStep());
    try {
      executor.runAll(scenario.steps(), "");
    } finally {
      RunsInFlight.leave();
    }
    try {
      executor.terminate();
    } catch (Exception e) {
      // The scenario is over; a provider that fails to close is not part of its verdict.
    }
    RunRecord record = new RunRecord(start, slot.world().clock().instant(),
        scenario.world().credentialsTtl(), executor.records(),
        slot.world().journal().entries(), slot.world().journal().dropped(),
        executor.providerLog());
    List<StepCutOff> cutOffs = slot.device().drainCutOffs();
    if (cutOffs.isEmpty()) {
      slot.device().stepLimit(stepLimit);
    } else {
      slots.discard(slot);
    }
    return new Attempt(record, cutOffs, executor.stopped(), budget);
  }

  private WorldPool poolFor(CredentialsProviderFactory factory) {
    if (!(factory instanceof OutOfProcess) || pool.transport() == Transport.HTTP) {
      return pool;
    }
    if (httpPool == null) {
      httpPool = new WorldPool(stepLimit, Transport.HTTP);
    }
    return httpPool;
  }

  private static String provider(CredentialsProviderFactory factory) {
    return factory instanceof OutOfProcess ? factory.toString() : factory.getClass().getName();
  }

  /**
   * One execution of a scenario, the provider code it had to cut off, and why it stopped
   * before its end, if it did.
   */
  private record Attempt(RunRecord record, List<StepCutOff> cutOffs, String stopped,
      RealTimeBudget budget) {
    /**
     * Why nothing here can be judged, not even by a rerun, or null: the budget ran out in a
     * step (a cut-off at the budget says nothing about the provider) or before one, or
     * virtual time could not go where a step had to.
     */
    String unjudged() {
      StepCutOff spent = cutOffs.stream().filter(StepCutOff::budgetSpent).findFirst()
          .orElse(null);
      if (spent == null) {
        return stopped;
      }
      return budget.spentSentence() + (spent == cutOffs.get(0)
          ? " in " + cutLabel() + ", which was " + spent.getMessage()
          : " during this run (" + spent.getMessage() + ")");
    }

    /** {@code cut off after 10s of real time}: the first cut-off's own words. */
    String cutAfter() {
      return cutOffs.get(0).getMessage();
    }

    /** Index of the first step with a cut-off; the step count when it was the final close. */
    int cutStep() {
      List<dev.lapse.history.StepRecord> steps = record.steps();
      for (int i = 0; i < steps.size(); i++) {
        if (CutOffs.in(steps.get(i))) {
          return i;
        }
      }
      return steps.size();
    }

    String cutLabel() {
      int i = cutStep();
      return i < record.steps().size() ? record.steps().get(i).label()
          : "the terminate after the last step";
    }
  }

  /** Every object a get, head or delete names exists before the app starts. */
  private static void seedObjects(WorldPool.Slot slot, List<Step> steps) {
    for (Step step : steps) {
      seedObjects(slot, step.nested());
      for (Step.S3Call c : step.needsExistingObjects()) {
        slot.world().seedObject(c.bucket(), c.key(), ("seeded " + c.key()).getBytes());
      }
    }
  }

  @Override
  public void close() {
    pool.close();
    if (httpPool != null) {
      httpPool.close();
    }
  }
}
