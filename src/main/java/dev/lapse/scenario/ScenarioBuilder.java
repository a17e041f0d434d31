package dev.lapse.scenario;

import dev.lapse.vocabulary.WorldSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a scenario in Java, reading as a sentence:
 * <pre>{@code
 * Scenario.builder("relaunch")
 *     .bucket("photos", "eu-west-1").client("photos", "eu-west-1")
 *     .launch().get("photos/cat.jpg").terminate().waitFor(Duration.ofHours(3))
 *     .launch().get("photos/cat.jpg")
 *     .expect(CheckName.NO_EXPIRED_TOKEN)
 *     .build();
 * }</pre>
 * Immutable like Awaitility: every method returns a new builder, so a half-built scenario can
 * be shared and extended in several directions. Defaults are those of a scenario file: Cognito
 * in us-east-1, login tokens for 15 minutes, credentials for 1 hour, no buckets, a
 * {@code default} client in the Cognito region, user alice, and the checks no-expired-token
 * and calls-succeed unless {@code expect} or {@code refreshBudget} is called.
 */
public final class ScenarioBuilder extends StepSequence<ScenarioBuilder> {
  private final String name;
  private final String about;
  private final WorldSpec world;
  private final DeviceSpec device;
  private final List<Expectation> expect; // null until the first expect call: the defaults

  private ScenarioBuilder(String name, String about, WorldSpec world, DeviceSpec device,
      List<Expectation> expect, List<StepDraft> drafts) {
    super(drafts);
    this.name = name;
    this.about = about;
    this.world = world;
    this.device = device;
    this.expect = expect;
  }

  static ScenarioBuilder named(String name) {
    return new ScenarioBuilder(name, "", WorldSpec.defaults(), DeviceSpec.defaults(), null,
        List.of());
  }

  @Override
  ScenarioBuilder withDrafts(List<StepDraft> drafts) {
    return new ScenarioBuilder(name, about, world, device, expect, drafts);
  }

  private ScenarioBuilder with(WorldSpec world, DeviceSpec device, List<Expectation> expect) {
    return new ScenarioBuilder(name, about, world, device, expect, drafts);
  }

  public ScenarioBuilder about(String about) {
    return new ScenarioBuilder(name, about, world, device, expect, drafts);
  }

  public ScenarioBuilder cognitoRegion(String region) {
    return with(world.withCognitoRegion(region), device, expect);
  }

  public ScenarioBuilder loginTokenTtl(Duration ttl) {
    return with(world.withLoginTokenTtl(ttl), device, expect);
  }

  public ScenarioBuilder credentialsTtl(Duration ttl) {
    return with(world.withCredentialsTtl(ttl), device, expect);
  }

  /** Declares a bucket; declaration order is kept. */
  public ScenarioBuilder bucket(String name, String region) {
    return with(world.withBucket(name, region), device, expect);
  }

  /**
   * Declares a bucket that refuses credentials of unauthenticated (guest) identities with
   * {@code AccessDenied} when {@code guests} is false (as a bucket policy allowing only the
   * pool's authenticated role would); {@link #bucket(String, String)} lets guests in.
   */
  public ScenarioBuilder bucket(String name, String region, boolean guests) {
    return with(world.withBucket(name, region, guests), device, expect);
  }

  /**
   * Declares an S3 client; declaration order decides which client an S3 call without an
   * explicit client goes through (the first in its bucket's region).
   */
  public ScenarioBuilder client(String name, String region) {
    return with(world, device.withClient(name, region), expect);
  }

  public ScenarioBuilder user(String user) {
    return with(world, device.withUser(user), expect);
  }

  /** Adds checks; the first call replaces the defaults, so {@code expect()} means none. */
  public ScenarioBuilder expect(CheckName... checks) {
    List<Expectation> more = new ArrayList<>(expect == null ? List.of() : expect);
    for (CheckName check : checks) {
      more.add(Expectation.of(check));
    }
    return with(world, device, more);
  }

  public ScenarioBuilder expect(Expectation expectation) {
    List<Expectation> more = new ArrayList<>(expect == null ? List.of() : expect);
    more.add(expectation);
    return with(world, device, more);
  }

  /** Expects at most {@code limit} credential refreshes over the whole scenario. */
  public ScenarioBuilder refreshBudget(int limit) {
    return expect(Expectation.refreshBudget(limit));
  }

  /** Expects {@code refresh-backoff}: after a failed fetch, no attempt sooner than {@code spacing}. */
  public ScenarioBuilder refreshBackoff(Duration spacing) {
    return expect(Expectation.refreshBackoff(spacing));
  }

  /**
   * @throws IllegalArgumentException naming the step and what is wrong, checked as the reader
   *     checks a file: a name, at least one step, declared buckets and clients, sane numbers
   */
  public Scenario build() {
    if (drafts.isEmpty()) {
      throw new IllegalArgumentException("scenario '" + name
          + "' has no steps; expected at least one, e.g. .launch()");
    }
    DeviceSpec withDefault = device.withDefaultClient(world.cognitoRegion());
    References refs = new References(world, withDefault);
    List<Step> steps = StepDraft.resolveAll(drafts, refs, "");
    return new Scenario(name, about, world, withDefault, steps, expect);
  }
}
