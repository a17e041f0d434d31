package dev.lapse.scenario;

import dev.lapse.vocabulary.Durations;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.vocabulary.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One thing the app (or the world around it) does in a scenario. Every step validates itself
 * on construction, so a step that exists is one the runner can execute.
 *
 * <p>A step kind is defined in three places the compiler ties together: its record here (what
 * it holds, its lifecycle event, what the shrinker may lower), its row in {@link StepKind} (its
 * keyword and file syntax), and its method in {@link Visitor} (how the runner executes it).
 * Adding a record without the other two does not compile.
 */
public sealed interface Step {
  /** A short human text such as {@code get photos/cat.jpg} or {@code wait 3h}. */
  String describe();

  /** The step's keyword in scenario files, and the kind reports and checks ask about. */
  StepKind kind();

  /** Calls the visitor's method for this kind: the compiler keeps every visitor complete. */
  <R> R accept(Visitor<R> visitor);

  /** How the step moves the app through its life; most steps do not. */
  default Lifecycle.Event lifecycleEvent() {
    return Lifecycle.Event.NONE;
  }

  /** Whether the step calls the app, which must then be running in the foreground. */
  default boolean callsTheApp() {
    return false;
  }

  /** The buckets this step itself names (not those of nested steps), for reference checks. */
  default List<String> namedBuckets() {
    return List.of();
  }

  /** The device clients this step itself names. */
  default List<String> namedClients() {
    return List.of();
  }

  /** The calls of this step (not nested ones) on objects that must exist before the app starts. */
  default List<S3Call> needsExistingObjects() {
    return List.of();
  }

  /** The presigned-link names this step makes (a presign's {@code as}). */
  default List<String> definedLinks() {
    return List.of();
  }

  /** The presigned-link names this step uses, which an earlier step must have made. */
  default List<String> namedLinks() {
    return List.of();
  }

  /**
   * Steps this one runs once expanded: 1; a parallel's count (each call is a step's worth of
   * work, and a thread); a repeat's rounds times its body. Saturates at {@code Long.MAX_VALUE}.
   */
  default long expandedSteps() {
    return 1;
  }

  /** Virtual time this step moves the clock by, every round counted: a wait, an upload. */
  default Duration clockAdvance() {
    return Duration.ZERO;
  }

  /** Steps held inside this one (a parallel's call, a repeat's body). */
  default List<Step> nested() {
    return List.of();
  }

  /** The lasting condition this step starts or ends (skew, latency, a fault), if any. */
  default Optional<Condition> condition() {
    return Optional.empty();
  }

  /** Values the fuzzer's shrinker may lower, each with how to rebuild the step. */
  default List<Lowering> lowerings() {
    return List.of();
  }

  /** Simpler steps that may stand in for this one (a burst's single call). */
  default List<Step> simplerForms() {
    return List.of();
  }

  /** This step and the next as one, when they can be (two waits), for the shrinker. */
  default Optional<Step> mergedWith(Step next) {
    return Optional.empty();
  }

  /** One method per step kind; an implementation that misses a kind does not compile. */
  interface Visitor<R> {
    R launch(Launch step);

    R terminate(Terminate step);

    R background(Background step);

    R foreground(Foreground step);

    R waitFor(Wait step);

    R s3(S3Call step);

    R callerIdentity(CallerIdentity step);

    R upload(Upload step);

    R parallel(Parallel step);

    R skew(Skew step);

    R latency(Latency step);

    R fault(Fault step);

    R network(Network step);

    R wipeKeychain(WipeKeychain step);

    R repeat(Repeat step);

    R presign(Presign step);

    R fetch(Fetch step);
  }

  /** The app process starts (cold launch): providers and clients are built afresh. */
  record Launch() implements Step {
    public String describe() {
      return "launch";
    }

    public StepKind kind() {
      return StepKind.LAUNCH;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.launch(this);
    }

    public Lifecycle.Event lifecycleEvent() {
      return Lifecycle.Event.LAUNCH;
    }
  }

  /** The app process dies; only the keychain survives. */
  record Terminate() implements Step {
    public String describe() {
      return "terminate";
    }

    public StepKind kind() {
      return StepKind.TERMINATE;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.terminate(this);
    }

    public Lifecycle.Event lifecycleEvent() {
      return Lifecycle.Event.TERMINATE;
    }
  }

  /** The app is suspended: no scheduled task runs until it comes back. */
  record Background() implements Step {
    public String describe() {
      return "background";
    }

    public StepKind kind() {
      return StepKind.BACKGROUND;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.background(this);
    }

    public Lifecycle.Event lifecycleEvent() {
      return Lifecycle.Event.BACKGROUND;
    }
  }

  /** The app comes back from the background; the tasks that fell due run now. */
  record Foreground() implements Step {
    public String describe() {
      return "foreground";
    }

    public StepKind kind() {
      return StepKind.FOREGROUND;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.foreground(this);
    }

    public Lifecycle.Event lifecycleEvent() {
      return Lifecycle.Event.FOREGROUND;
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

    @Override
    public Duration clockAdvance() {
      return duration;
    }

    public StepKind kind() {
      return StepKind.WAIT;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.waitFor(this);
    }

    public List<Lowering> lowerings() {
      return List.of(Lowering.seconds(duration, Duration.ZERO, Wait::new));
    }

    public Optional<Step> mergedWith(Step next) {
      return next instanceof Wait other
          ? Optional.of(new Wait(duration.plus(other.duration))) : Optional.empty();
    }
  }

  /**
   * One S3 request.
   *
   * @param operation one of the object operations in {@link StepKind#s3Operations()}
   * @param key the object key; for a listing a prefix, or null to list everything
   * @param client the name of the device's client that makes the call, already resolved
   * @param size bytes uploaded by a put; other operations carry {@link #DEFAULT_SIZE}
   */
  record S3Call(Operation operation, String bucket, String key, String client, long size)
      implements Step {
    public static final long DEFAULT_SIZE = 1024;

    public S3Call {
      StepKind kind = StepKind.ofS3(Validate.present(operation, "S3 operation"));
      Validate.name(bucket, "bucket");
      Validate.name(client, "client");
      boolean list = operation == Operation.LIST_OBJECTS_V2;
      if (list && key != null && key.isEmpty()) {
        key = null; // "photos/" and "photos" list the same objects
      }
      if (!list && (key == null || key.isEmpty())) {
        throw new IllegalArgumentException(kind.keyword()
            + " needs an object key: expected bucket/key such as photos/cat.jpg");
      }
      boolean put = operation == Operation.PUT_OBJECT;
      if (size < 0 || (!put && size != DEFAULT_SIZE)) {
        throw new IllegalArgumentException(put
            ? "put size must not be negative, found " + size
            : "size applies only to put, not to " + kind.keyword());
      }
      ScenarioLimits.objectSize(size);
    }

    public S3Call(Operation operation, String bucket, String key, String client) {
      this(operation, bucket, key, client, DEFAULT_SIZE);
    }

    /** {@code bucket/key}, or just {@code bucket} for a list without prefix. */
    public String target() {
      return key == null ? bucket : bucket + "/" + key;
    }

    public String describe() {
      return kind().keyword() + " " + target();
    }

    public StepKind kind() {
      return StepKind.ofS3(operation);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.s3(this);
    }

    public List<String> namedBuckets() {
      return List.of(bucket);
    }

    /** A get, head or delete names an object the world holds from the start. */
    public List<S3Call> needsExistingObjects() {
      boolean reads = operation == Operation.GET_OBJECT || operation == Operation.HEAD_OBJECT
          || operation == Operation.DELETE_OBJECT;
      return reads ? List.of(this) : List.of();
    }

    public List<String> namedClients() {
      return List.of(client);
    }

    public boolean callsTheApp() {
      return true;
    }
  }

  /**
   * A multipart upload through the SDK's S3 Transfer Manager, its parts spread evenly over
   * virtual time: before each part after the first the clock moves {@code takes / parts}, with
   * scheduled tasks running as in a wait, and the last share passes after the last part. The
   * credentials can so expire mid-upload; a provider must refresh between parts.
   *
   * @param size     bytes uploaded (Lapse's deterministic payload), 1 byte to 1 GiB
   * @param partSize bytes per part, 5 MiB (S3's least but the last) to 64 MiB
   * @param takes    how long the whole upload takes in virtual time
   * @param client   the device client whose provider signs the parts, already resolved
   */
  record Upload(String bucket, String key, long size, long partSize, Duration takes,
      String client) implements Step {
    public static final long MIN_PART_SIZE = 5L << 20;
    public static final long MAX_PART_SIZE = ScenarioLimits.MAX_OBJECT_BYTES;
    public static final long MAX_SIZE = 1L << 30;

    public Upload {
      Validate.name(bucket, "bucket");
      Validate.name(client, "client");
      if (key == null || key.isEmpty()) {
        throw new IllegalArgumentException("upload needs an object key: expected 'to: bucket/key'"
            + " such as photos/video.mp4");
      }
      if (size < 1 || size > MAX_SIZE) {
        throw new IllegalArgumentException("upload size must be 1 byte to 1GiB, found "
            + dev.lapse.vocabulary.ByteSizes.format(size));
      }
      if (partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) {
        throw new IllegalArgumentException("upload part-size must be 5MiB (S3's smallest part) "
            + "to 64MiB (the fake S3's request limit), found "
            + dev.lapse.vocabulary.ByteSizes.format(partSize));
      }
      Validate.notNegative(takes, "upload takes");
      ScenarioLimits.duration(takes, "upload takes");
    }

    /** The clock moves by {@code takes} in shares between the parts (and after the last). */
    @Override
    public Duration clockAdvance() {
      return takes;
    }

    /** How many parts the upload sends: one for a size up to the part size. */
    public int parts() {
      return (int) ((size + partSize - 1) / partSize);
    }

    public String target() {
      return bucket + "/" + key;
    }

    public String describe() {
      return "upload " + target() + " (" + dev.lapse.vocabulary.ByteSizes.format(size) + " in "
          + parts() + (parts() == 1 ? " part" : " parts") + " over "
          + Durations.format(takes) + ")";
    }

    public StepKind kind() {
      return StepKind.UPLOAD;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.upload(this);
    }

    public List<String> namedBuckets() {
      return List.of(bucket);
    }

    public List<String> namedClients() {
      return List.of(client);
    }

    public boolean callsTheApp() {
      return true;
    }

    public List<Lowering> lowerings() {
      return List.of(Lowering.seconds(takes, Duration.ZERO,
          d -> new Upload(bucket, key, size, partSize, d, client)));
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

    public StepKind kind() {
      return StepKind.CALLER_IDENTITY;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.callerIdentity(this);
    }

    public List<String> namedClients() {
      return List.of(client);
    }

    public boolean callsTheApp() {
      return true;
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
      if (!call.kind().isCall()) {
        throw new IllegalArgumentException("parallel runs an S3 call or caller-identity, not '"
            + call.describe() + "'");
      }
    }

    public String describe() {
      return "parallel " + count + " x " + call.describe();
    }

    /** Each call counts: a burst in a repeat of 99,999 once passed as one step a round. */
    @Override
    public long expandedSteps() {
      return ScenarioLimits.times(call.expandedSteps(), count);
    }

    public StepKind kind() {
      return StepKind.PARALLEL;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.parallel(this);
    }

    public boolean callsTheApp() {
      return true;
    }

    public List<Step> nested() {
      return List.of(call);
    }

    public List<Step> simplerForms() {
      return List.of(call);
    }

    /** From 2 up: a burst of one is what {@link #simplerForms()} already offers. */
    public List<Lowering> lowerings() {
      return List.of(Lowering.count(count, 2, n -> new Parallel((int) n, call)));
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

    public StepKind kind() {
      return StepKind.SKEW;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.skew(this);
    }

    public Optional<Condition> condition() {
      if (offset.isZero()) {
        return Optional.of(Condition.ends("skew"));
      }
      String sign = offset.isNegative() ? "" : "+";
      String dir = offset.isNegative() ? "behind" : "ahead";
      return Optional.of(Condition.untilChanged("skew", "clock " + sign
          + Durations.format(offset), "device clock " + Durations.format(offset.abs()) + " "
          + dir + " of true time"));
    }

    public List<Lowering> lowerings() {
      boolean behind = offset.isNegative();
      return List.of(Lowering.seconds(offset.abs(), Duration.ofSeconds(1),
          d -> new Skew(behind ? d.negated() : d)));
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

    public StepKind kind() {
      return StepKind.LATENCY;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.latency(this);
    }

    public Optional<Condition> condition() {
      return Optional.of(delay.isZero() ? Condition.ends("latency")
          : Condition.untilChanged("latency", "latency " + Durations.format(delay),
              "every request takes " + Durations.format(delay) + " to be judged"));
    }

    public List<Lowering> lowerings() {
      return List.of(Lowering.seconds(delay, Duration.ZERO, Latency::new));
    }
  }

  /** A service misbehaves from now for {@code duration} of virtual time. */
  record Fault(FaultTarget target, FaultKind faultKind, Duration duration) implements Step {
    public Fault {
      Validate.present(target, "fault target");
      Validate.present(faultKind, "fault kind");
      Validate.positive(duration, "fault duration");
      if (!faultKind.appliesTo(target)) {
        throw new IllegalArgumentException(faultKind.refusal(target));
      }
    }

    public String describe() {
      return "fault " + target.keyword() + " " + faultKind.keyword()
          + " for " + Durations.format(duration);
    }

    public StepKind kind() {
      return StepKind.FAULT;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.fault(this);
    }

    public Optional<Condition> condition() {
      String what = target.keyword() + " " + faultKind.keyword();
      return Optional.of(Condition.lasting("fault " + target.keyword(), "fault " + what,
          "injected fault: " + what, duration));
    }

    public List<Lowering> lowerings() {
      return List.of(Lowering.seconds(duration, Duration.ofSeconds(1),
          d -> new Fault(target, faultKind, d)));
    }
  }

  /**
   * The device loses its network ({@code online} false) or gets it back: while offline, every
   * request from the app and from the provider fails to connect.
   */
  record Network(boolean online) implements Step {
    public static final Network OFFLINE = new Network(false);
    public static final Network ONLINE = new Network(true);

    public String describe() {
      return "network " + word();
    }

    /** {@code online} or {@code offline}, as files spell it. */
    public String word() {
      return online ? "online" : "offline";
    }

    public StepKind kind() {
      return StepKind.NETWORK;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.network(this);
    }

    public Optional<Condition> condition() {
      return Optional.of(online ? Condition.ends("network") : Condition.untilChanged("network",
          "offline", "the device is offline: every request fails to connect"));
    }
  }

  /** The keychain is emptied, as after a reinstall or a device restore. */
  record WipeKeychain() implements Step {
    public String describe() {
      return "wipe-keychain";
    }

    public StepKind kind() {
      return StepKind.WIPE_KEYCHAIN;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.wipeKeychain(this);
    }
  }

  /** The body runs {@code times} times; its steps are numbered {@code 7.2.1}. */
  record Repeat(int times, List<Step> steps) implements Step {
    public Repeat {
      if (times < 1) {
        throw new IllegalArgumentException("repeat times must be at least 1, found " + times);
      }
      steps = List.copyOf(Objects.requireNonNull(steps, "repeat steps"));
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("repeat needs at least one step");
      }
      // Its size is checked where the whole nest is known, at the outermost repeat (the
      // reader, Scenario): checked here, a nest of repeats was refused at whichever inner one
      // first crossed the limit, with a count that was not the nest's.
    }

    /** Steps this repeat runs, all rounds and nested repeats expanded. */
    @Override
    public long expandedSteps() {
      return ScenarioLimits.times(ScenarioLimits.expanded(steps), times);
    }

    /** Every round's waits and uploads. */
    @Override
    public Duration clockAdvance() {
      return ScenarioLimits.times(ScenarioLimits.clockAdvance(steps), times);
    }

    public String describe() {
      return "repeat " + times + " x ["
          + steps.stream().map(Step::describe).collect(Collectors.joining(", ")) + "]";
    }

    public StepKind kind() {
      return StepKind.REPEAT;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.repeat(this);
    }

    public List<Step> nested() {
      return steps;
    }
  }

  /**
   * The app presigns a URL for one object with its current credentials, as an app hands a
   * link to a browser, a web view or another user, and remembers it under {@code link}.
   *
   * @param operation GetObject, PutObject or HeadObject
   * @param lifetime  the link's X-Amz-Expires: from 1 second up to S3's limit of 7 days
   * @param link      the name a later {@code fetch} opens it by
   * @param client    the device client whose region and credentials sign it, already resolved
   */
  record Presign(Operation operation, String bucket, String key, Duration lifetime, String link,
      String client) implements Step {
    /** What S3 accepts as X-Amz-Expires (604800 seconds). */
    public static final Duration LONGEST = Duration.ofDays(7);
    /** The operations a link can be made for, in the order files spell them. */
    public static final List<Operation> OPERATIONS = List.of(Operation.GET_OBJECT,
        Operation.PUT_OBJECT, Operation.HEAD_OBJECT);

    public Presign {
      Validate.present(operation, "presign operation");
      if (!OPERATIONS.contains(operation)) {
        throw new IllegalArgumentException("presign makes links for get, put or head, not "
            + operation.awsName());
      }
      Validate.name(bucket, "bucket");
      if (key == null || key.isEmpty()) {
        throw new IllegalArgumentException(
            "presign needs an object key: expected bucket/key such as photos/cat.jpg");
      }
      checkLifetime(lifetime);
      Validate.name(link, "link");
      Validate.name(client, "client");
    }

    /** A link's lifetime: positive and at most {@link #LONGEST}. */
    public static Duration checkLifetime(Duration lifetime) {
      Validate.positive(lifetime, "presign expires");
      if (lifetime.compareTo(LONGEST) > 0) {
        throw new IllegalArgumentException("presign expires must be at most 7d (S3 refuses a"
            + " presigned URL that lives longer), found " + Durations.format(lifetime));
      }
      return lifetime;
    }

    /** {@code get}, {@code put} or {@code head}: the operation as files spell it. */
    public String verb() {
      return StepKind.ofS3(operation).keyword();
    }

    public String target() {
      return bucket + "/" + key;
    }

    public String describe() {
      return "presign " + verb() + " " + target() + " for " + Durations.format(lifetime)
          + " as " + link;
    }

    public StepKind kind() {
      return StepKind.PRESIGN;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.presign(this);
    }

    public boolean callsTheApp() {
      return true;
    }

    public List<String> namedBuckets() {
      return List.of(bucket);
    }

    public List<String> namedClients() {
      return List.of(client);
    }

    public List<String> definedLinks() {
      return List.of(link);
    }

    /** A link to read an object names one the world holds from the start. */
    public List<S3Call> needsExistingObjects() {
      return operation == Operation.PUT_OBJECT ? List.of()
          : List.of(new S3Call(operation, bucket, key, client));
    }
  }

  /**
   * Someone opens a link a presign step made, with a plain HTTP client and no credentials of
   * their own: whether it still works is up to the credentials that signed it.
   */
  record Fetch(String link) implements Step {
    public Fetch {
      Validate.name(link, "link");
    }

    public String describe() {
      return "fetch " + link;
    }

    public StepKind kind() {
      return StepKind.FETCH;
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.fetch(this);
    }

    public List<String> namedLinks() {
      return List.of(link);
    }
  }
}
