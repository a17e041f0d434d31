package dev.lapse.run;

import dev.lapse.clock.TimeBounds;
import dev.lapse.clock.VirtualTimeOutOfRange;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.device.AppCall;
import dev.lapse.internal.device.AppUpload;
import dev.lapse.internal.device.App;
import dev.lapse.internal.device.JavaApp;
import dev.lapse.internal.device.OutOfProcess;
import dev.lapse.internal.device.PresignedLink;
import dev.lapse.internal.device.SimulatedDevice;
import dev.lapse.history.CallOutcome;
import dev.lapse.history.StepRecord;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.scenario.Lifecycle;
import dev.lapse.scenario.Step;
import dev.lapse.vocabulary.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Executes scenario steps against one world and one device, recording each as a
 * {@link StepRecord}. A step that fails (a provider that throws or hangs) is recorded with
 * its cause and the run goes on.
 */
final class StepExecutor {
  private final World world;
  private final SimulatedDevice device;
  private final App app;
  private final List<StepRecord> records = new ArrayList<>();
  private final Links links;
  private final RealTimeBudget budget;
  private int launch;
  /** The step running now, as {@link RunsInFlight} names it; read by other threads. */
  private volatile String current = "before its first step";
  /** Why no further step runs (the budget is spent, virtual time cannot go on), or null. */
  private String stopped;

  StepExecutor(World world, SimulatedDevice device, CredentialsProviderFactory factory,
      RealTimeBudget budget) {
    this.world = world;
    this.device = device;
    this.app = host(world, device, factory);
    this.links = new Links(world);
    this.budget = budget;
  }

  /** A Java provider runs on the device in this JVM; an out-of-process one in its adapter. */
  static App host(World world, SimulatedDevice device, CredentialsProviderFactory factory) {
    Predicate<Instant> faultActiveAt = t -> world.faults().anyActiveAt(t);
    return factory instanceof OutOfProcess outside
        ? outside.host(device, faultActiveAt, world::deviceOffline)
        : new JavaApp(device, factory, faultActiveAt);
  }

  /** What the provider logged (an adapter's stderr), for the run's record. */
  List<String> providerLog() {
    return app.log();
  }

  /** Ends the app at the end of a scenario (an adapter process exits). */
  void terminate() throws Exception {
    app.terminate();
  }

  List<StepRecord> records() {
    return records;
  }

  /** e.g. {@code step 3 (get photos/cat.jpg)}, or {@code step 7.2.1 (...)} inside a repeat. */
  String currentStep() {
    return current;
  }

  /**
   * Why the run stopped before its end, or null: its real-time budget was spent, or a step
   * could not move virtual time where it had to (past the year 9999). Either way nothing
   * after it is evidence, and the run must not pass: it once did, with a note on the step.
   */
  String stopped() {
    return stopped;
  }

  void runAll(List<Step> steps, String prefix) {
    for (int i = 0; i < steps.size() && stopped == null; i++) {
      run(prefix + (i + 1), steps.get(i));
    }
  }

  private void run(String id, Step step) {
    String label = "step " + id + " (" + step.describe() + ")";
    if (budget.spent()) {
      stopped = budget.spentSentence() + " before " + label;
      return;
    }
    current = label;
    RunsInFlight.stepStarted();
    long seqBefore = world.journal().lastSeq();
    Instant started = world.clock().instant();
    int launchAtStart = launch;
    List<CallOutcome> outcomes = new ArrayList<>();
    String note = null;
    boolean launching = step.lifecycleEvent() == Lifecycle.Event.LAUNCH;
    Execution execution = new Execution(id);
    try {
      outcomes.addAll(step.accept(execution));
    } catch (Exception thrown) {
      Throwable e = thrown instanceof StepFailure failure ? failure.getCause() : thrown;
      note = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (VirtualTimeOutOfRange.in(e)) {
        stopped = label + " needed an instant outside the years 0001..9999: " + e.getMessage();
      }
      if (launching) {
        outcomes.add(new CallOutcome("launch", null, 0, started, false,
            e.getClass().getSimpleName(), "the provider failed to launch: " + e.getMessage(),
            world.faults().anyActiveAt(started)));
      }
    }
    if (execution.expanded) {
      return; // a repeat is recorded as its rounds' steps, never as a record of its own
    }
    for (Throwable t : device.drainTaskFailures()) {
      note = (note == null ? "" : note + "; ") + "a scheduled task threw " + t;
    }
    for (CallOutcome o : outcomes) {
      if (stopped == null && OUT_OF_RANGE.equals(o.errorCode())) {
        stopped = label + " needed an instant outside the years 0001..9999: " + o.message();
      }
    }
    records.add(new StepRecord(id, step, started, world.clock().instant(), seqBefore,
        world.journal().lastSeq(), launching ? launch : launchAtStart, outcomes, note));
  }

  /** The error code of a call whose virtual time left the years 0001..9999 (an upload's). */
  private static final String OUT_OF_RANGE = VirtualTimeOutOfRange.class.getSimpleName();

  /** The call a call step makes (an S3 call or caller-identity; a burst's call). */
  static AppCall appCall(Step step) {
    return step.accept(new CallOf());
  }

  /** What each step kind does to the device and the world; its calls' outcomes. */
  private final class Execution implements Step.Visitor<List<CallOutcome>> {
    private final String id;
    private boolean expanded;

    Execution(String id) {
      this.id = id;
    }

    private Instant now() {
      return world.clock().instant();
    }

    @Override
    public List<CallOutcome> launch(Step.Launch step) {
      launch++;
      return rethrowing(app::launch);
    }

    @Override
    public List<CallOutcome> terminate(Step.Terminate step) {
      return rethrowing(app::terminate);
    }

    @Override
    public List<CallOutcome> background(Step.Background step) {
      app.background();
      return List.of();
    }

    @Override
    public List<CallOutcome> foreground(Step.Foreground step) {
      return rethrowing(app::foreground);
    }

    @Override
    public List<CallOutcome> waitFor(Step.Wait step) {
      Instant until = TimeBounds.plus(now(), step.duration());
      return rethrowing(() -> app.passTime(until));
    }

    @Override
    public List<CallOutcome> s3(Step.S3Call step) {
      return List.of(app.call(appCall(step)));
    }

    @Override
    public List<CallOutcome> callerIdentity(Step.CallerIdentity step) {
      return List.of(app.call(appCall(step)));
    }

    @Override
    public List<CallOutcome> upload(Step.Upload step) {
      return List.of(app.upload(new AppUpload(step.bucket(), step.key(), step.client(),
          step.size(), step.partSize(), step.takes())));
    }

    @Override
    public List<CallOutcome> parallel(Step.Parallel step) {
      return app.burst(appCall(step.call()), step.count());
    }

    @Override
    public List<CallOutcome> skew(Step.Skew step) {
      device.deviceClock().setSkew(step.offset());
      return List.of();
    }

    @Override
    public List<CallOutcome> latency(Step.Latency step) {
      world.latency(step.delay());
      return List.of();
    }

    @Override
    public List<CallOutcome> fault(Step.Fault step) {
      // A fault that outlasts the year 9999 never ends: no later instant is ever reached.
      boolean forever = step.duration().compareTo(Duration.between(now(), TimeBounds.MAX)) > 0;
      world.inject(step.target(), step.faultKind(),
          forever ? TimeBounds.MAX : now().plus(step.duration()));
      return List.of();
    }

    @Override
    public List<CallOutcome> network(Step.Network step) {
      app.network(step.online());
      return List.of();
    }

    @Override
    public List<CallOutcome> wipeKeychain(Step.WipeKeychain step) {
      device.mapKeychain().wipe();
      return List.of();
    }

    @Override
    public List<CallOutcome> presign(Step.Presign step) {
      AppCall call = new AppCall(step.operation(), step.bucket(), step.key(), step.client(), 0);
      PresignedLink made = app.presign(call, step.lifetime());
      links.made(step.link(), call, made.url());
      return List.of(made.outcome());
    }

    @Override
    public List<CallOutcome> fetch(Step.Fetch step) {
      return List.of(links.open(step.link(), world.faults().anyActiveAt(now())));
    }

    @Override
    public List<CallOutcome> repeat(Step.Repeat step) {
      expanded = true;
      for (int round = 1; round <= step.times(); round++) {
        runAll(step.steps(), id + "." + round + ".");
      }
      return List.of();
    }
  }

  private interface DeviceAction {
    void run() throws Exception;
  }

  /** Lets a device action's checked failure reach {@link #run}, which notes it on the step. */
  private static List<CallOutcome> rethrowing(DeviceAction action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new StepFailure(e);
    }
    return List.of();
  }

  /** Carries a device action's checked exception out of a visitor method. */
  private static final class StepFailure extends RuntimeException {
    StepFailure(Exception cause) {
      super(cause);
    }
  }

  /** Only calls make app calls; every other kind is a mistake of the caller. */
  private static final class CallOf implements Step.Visitor<AppCall> {
    @Override
    public AppCall s3(Step.S3Call c) {
      return new AppCall(c.operation(), c.bucket(), c.key(), c.client(), c.size());
    }

    @Override
    public AppCall callerIdentity(Step.CallerIdentity c) {
      return new AppCall(Operation.GET_CALLER_IDENTITY, null, null, c.client(), 0);
    }

    private AppCall none(Step step) {
      throw new IllegalArgumentException("'" + step.describe() + "' is not an app call");
    }

    public AppCall launch(Step.Launch s) {
      return none(s);
    }

    public AppCall terminate(Step.Terminate s) {
      return none(s);
    }

    public AppCall background(Step.Background s) {
      return none(s);
    }

    public AppCall foreground(Step.Foreground s) {
      return none(s);
    }

    public AppCall waitFor(Step.Wait s) {
      return none(s);
    }

    public AppCall upload(Step.Upload s) {
      return none(s);
    }

    public AppCall parallel(Step.Parallel s) {
      return none(s);
    }

    public AppCall skew(Step.Skew s) {
      return none(s);
    }

    public AppCall latency(Step.Latency s) {
      return none(s);
    }

    public AppCall fault(Step.Fault s) {
      return none(s);
    }

    public AppCall network(Step.Network s) {
      return none(s);
    }

    public AppCall wipeKeychain(Step.WipeKeychain s) {
      return none(s);
    }

    public AppCall repeat(Step.Repeat s) {
      return none(s);
    }

    public AppCall presign(Step.Presign s) {
      return none(s);
    }

    public AppCall fetch(Step.Fetch s) {
      return none(s);
    }
  }
}
