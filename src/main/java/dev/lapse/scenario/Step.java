package dev.lapse.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One thing the app (or the world around it) does in a scenario. Every step validates itself
 * on construction, so a step that exists is one the runner can execute.
 */
public sealed interface Step {
  /** A short human text such as {@code get photos/cat.jpg} or {@code wait 3h}. */
  String describe();

  /** The app process starts (cold launch): providers and clients are built afresh. */
  record Launch() implements Step {
    public String describe() {
      return "launch";
    }
  }

  /** The app process dies; only the keychain survives. */
  record Terminate() implements Step {
    public String describe() {
      return "terminate";
    }
  }

  record Background() implements Step {
    public String describe() {
      return "background";
    }
  }

  record Foreground() implements Step {
    public String describe() {
      return "foreground";
    }
  }

  /** Virtual time passes. */
  record Wait(Duration duration) implements Step {
    public Wait {
      Validate.notNegative(duration, "wait");
      ScenarioLimits.duration(duration, "wait");
    }

    public String describe() {
      return "wait " + Durations.format(duration);
    }
  }

  /**
   * One S3 request.
   *
   * @param key the object key; for {@link S3Op#LIST} a prefix, or null to list everything
   * @param client the name of the device's client that makes the call, already resolved
   * @param size bytes uploaded by a put; other operations carry {@link #DEFAULT_SIZE}
   */
  record S3Call(S3Op op, String bucket, String key, String client, long size) implements Step {
    public static final long DEFAULT_SIZE = 1024;

    public S3Call {
      Validate.present(op, "S3 operation");
      Validate.name(bucket, "bucket");
      Validate.name(client, "client");
      if (op == S3Op.LIST && key != null && key.isEmpty()) {
        key = null; // "photos/" and "photos" list the same objects
      }
      if (op != S3Op.LIST && (key == null || key.isEmpty())) {
        throw new IllegalArgumentException(
            op.yamlName() + " needs an object key: expected bucket/key such as photos/cat.jpg");
      }
      if (size < 0 || (op != S3Op.PUT && size != DEFAULT_SIZE)) {
        throw new IllegalArgumentException(op == S3Op.PUT
            ? "put size must not be negative, found " + size
            : "size applies only to put, not to " + op.yamlName());
      }
      ScenarioLimits.objectSize(size);
    }

    public S3Call(S3Op op, String bucket, String key, String client) {
      this(op, bucket, key, client, DEFAULT_SIZE);
    }

    /** {@code bucket/key}, or just {@code bucket} for a list without prefix. */
    public String target() {
      return key == null ? bucket : bucket + "/" + key;
    }

    public String describe() {
      return op.yamlName() + " " + target();
    }
  }

  /** STS GetCallerIdentity through the named client: proves who the credentials belong to. */
  record CallerIdentity(String client) implements Step {
    public CallerIdentity {
      Validate.name(client, "client");
    }

    public String describe() {
      return DeviceSpec.DEFAULT_CLIENT.equals(client)
          ? "caller-identity" : "caller-identity via " + client;
    }
  }

  /** The same call made by {@code count} threads at once: the single-flight test. */
  record Parallel(int count, Step call) implements Step {
    public Parallel {
      if (count < 1) {
        throw new IllegalArgumentException("parallel count must be at least 1, found " + count);
      }
      ScenarioLimits.parallel(count);
      Validate.present(call, "parallel call");
      if (!(call instanceof S3Call || call instanceof CallerIdentity)) {
        throw new IllegalArgumentException("parallel runs an S3 call or caller-identity, not '"
            + call.describe() + "'");
      }
    }

    public String describe() {
      return "parallel " + count + " x " + call.describe();
    }
  }

  /** Moves the device clock against true (virtual) time; negative means the phone is behind. */
  record Skew(Duration offset) implements Step {
    public Skew {
      Validate.present(offset, "skew");
    }

    public String describe() {
      return "skew " + (offset.isNegative() ? "" : "+") + Durations.format(offset);
    }
  }

  /** From now on, every request to the fake AWS takes this long on the virtual clock. */
  record Latency(Duration delay) implements Step {
    public Latency {
      Validate.notNegative(delay, "latency");
    }

    public String describe() {
      return "latency " + Durations.format(delay);
    }
  }

  /** A service misbehaves from now for {@code duration} of virtual time. */
  record Fault(FaultTarget target, FaultKind kind, Duration duration) implements Step {
    public Fault {
      Validate.present(target, "fault target");
      Validate.present(kind, "fault kind");
      Validate.positive(duration, "fault duration");
    }

    public String describe() {
      return "fault " + target.yamlName() + " " + kind.yamlName()
          + " for " + Durations.format(duration);
    }
  }

  /** The keychain is emptied, as after a reinstall or a device restore. */
  record WipeKeychain() implements Step {
    public String describe() {
      return "wipe-keychain";
    }
  }

  record Repeat(int times, List<Step> steps) implements Step {
    public Repeat {
      if (times < 1) {
        throw new IllegalArgumentException("repeat times must be at least 1, found " + times);
      }
      steps = List.copyOf(Objects.requireNonNull(steps, "repeat steps"));
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("repeat needs at least one step");
      }
      ScenarioLimits.checkExpanded((long) times * ScenarioLimits.expanded(steps),
          "repeat " + times + " x " + steps.size() + " steps would");
    }

    /** Steps this repeat runs, all rounds expanded (capped just above the limit). */
    public long expandedSteps() {
      return Math.min(ScenarioLimits.MAX_EXPANDED_STEPS + 1,
          (long) times * ScenarioLimits.expanded(steps));
    }

    public String describe() {
      return "repeat " + times + " x ["
          + steps.stream().map(Step::describe).collect(Collectors.joining(", ")) + "]";
    }
  }
}
