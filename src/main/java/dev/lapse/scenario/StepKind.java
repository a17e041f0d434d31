package dev.lapse.scenario;

import dev.lapse.vocabulary.Keyword;
import dev.lapse.vocabulary.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every step kind by its keyword, in the order error messages and the README list them, with
 * an example for "needs a value" messages and its file syntax. A record's
 * {@link Step#kind()} names its row; {@code StepKindsCoverageTest} proves every record has one
 * that reads, writes and round-trips.
 */
public enum StepKind implements Keyword {
  LAUNCH("launch", "launch", StepSyntax.bare(Step.Launch::new)),
  TERMINATE("terminate", "terminate", StepSyntax.bare(Step.Terminate::new)),
  BACKGROUND("background", "background", StepSyntax.bare(Step.Background::new)),
  FOREGROUND("foreground", "foreground", StepSyntax.bare(Step.Foreground::new)),
  WAIT("wait", "wait: 3h", StepSyntax.duration(Step.Wait.class, Step.Wait::new,
      Step.Wait::duration)),
  GET("get", "get: photos/cat.jpg", Operation.GET_OBJECT),
  PUT("put", "put: photos/cat.jpg", Operation.PUT_OBJECT),
  HEAD("head", "head: photos/cat.jpg", Operation.HEAD_OBJECT),
  DELETE("delete", "delete: photos/cat.jpg", Operation.DELETE_OBJECT),
  LIST("list", "list: photos", Operation.LIST_OBJECTS_V2),
  CALLER_IDENTITY("caller-identity", "caller-identity", CallSyntax.callerIdentity()),
  PARALLEL("parallel", "parallel: {count: 16, get: photos/cat.jpg}", StepSyntax.parallel()),
  SKEW("skew", "skew: -10m", StepSyntax.duration(Step.Skew.class, Step.Skew::new,
      Step.Skew::offset)),
  LATENCY("latency", "latency: 2s", StepSyntax.duration(Step.Latency.class, Step.Latency::new,
      Step.Latency::delay)),
  FAULT("fault", "fault: {target: developer-backend, kind: down, for: 10m}",
      StepSyntax.fault()),
  NETWORK("network", "network: offline", StepSyntax.network()),
  WIPE_KEYCHAIN("wipe-keychain", "wipe-keychain", StepSyntax.bare(Step.WipeKeychain::new)),
  REPEAT("repeat", "repeat: {times: 3, steps: [wait: 20m]}", StepSyntax.repeat()),
  PRESIGN("presign", "presign: {get: photos/cat.jpg, expires: 7d, as: link}", LinkSyntax.presign()),
  FETCH("fetch", "fetch: link", LinkSyntax.fetch()),
  UPLOAD("upload", "upload: {to: photos/video.mp4, size: 64MiB, part-size: 8MiB, takes: 90m}",
      UploadSyntax.upload());

  private final String keyword;
  private final String example;
  private final StepSyntax syntax;
  private final Operation s3Operation;

  StepKind(String keyword, String example, StepSyntax syntax) {
    this(keyword, example, syntax, null);
  }

  /** An S3 call: the app makes {@code operation} through its S3 client. */
  StepKind(String keyword, String example, Operation operation) {
    this(keyword, example, CallSyntax.s3(operation), operation);
  }

  StepKind(String keyword, String example, StepSyntax syntax, Operation s3Operation) {
    this.keyword = keyword;
    this.example = example;
    this.syntax = syntax;
    this.s3Operation = s3Operation;
  }

  @Override
  public String keyword() {
    return keyword;
  }

  /** A one-line example of the keyword with its value, e.g. {@code wait: 3h}. */
  public String example() {
    return example;
  }

  /** Whether it is a call the app makes, which a parallel step may run. */
  public boolean isCall() {
    return s3Operation != null || this == CALLER_IDENTITY;
  }

  StepSyntax syntax() {
    return syntax;
  }

  /** The kinds of the S3 calls a scenario can make, and the operation each makes. */
  public static List<StepKind> s3Kinds() {
    return Arrays.stream(values()).filter(k -> k.s3Operation != null).toList();
  }

  /** The S3 object operations a scenario's calls can make. */
  public static List<Operation> s3Operations() {
    return s3Kinds().stream().map(k -> k.s3Operation).toList();
  }

  /** The operation an S3 call kind makes; empty for other kinds. */
  public Optional<Operation> s3Operation() {
    return Optional.ofNullable(s3Operation);
  }

  /** The kind of the S3 call that makes {@code operation}. */
  static StepKind ofS3(Operation operation) {
    for (StepKind kind : values()) {
      if (kind.s3Operation == operation) {
        return kind;
      }
    }
    throw new IllegalArgumentException("a scenario cannot call " + operation
        + "; expected one of: " + Messages.list(s3Operations().stream()
            .map(Operation::awsName).toList()));
  }

  public static Optional<StepKind> fromKeyword(String keyword) {
    return Keyword.find(StepKind.class, keyword);
  }

  /** Every keyword, in the order error messages list them. */
  public static List<String> keywords() {
    return Keyword.all(StepKind.class);
  }

  /** The keywords of calls, which are also what a parallel step may run. */
  static List<String> callKeywords() {
    return Arrays.stream(values()).filter(StepKind::isCall).map(StepKind::keyword).toList();
  }
}
