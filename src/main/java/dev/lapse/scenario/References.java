package dev.lapse.scenario;

import dev.lapse.vocabulary.WorldSpec;
import dev.lapse.vocabulary.Operation;
import java.util.Collection;

/**
 * The cross-references of a scenario: steps may only name buckets the world declares and
 * clients the device declares. The reader, the builder and {@link Scenario} itself all check
 * through here, so they agree on the rules and on the wording of the errors.
 */
final class References {
  private final WorldSpec world;
  private final DeviceSpec device;
  /** Link names made so far, in step order: a fetch may only open one made before it. */
  private final java.util.Set<String> links = new java.util.LinkedHashSet<>();

  /** {@code device} must already hold its {@code default} client. */
  References(WorldSpec world, DeviceSpec device) {
    this.world = world;
    this.device = device;
  }

  /** Splits {@code bucket/key} at the first slash and checks the bucket is declared. */
  Step.S3Call s3(Operation op, String target, String client, long size) {
    int slash = target.indexOf('/');
    String bucket = slash < 0 ? target : target.substring(0, slash);
    String key = slash < 0 ? null : target.substring(slash + 1);
    if (op != Operation.LIST_OBJECTS_V2 && (key == null || key.isEmpty())) {
      throw new IllegalArgumentException(StepKind.ofS3(op).keyword() + " needs an object key: found "
          + Messages.quote(target) + ", expected bucket/key such as photos/cat.jpg");
    }
    requireBucket(bucket);
    String resolved = client == null ? clientFor(bucket) : requireClient(client);
    return new Step.S3Call(op, bucket, key, resolved, size);
  }

  String requireBucket(String bucket) {
    String region = world.buckets().get(bucket);
    if (region == null) {
      throw new IllegalArgumentException("unknown bucket '" + bucket + "'; "
          + (world.buckets().isEmpty()
              ? "no buckets are declared: add it under world: buckets:"
              : "expected one of: " + Messages.list(world.buckets().keySet())));
    }
    return region;
  }

  String requireClient(String client) {
    if (!device.clients().containsKey(client)) {
      throw new IllegalArgumentException("unknown client '" + client + "'; expected one of: "
          + Messages.list(device.clients().keySet()));
    }
    return client;
  }

  /** The first client in the bucket's region, else {@code default}: what the app would pick. */
  String clientFor(String bucket) {
    String region = requireBucket(bucket);
    return device.clients().entrySet().stream()
        .filter(client -> client.getValue().equals(region))
        .map(java.util.Map.Entry::getKey)
        .findFirst()
        .orElse(DeviceSpec.DEFAULT_CLIENT);
  }

  /** Remembers the links a step makes, so later steps may fetch them. */
  <S extends Step> S defineLink(S step) {
    links.addAll(step.definedLinks());
    return step;
  }

  /** A link an earlier presign step made. */
  String requireLink(String link) {
    if (!links.contains(link)) {
      throw new IllegalArgumentException("unknown link '" + link + "'; " + (links.isEmpty()
          ? "no earlier step makes a link: add 'presign: {get: photos/cat.jpg, expires: 10m,"
              + " as: " + link + "}' before it"
          : "expected one made by an earlier presign step, one of: " + Messages.list(links)));
    }
    return link;
  }

  /**
   * Checks every bucket, client and link a step (or the steps nested in it) names. Called in
   * step order, so a link must be made before it is fetched.
   */
  void check(Step step) {
    step.namedBuckets().forEach(this::requireBucket);
    step.namedClients().forEach(this::requireClient);
    step.namedLinks().forEach(this::requireLink);
    defineLink(step);
    checkAll(step.nested());
  }

  void checkAll(Collection<Step> steps) {
    steps.forEach(this::check);
  }
}
