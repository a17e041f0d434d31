package dev.lapse.junit;

import dev.lapse.internal.aws.Json;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.WorldInfo;
import dev.lapse.clock.VirtualClock;
import dev.lapse.clock.WallClock;
import dev.lapse.journal.JournalEntry;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.vocabulary.Durations;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * A running fake AWS on 127.0.0.1 for a test: what a client needs to reach it (one endpoint for
 * every service, the pool id, the developer keys, the buckets), control of its virtual clock,
 * and its journal. {@link LapseTest} injects one; {@link #start()} makes one by hand (close it).
 * Point every SDK client's {@code endpointOverride} at {@link #endpoint()} (S3 with
 * {@code forcePathStyle(true)}) and read time in the code under test from {@link #clock()}.
 */
public final class FakeAws implements AutoCloseable {
  private final World world;
  private final URI endpoint;
  private volatile boolean closed;

  private FakeAws(World world) {
    this.world = world;
    this.endpoint = world.endpoint();
  }

  /**
   * A fake AWS with the defaults of {@link LapseTest}: bucket lapse-photos in us-east-1, the
   * clock starting at the machine's time, no S3 skew check.
   */
  public static FakeAws start() {
    return new FakeAws(World.start(WorldConfig.defaults().withCheckSkew(false),
        new VirtualClock(WallClock.now())));
  }

  static FakeAws start(LapseTest s) {
    Map<String, String> buckets = new LinkedHashMap<>();
    for (String spec : s.buckets()) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new IllegalArgumentException("buckets expects NAME=REGION such as "
            + "photos=eu-west-1; found '" + spec + "'");
      }
      buckets.put(spec.substring(0, eq), spec.substring(eq + 1));
    }
    Instant start;
    try {
      start = s.start().isBlank() ? WallClock.now() : Instant.parse(s.start());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("start expects an ISO-8601 instant such as "
          + "2026-01-01T00:00:00Z; found '" + s.start() + "'", e);
    }
    WorldConfig config = WorldConfig.defaults().withCognitoRegion(s.cognitoRegion())
        .withLoginTokenTtl(Durations.parse(s.loginTokenTtl()))
        .withCredentialsTtl(Durations.parse(s.credentialsTtl()))
        .withBuckets(buckets).withCheckSkew(s.checkSkew());
    return new FakeAws(World.start(config, new VirtualClock(start)));
  }

  /** The base URL of every service: Cognito Identity, STS, S3 and the developer backend. */
  public URI endpoint() {
    return endpoint;
  }

  public URI cognitoEndpoint() {
    return endpoint;
  }

  public URI stsEndpoint() {
    return endpoint;
  }

  public URI s3Endpoint() {
    return endpoint;
  }

  /** {@code GET <developerBackend>?user=alice} answers {@code {"identityId","token"}}. */
  public URI developerBackend() {
    return URI.create(endpoint + "/developer/token");
  }

  /** The control endpoints of {@code lapse serve} ({@code /__lapse/clock}, ...). */
  public URI control() {
    return URI.create(endpoint + "/__lapse");
  }

  public String cognitoRegion() {
    return world.config().cognitoRegion();
  }

  public String identityPoolId() {
    return world.config().identityPoolId();
  }

  public String developerProviderName() {
    return WorldConfig.DEVELOPER_PROVIDER;
  }

  /** The developer credentials that sign GetOpenIdTokenForDeveloperIdentity. */
  public AwsBasicCredentials developerCredentials() {
    WorldInfo i = world.info();
    return AwsBasicCredentials.create(i.developerAccessKeyId(), i.developerSecretAccessKey());
  }

  public String authenticatedRoleArn() {
    return world.config().authenticatedRoleArn();
  }

  /** Bucket name to home region. */
  public Map<String, String> buckets() {
    return world.config().buckets();
  }

  /** The virtual clock every verdict reads; hand it to the code under test. */
  public VirtualClock clock() {
    return world.clock();
  }

  public Instant now() {
    return world.clock().instant();
  }

  /** Moves virtual time forward; returns the new now. */
  public Instant advance(Duration by) {
    return world.clock().advance(by);
  }

  /** Every request from now on is judged this much virtual time after it arrives. */
  public void latency(Duration latency) {
    world.latency(latency);
  }

  /**
   * Breaks {@code target} from now for {@code lasting} of virtual time, as a scenario's
   * {@code fault} step does: {@code DOWN} resets connections, {@code SLOW} judges requests the
   * world's slow delay later, {@code ERROR} and {@code THROTTLE} answer with the service's own
   * error.
   */
  public void fault(FaultTarget target, FaultKind kind, Duration lasting) {
    world.inject(target, kind, world.clock().instant().plus(lasting));
  }

  /** Puts an object in place without a request (nothing is journaled). */
  public void putObject(String bucket, String key, byte[] data) {
    world.seedObject(bucket, key, data);
  }

  /** Every request received, oldest first (bounded: the oldest are dropped beyond 100,000). */
  public List<JournalEntry> journal() {
    return world.journal().entries();
  }

  /** The requests that presented expired credentials or an expired login token. */
  public List<JournalEntry> violations() {
    return world.journal().violations();
  }

  /** Throws an AssertionError listing every request that presented something expired. */
  public void assertNoViolations() {
    List<JournalEntry> bad = violations();
    if (!bad.isEmpty()) {
      throw new AssertionError(bad.size() + " request(s) presented an expired token or "
          + "expired credentials (expected none):\n" + bad.stream().map(FakeAws::line)
          .collect(Collectors.joining("\n")));
    }
  }

  /** Forgets identities, tokens, credentials, objects, journal, faults and latency. */
  public void reset() {
    world.reset();
  }

  /** Everything at once, as the JSON line {@code lapse serve} prints. */
  public String info() {
    return Json.write(world.info());
  }

  /** Stops the server; later calls do nothing. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      world.close();
    }
  }

  private static String line(JournalEntry e) {
    return "  #" + e.seq() + " " + e.service() + " " + e.operation() + " at " + e.judgedAt()
        + " -> " + e.status() + (e.errorCode() == null ? "" : " " + e.errorCode());
  }

  @Override
  public String toString() {
    return "FakeAws" + endpoint;
  }
}
