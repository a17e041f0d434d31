package dev.lapse.internal.aws;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import dev.lapse.vocabulary.WorldSpec;

/**
 * How a fake AWS world is set up: the world itself (a {@link WorldSpec}, as a scenario
 * declares it) and the server's own settings. Immutable; each {@code withX} returns a new
 * value.
 *
 * @param port               port to bind on 127.0.0.1; 0 (default) picks a free one
 * @param world              Cognito region (default us-east-1), login-token lifetime (default
 *                           15m, as GetOpenIdTokenForDeveloperIdentity's TokenDuration default
 *                           900), credentials lifetime (default 1h, fixed in real Cognito),
 *                           buckets (default: {@code lapse-photos} in us-east-1)
 * @param checkSkew          refuse S3 requests signed more than 15 minutes from virtual now
 *                           (default true; switch off for clients signing with wall time)
 * @param journalCapacity    entries the journal keeps (default 100,000)
 * @param maxBodyBytes       larger request bodies are refused (default 64 MiB)
 * @param slowBy             extra virtual latency of a "slow" fault (default 30s)
 * @param seed               seeds identity ids and keys so runs repeat (default 1)
 */
public record WorldConfig(int port, WorldSpec world, boolean checkSkew, int journalCapacity,
    long maxBodyBytes, Duration slowBy, long seed) {

  public static final String DEVELOPER_PROVIDER = "login.lapse.dev";

  public WorldConfig {
    Objects.requireNonNull(world, "world");
  }

  public static WorldConfig defaults() {
    return new WorldConfig(0, WorldSpec.defaults().withBucket("lapse-photos", "us-east-1"), true,
        100_000, 64L << 20, Duration.ofSeconds(30), 1);
  }

  public String cognitoRegion() {
    return world.cognitoRegion();
  }

  public Duration loginTokenTtl() {
    return world.loginTokenTtl();
  }

  public Duration credentialsTtl() {
    return world.credentialsTtl();
  }

  /** Bucket name to home region, in declaration order. */
  public Map<String, String> buckets() {
    return world.buckets();
  }

  public WorldConfig withWorld(WorldSpec w) {
    return new WorldConfig(port, w, checkSkew, journalCapacity, maxBodyBytes, slowBy, seed);
  }

  public WorldConfig withPort(int p) {
    return new WorldConfig(p, world, checkSkew, journalCapacity, maxBodyBytes, slowBy, seed);
  }

  public WorldConfig withCognitoRegion(String r) {
    return withWorld(world.withCognitoRegion(r));
  }

  public WorldConfig withLoginTokenTtl(Duration d) {
    return withWorld(world.withLoginTokenTtl(d));
  }

  public WorldConfig withCredentialsTtl(Duration d) {
    return withWorld(world.withCredentialsTtl(d));
  }

  /** Replaces the buckets, keeping their order. */
  public WorldConfig withBuckets(Map<String, String> b) {
    return withWorld(new WorldSpec(world.cognitoRegion(), world.loginTokenTtl(),
        world.credentialsTtl(), new LinkedHashMap<>(b)));
  }

  public WorldConfig withCheckSkew(boolean c) {
    return new WorldConfig(port, world, c, journalCapacity, maxBodyBytes, slowBy, seed);
  }

  public WorldConfig withJournalCapacity(int n) {
    return new WorldConfig(port, world, checkSkew, n, maxBodyBytes, slowBy, seed);
  }

  public WorldConfig withMaxBodyBytes(long n) {
    return new WorldConfig(port, world, checkSkew, journalCapacity, n, slowBy, seed);
  }

  public WorldConfig withSeed(long s) {
    return new WorldConfig(port, world, checkSkew, journalCapacity, maxBodyBytes, slowBy, s);
  }

  /** The identity pool id, derived from the region so that it looks like a real one. */
  public String identityPoolId() {
    return cognitoRegion() + ":00000000-1a95-4e00-8000-1a95e0000001";
  }

  public String authenticatedRoleArn() {
    return "arn:aws:iam::123456789012:role/lapse-authenticated";
  }

  public String unauthenticatedRoleArn() {
    return "arn:aws:iam::123456789012:role/lapse-unauthenticated";
  }
}
