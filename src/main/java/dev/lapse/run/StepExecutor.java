package dev.lapse.run;

import dev.lapse.aws.FaultKind;
import dev.lapse.aws.FaultTarget;
import dev.lapse.aws.World;
import dev.lapse.device.AppCall;
import dev.lapse.device.AppCalls;
import dev.lapse.device.SimulatedDevice;
import dev.lapse.journal.CallOutcome;
import dev.lapse.journal.StepRecord;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.scenario.S3Op;
import dev.lapse.scenario.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Executes scenario steps against one world and one device, recording each as a
 * {@link StepRecord}. A step that fails (a provider that throws or hangs) is recorded with
 * its cause and the run goes on.
 */
final class StepExecutor {
  private final World world;
  private final SimulatedDevice device;
  private final CredentialsProviderFactory factory;
  private final AppCalls calls;
  private final List<StepRecord> records = new ArrayList<>();
  private int launch;

  StepExecutor(World world, SimulatedDevice device, CredentialsProviderFactory factory) {
    this.world = world;
    this.device = device;
    this.factory = factory;
    this.calls = new AppCalls(device, t -> world.faults().anyActiveAt(t));
  }

  List<StepRecord> records() {
    return records;
  }

  void runAll(List<Step> steps, String prefix) {
    for (int i = 0; i < steps.size(); i++) {
      String id = prefix + (i + 1);
      Step step = steps.get(i);
      if (step instanceof Step.Repeat r) {
        for (int round = 1; round <= r.times(); round++) {
          runAll(r.steps(), id + "." + round + ".");
        }
      } else {
        run(id, step);
      }
    }
  }

  private void run(String id, Step step) {
    long seqBefore = world.journal().lastSeq();
    Instant started = world.clock().instant();
    int launchAtStart = launch;
    List<CallOutcome> outcomes = new ArrayList<>();
    String note = null;
    try {
      outcomes.addAll(execute(step));
    } catch (Exception e) {
      note = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (step instanceof Step.Launch) {
        outcomes.add(new CallOutcome("launch", null, 0, started, false,
            e.getClass().getSimpleName(), "the provider failed to launch: " + e.getMessage(),
            world.faults().anyActiveAt(started)));
      }
    }
    for (Throwable t : device.drainTaskFailures()) {
      note = (note == null ? "" : note + "; ") + "a scheduled task threw " + t;
    }
    records.add(new StepRecord(id, kind(step), step.describe(), started, world.clock().instant(),
        seqBefore, world.journal().lastSeq(), step instanceof Step.Launch ? launch : launchAtStart,
        outcomes, note));
  }

  private List<CallOutcome> execute(Step step) throws Exception {
    Instant now = world.clock().instant();
    if (step instanceof Step.Launch) {
      launch++;
      device.launch(factory);
    } else if (step instanceof Step.Terminate) {
      device.terminate();
    } else if (step instanceof Step.Background) {
      device.background();
    } else if (step instanceof Step.Foreground) {
      device.foreground();
    } else if (step instanceof Step.Wait w) {
      device.passTime(now.plus(w.duration()));
    } else if (step instanceof Step.S3Call || step instanceof Step.CallerIdentity) {
      return List.of(calls.call(appCall(step)));
    } else if (step instanceof Step.Parallel p) {
      return calls.burst(appCall(p.call()), p.count());
    } else if (step instanceof Step.Skew s) {
      device.deviceClock().setSkew(s.offset());
    } else if (step instanceof Step.Latency l) {
      world.latency(l.delay());
    } else if (step instanceof Step.Fault f) {
      world.faults().inject(FaultTarget.valueOf(f.target().name()),
          FaultKind.valueOf(f.kind().name()), now.plus(f.duration()));
    } else if (step instanceof Step.WipeKeychain) {
      device.mapKeychain().wipe();
    } else {
      throw new IllegalStateException("no executor for step " + step.describe());
    }
    return List.of();
  }

  static AppCall appCall(Step step) {
    if (step instanceof Step.CallerIdentity c) {
      return new AppCall("GetCallerIdentity", null, null, c.client(), 0);
    }
    Step.S3Call c = (Step.S3Call) step;
    return new AppCall(operation(c.op()), c.bucket(), c.key(), c.client(), c.size());
  }

  static String operation(S3Op op) {
    return switch (op) {
      case GET -> "GetObject";
      case PUT -> "PutObject";
      case HEAD -> "HeadObject";
      case DELETE -> "DeleteObject";
      case LIST -> "ListObjectsV2";
    };
  }

  static String kind(Step step) {
    if (step instanceof Step.S3Call c) {
      return c.op().name().toLowerCase(Locale.ROOT);
    }
    String simple = step.getClass().getSimpleName();
    return simple.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
