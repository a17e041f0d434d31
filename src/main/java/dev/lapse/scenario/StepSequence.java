package dev.lapse.scenario;

import dev.lapse.vocabulary.Operation;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The step methods shared by {@link ScenarioBuilder} and the {@link StepsBuilder} handed to
 * {@code repeat} and {@code parallel}. Every method returns a new value; none changes this one.
 * Mistakes (an unknown bucket, a negative wait) surface at {@code build()} naming the step.
 *
 * @param <B> the concrete builder, so chains keep their type
 */
public abstract sealed class StepSequence<B extends StepSequence<B>>
    permits ScenarioBuilder, StepsBuilder {
  final List<StepDraft> drafts;

  StepSequence(List<StepDraft> drafts) {
    this.drafts = List.copyOf(drafts);
  }

  abstract B withDrafts(List<StepDraft> drafts);

  private B add(StepDraft draft) {
    List<StepDraft> more = new ArrayList<>(drafts);
    more.add(draft);
    return withDrafts(more);
  }

  /** Adds a ready-made step as it is (its client, if any, is already chosen). */
  public B step(Step step) {
    Objects.requireNonNull(step, "step");
    return add((refs, number) -> {
      refs.check(step);
      return step;
    });
  }

  public B launch() {
    return step(new Step.Launch());
  }

  public B terminate() {
    return step(new Step.Terminate());
  }

  public B background() {
    return step(new Step.Background());
  }

  public B foreground() {
    return step(new Step.Foreground());
  }

  /** The device loses its network: every request fails to connect until {@link #online()}. */
  public B offline() {
    return step(Step.Network.OFFLINE);
  }

  public B online() {
    return step(Step.Network.ONLINE);
  }

  public B wipeKeychain() {
    return step(new Step.WipeKeychain());
  }

  /** Named waitFor because {@code wait} is taken by {@link Object#wait()}. */
  public B waitFor(Duration duration) {
    return add((refs, number) -> new Step.Wait(duration));
  }

  public B skew(Duration offset) {
    return add((refs, number) -> new Step.Skew(offset));
  }

  public B latency(Duration delay) {
    return add((refs, number) -> new Step.Latency(delay));
  }

  public B fault(FaultTarget target, FaultKind kind, Duration duration) {
    return add((refs, number) -> new Step.Fault(target, kind, duration));
  }

  /** @param object {@code bucket/key}; the client is the first in the bucket's region */
  public B get(String object) {
    return s3(Operation.GET_OBJECT, object, null, Step.S3Call.DEFAULT_SIZE);
  }

  public B get(String object, String client) {
    return s3(Operation.GET_OBJECT, object, client, Step.S3Call.DEFAULT_SIZE);
  }

  public B put(String object) {
    return s3(Operation.PUT_OBJECT, object, null, Step.S3Call.DEFAULT_SIZE);
  }

  public B put(String object, long size) {
    return s3(Operation.PUT_OBJECT, object, null, size);
  }

  public B put(String object, long size, String client) {
    return s3(Operation.PUT_OBJECT, object, client, size);
  }

  public B head(String object) {
    return s3(Operation.HEAD_OBJECT, object, null, Step.S3Call.DEFAULT_SIZE);
  }

  public B head(String object, String client) {
    return s3(Operation.HEAD_OBJECT, object, client, Step.S3Call.DEFAULT_SIZE);
  }

  public B delete(String object) {
    return s3(Operation.DELETE_OBJECT, object, null, Step.S3Call.DEFAULT_SIZE);
  }

  public B delete(String object, String client) {
    return s3(Operation.DELETE_OBJECT, object, client, Step.S3Call.DEFAULT_SIZE);
  }

  /** @param bucketOrPrefix {@code photos} or {@code photos/2024/} */
  public B list(String bucketOrPrefix) {
    return s3(Operation.LIST_OBJECTS_V2, bucketOrPrefix, null, Step.S3Call.DEFAULT_SIZE);
  }

  public B list(String bucketOrPrefix, String client) {
    return s3(Operation.LIST_OBJECTS_V2, bucketOrPrefix, client, Step.S3Call.DEFAULT_SIZE);
  }

  private B s3(Operation op, String object, String client, long size) {
    return add((refs, number) -> refs.s3(op,
        Validate.name(object, StepKind.ofS3(op).keyword() + " object"), client, size));
  }

  /**
   * {@code presign(Operation.GET_OBJECT, "photos/cat.jpg", ofMinutes(10), "link")}: the app
   * presigns a link with its current credentials (get, put or head; at most 7 days), named so
   * a later {@link #fetch} opens it; the client is the first in the bucket's region.
   */
  public B presign(Operation operation, String object, Duration expires, String as) {
    return add((refs, number) -> {
      Step.S3Call target = refs.s3(Step.Presign.OPERATIONS.contains(operation) ? operation
          : Operation.GET_OBJECT, Validate.name(object, "presign object"), null,
          Step.S3Call.DEFAULT_SIZE);
      return refs.defineLink(new Step.Presign(operation, target.bucket(), target.key(), expires,
          as, target.client()));
    });
  }

  /** Opens a link an earlier {@link #presign} made, with a plain HTTP client. */
  public B fetch(String link) {
    return add((refs, number) -> new Step.Fetch(refs.requireLink(link)));
  }

  /**
   * {@code upload("photos/video.mp4", 64L << 20, 8L << 20, ofMinutes(90))}: a multipart upload
   * through the SDK's Transfer Manager whose parts are spread over {@code takes} of virtual
   * time; the client is the first in the bucket's region.
   */
  public B upload(String object, long size, long partSize, Duration takes) {
    return add((refs, number) -> {
      Step.S3Call target = refs.s3(Operation.PUT_OBJECT,
          Validate.name(object, "upload object"), null, Step.S3Call.DEFAULT_SIZE);
      return new Step.Upload(target.bucket(), target.key(), size, partSize, takes,
          target.client());
    });
  }

  public B callerIdentity() {
    return callerIdentity(DeviceSpec.DEFAULT_CLIENT);
  }

  public B callerIdentity(String client) {
    return add((refs, number) -> new Step.CallerIdentity(refs.requireClient(client)));
  }

  /** {@code parallel(16, call -> call.get("photos/cat.jpg"))}: exactly one call. */
  public B parallel(int count, UnaryOperator<StepsBuilder> call) {
    List<StepDraft> body = call.apply(StepsBuilder.empty()).drafts;
    return add((refs, number) -> {
      if (body.size() != 1) {
        throw new IllegalArgumentException(
            "parallel needs exactly one call, found " + body.size() + " steps");
      }
      return new Step.Parallel(count, body.get(0).resolve(refs, number));
    });
  }

  public B parallel(int count, Step call) {
    return parallel(count, steps -> steps.step(call));
  }

  /** {@code repeat(3, body -> body.waitFor(ofMinutes(20)).get("photos/cat.jpg"))}. */
  public B repeat(int times, UnaryOperator<StepsBuilder> body) {
    List<StepDraft> steps = body.apply(StepsBuilder.empty()).drafts;
    return add((refs, number) ->
        new Step.Repeat(times, StepDraft.resolveAll(steps, refs, number + ".")));
  }
}
