package dev.lapse.aws;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a fake AWS world is set up. Immutable; each {@code withX} returns a new value.
 *
 * @param port               port to bind on 127.0.0.1; 0 (default) picks a free one
 * @param cognitoRegion      region of the identity pool (default us-east-1)
 * @param loginTokenTtl      lifetime of the developer backend's login tokens (default 15m,
 *                           as GetOpenIdTokenForDeveloperIdentity's TokenDuration default 900)
 * @param credentialsTtl     lifetime of credentials from GetCredentialsForIdentity (default
 *                           1h, fixed in real Cognito; shorter only for wall-time tests)
 * @param buckets            bucket name to home region (default: {@code lapse-photos} in
 *                           us-east-1)
 * @param checkSkew          refuse S3 requests signed more than 15 minutes from virtual now
 *                           (default true; switch off for clients signing with wall time)
 * @param journalCapacity    entries the journal keeps (default 100,000)
 * @param maxBodyBytes       larger request bodies are refused (default 64 MiB)
 * @param slowBy             extra virtual latency of a "slow" fault (default 30s)
 * @param seed               seeds identity ids and keys so runs repeat (default 1)
 */
public record WorldConfig(int port, String cognitoRegion, Duration loginTokenTtl,
    Duration credentialsTtl, Map<String, String> buckets, boolean checkSkew, int journalCapacity,
    long maxBodyBytes, Duration slowBy, long seed) {

  public static final String DEVELOPER_PROVIDER = "login.lapse.dev";

  public WorldConfig {
    Objects.requireNonNull(cognitoRegion, "cognitoRegion");
    buckets = Map.copyOf(new LinkedHashMap<>(buckets));
    if (loginTokenTtl.isNegative() || loginTokenTtl.isZero()) {
      throw new IllegalArgumentException("login token TTL must be positive: " + loginTokenTtl);
    }
    if (credentialsTtl.isNegative() || credentialsTtl.isZero()) {
      throw new IllegalArgumentException("credentials TTL must be positive: " + credentialsTtl);
    }
  }

  public static WorldConfig defaults() {
    return new WorldConfig(0, "us-east-1", Duration.ofMinutes(15), Duration.ofHours(1),
        Map.of("lapse-photos", "us-east-1"), true, 100_000, 64L << 20, Duration.ofSeconds(30), 1);
  }

  public WorldConfig withPort(int p) {
    return new WorldConfig(p, cognitoRegion, loginTokenTtl, credentialsTtl, buckets, checkSkew,
        journalCapacity, maxBodyBytes, slowBy, seed);
  }

  public WorldConfig withCognitoRegion(String r) {
    return new WorldConfig(port, r, loginTokenTtl, credentialsTtl, buckets, checkSkew,
        journalCapacity, maxBodyBytes, slowBy, seed);
  }

  public WorldConfig withLoginTokenTtl(Duration d) {
    return new WorldConfig(port, cognitoRegion, d, credentialsTtl, buckets, checkSkew,
        journalCapacity, maxBodyBytes, slowBy, seed);
  }

  public WorldConfig withCredentialsTtl(Duration d) {
    return new WorldConfig(port, cognitoRegion, loginTokenTtl, d, buckets, checkSkew,
        journalCapacity, maxBodyBytes, slowBy, seed);
  }

  public WorldConfig withBuckets(Map<String, String> b) {
    return new WorldConfig(port, cognitoRegion, loginTokenTtl, credentialsTtl, b, checkSkew,
        journalCapacity, maxBodyBytes, slowBy, seed);
  }

  public WorldConfig withCheckSkew(boolean c) {
    return new WorldConfig(port, cognitoRegion, loginTokenTtl, credentialsTtl, buckets, c,
        journalCapacity, maxBodyBytes, slowBy, seed);
  }

  public WorldConfig withJournalCapacity(int n) {
    return new WorldConfig(port, cognitoRegion, loginTokenTtl, credentialsTtl, buckets, checkSkew,
        n, maxBodyBytes, slowBy, seed);
  }

  public WorldConfig withMaxBodyBytes(long n) {
    return new WorldConfig(port, cognitoRegion, loginTokenTtl, credentialsTtl, buckets, checkSkew,
        journalCapacity, n, slowBy, seed);
  }

  public WorldConfig withSeed(long s) {
    return new WorldConfig(port, cognitoRegion, loginTokenTtl, credentialsTtl, buckets, checkSkew,
        journalCapacity, maxBodyBytes, slowBy, s);
  }

  /** The identity pool id, derived from the region so that it looks like a real one. */
  public String identityPoolId() {
    return cognitoRegion + ":00000000-1a95-4e00-8000-1a95e0000001";
  }

  public String authenticatedRoleArn() {
    return "arn:aws:iam::123456789012:role/lapse-authenticated";
  }

  public String unauthenticatedRoleArn() {
    return "arn:aws:iam::123456789012:role/lapse-unauthenticated";
  }
}
