package dev.lapse.run;

import dev.lapse.check.Checks;
import dev.lapse.history.RunRecord;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.Step;
import java.time.Duration;
import java.time.Instant;
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
 * <p>Not thread-safe: use one runner per thread.
 */
public final class ScenarioRunner implements AutoCloseable {
  /** Default real-time limit for one step of provider code, after which it is cut off. */
  public static final Duration DEFAULT_STEP_LIMIT = Duration.ofSeconds(10);

  private final WorldPool pool;
  private final long seed;

  /** The transport {@code lapse run} and {@code lapse fuzz} use unless told otherwise. */
  public static final Transport DEFAULT_TRANSPORT = Transport.MEMORY;

  public ScenarioRunner(Duration stepLimit, long seed, Transport transport) {
    this.pool = new WorldPool(stepLimit, transport);
    this.seed = seed;
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

  public RunResult run(Scenario scenario, String providerName, CredentialsProviderFactory factory) {
    WorldPool.Slot slot = pool.acquire(scenario.world(), seed);
    slot.device().configure(scenario.device().user(), scenario.device().clients());
    seedObjects(slot, scenario.steps());
    Instant start = slot.world().clock().instant();
    StepExecutor executor = new StepExecutor(slot.world(), slot.device(), factory);
    executor.runAll(scenario.steps(), "");
    try {
      slot.device().terminate();
    } catch (Exception e) {
      // The scenario is over; a provider that fails to close is not part of its verdict.
    }
    RunRecord record = new RunRecord(start, slot.world().clock().instant(),
        scenario.world().credentialsTtl(), executor.records(),
        slot.world().journal().entries(), slot.world().journal().dropped());
    return new RunResult(scenario, providerName, record,
        Checks.verify(scenario.expect(), record));
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
  }
}
