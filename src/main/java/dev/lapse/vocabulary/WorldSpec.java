package dev.lapse.vocabulary;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a fake AWS world is, as a scenario declares it and the fake builds it: the Cognito
 * region, the lifetimes it issues, the buckets and their regions. The server's own settings
 * (port, journal size, ...) are the fake's ({@code WorldConfig} holds one of these).
 *
 * @param cognitoRegion where Cognito Identity and STS live; default {@code us-east-1}
 * @param loginTokenTtl how long a developer-backend login token is valid (at most a day:
 *                      Cognito's TokenDuration); default 15 minutes
 * @param credentialsTtl how long issued AWS credentials are valid; default 1 hour
 * @param buckets bucket name to region, in declaration order; default none
 * @param closedToGuests the buckets whose policy refuses credentials of unauthenticated (guest)
 *     identities with {@code AccessDenied}, as a bucket policy that allows only the pool's
 *     authenticated role would; default none (every bucket lets guests in, as the fake always did)
 */
public record WorldSpec(
    String cognitoRegion, Duration loginTokenTtl, Duration credentialsTtl,
    Map<String, String> buckets, Set<String> closedToGuests) {

  public static final String DEFAULT_REGION = "us-east-1";
  public static final Duration DEFAULT_LOGIN_TOKEN_TTL = Duration.ofMinutes(15);
  public static final Duration DEFAULT_CREDENTIALS_TTL = Duration.ofHours(1);
  /**
   * The longest login token: the developer backend asks Cognito for the world's lifetime as
   * GetOpenIdTokenForDeveloperIdentity's {@code TokenDuration}, which takes 1 to 86,400 seconds.
   */
  public static final Duration MAX_LOGIN_TOKEN_TTL = Duration.ofDays(1);

  public WorldSpec {
    cognitoRegion = name(cognitoRegion, "cognito-region");
    loginTokenTtl = loginTokenTtl(loginTokenTtl);
    credentialsTtl = positive(credentialsTtl, "credentials-ttl");
    buckets = copy(buckets == null ? Map.of() : buckets);
    closedToGuests = guestsOf(buckets, closedToGuests == null ? Set.of() : closedToGuests);
  }

  /** A world whose buckets all let guests in. */
  public WorldSpec(String cognitoRegion, Duration loginTokenTtl, Duration credentialsTtl,
      Map<String, String> buckets) {
    this(cognitoRegion, loginTokenTtl, credentialsTtl, buckets, Set.of());
  }

  /** Whether {@code bucket} lets credentials of unauthenticated identities in. */
  public boolean guestsAllowed(String bucket) {
    return !closedToGuests.contains(bucket);
  }

  public static WorldSpec defaults() {
    return new WorldSpec(
        DEFAULT_REGION, DEFAULT_LOGIN_TOKEN_TTL, DEFAULT_CREDENTIALS_TTL, Map.of());
  }

  public WorldSpec withCognitoRegion(String region) {
    return new WorldSpec(region, loginTokenTtl, credentialsTtl, buckets, closedToGuests);
  }

  public WorldSpec withLoginTokenTtl(Duration ttl) {
    return new WorldSpec(cognitoRegion, ttl, credentialsTtl, buckets, closedToGuests);
  }

  public WorldSpec withCredentialsTtl(Duration ttl) {
    return new WorldSpec(cognitoRegion, loginTokenTtl, ttl, buckets, closedToGuests);
  }

  /** Adds a bucket, or moves an existing one to another region keeping its place and policy. */
  public WorldSpec withBucket(String name, String region) {
    return withBucket(name, region, guestsAllowed(name));
  }

  /** Adds a bucket (or changes one) that lets guests in or refuses them. */
  public WorldSpec withBucket(String name, String region, boolean guests) {
    Map<String, String> more = new LinkedHashMap<>(buckets);
    more.put(name, region);
    Set<String> closed = new LinkedHashSet<>(closedToGuests);
    if (guests) {
      closed.remove(name);
    } else {
      closed.add(name);
    }
    return new WorldSpec(cognitoRegion, loginTokenTtl, credentialsTtl, more, closed);
  }

  private static Set<String> guestsOf(Map<String, String> buckets, Set<String> closed) {
    Set<String> copy = new LinkedHashSet<>();
    for (String name : closed) {
      if (!buckets.containsKey(name)) {
        throw new IllegalArgumentException("bucket '" + name
            + "' refuses guests but is not one of the world's buckets");
      }
    }
    buckets.keySet().stream().filter(closed::contains).forEach(copy::add);
    return Collections.unmodifiableSet(copy);
  }

  /**
   * {@code ttl} if Cognito would mint a login token that long (positive, at most {@link
   * #MAX_LOGIN_TOKEN_TTL}), else an {@link IllegalArgumentException} saying why.
   */
  public static Duration loginTokenTtl(Duration ttl) {
    positive(ttl, "login-token-ttl");
    if (ttl.compareTo(MAX_LOGIN_TOKEN_TTL) > 0) {
      throw new IllegalArgumentException("login-token-ttl must be at most 1d (the developer "
          + "backend asks Cognito for it as TokenDuration, 1..86400 seconds), found "
          + Durations.format(ttl));
    }
    return ttl;
  }

  private static Map<String, String> copy(Map<String, String> buckets) {
    Map<String, String> copy = new LinkedHashMap<>();
    buckets.forEach((name, region) -> {
      name(name, "bucket name");
      if (name.contains("/")) {
        throw new IllegalArgumentException("bucket name '" + name + "' must not contain '/'");
      }
      copy.put(name, name(region, "region of bucket '" + name + "'"));
    });
    return Collections.unmodifiableMap(copy);
  }

  private static String name(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return value;
  }

  private static Duration positive(Duration d, String what) {
    if (d == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, found " + Durations.format(d));
    }
    return d;
  }
}
