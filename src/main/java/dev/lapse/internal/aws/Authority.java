package dev.lapse.internal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.TokenFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and remembers every identity, login token and credential set of one world, with its
 * issue time, expiry and lineage, and answers "was this valid at instant t?". All ids come
 * from a seeded random source and counters, so the same run gives the same ids. Thread-safe.
 */
public final class Authority {
  /** The developer's long-lived IAM key pair (never expires), obviously fake. */
  public static final String DEVELOPER_ACCESS_KEY = "AKIALAPSEDEVELOPER01";
  public static final String DEVELOPER_SECRET_KEY = "lapse/developer/secret/not-a-real-key/0001";

  private final WorldConfig config;
  private SplittableRandom random;
  private final Map<String, Identity> identities = new ConcurrentHashMap<>();
  private final Map<String, String> identityByLogin = new ConcurrentHashMap<>();
  private final Map<String, IssuedToken> tokensByJwt = new ConcurrentHashMap<>();
  private final Map<String, IssuedCredentials> credentialsByKey = new ConcurrentHashMap<>();
  private final java.util.Set<String> revokedKeys = ConcurrentHashMap.newKeySet();
  private final java.util.Set<String> revokedTokens = ConcurrentHashMap.newKeySet();
  private long tokenCounter;
  private long keyCounter;

  private final JwtSigner signer;

  /** An authority whose login tokens are real RS512 JWTs. */
  public Authority(WorldConfig config) {
    this(config, JwtSigner.rs512());
  }

  public Authority(WorldConfig config, JwtSigner signer) {
    this.config = config;
    this.signer = signer;
    this.random = new SplittableRandom(config.seed());
  }

  public WorldConfig config() {
    return config;
  }

  /** Forgets everything issued; the next ids repeat those of a fresh world. */
  public synchronized void reset() {
    identities.clear();
    identityByLogin.clear();
    tokensByJwt.clear();
    credentialsByKey.clear();
    revokedKeys.clear();
    revokedTokens.clear();
    tokenCounter = 0;
    keyCounter = 0;
    random = new SplittableRandom(config.seed());
  }

  /** The identity for a set of logins; the same login always gives the same identity. */
  public synchronized Identity identityFor(Map<String, String> logins, Instant now) {
    String key = loginKey(logins);
    String existing = key == null ? null : identityByLogin.get(key);
    if (existing != null) {
      return identities.get(existing);
    }
    String id = config.cognitoRegion() + ":" + new UUID(random.nextLong(), random.nextLong());
    Identity identity = new Identity(id, config.identityPoolId(), Map.copyOf(logins), now);
    identities.put(id, identity);
    if (key != null) {
      identityByLogin.put(key, id);
    }
    return identity;
  }

  private static String loginKey(Map<String, String> logins) {
    if (logins.isEmpty()) {
      return null;
    }
    return new java.util.TreeMap<>(logins).toString();
  }

  /** The identity already handed out for exactly these logins, without creating one. */
  public Optional<Identity> findIdentity(Map<String, String> logins) {
    String key = loginKey(logins);
    return Optional.ofNullable(key == null ? null : identityByLogin.get(key))
        .map(identities::get);
  }

  public Optional<Identity> identity(String identityId) {
    return Optional.ofNullable(identityId).map(identities::get);
  }

  /** Issues an OpenID token for an identity: a JWT with Cognito's header and claims. */
  public synchronized IssuedToken issueToken(Identity identity, String kind, Duration ttl,
      Instant now) {
    Instant exp = now.plus(ttl);
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", identity.id());
    claims.put("aud", identity.poolId());
    claims.put("amr", amr(identity));
    claims.put("iss", "https://cognito-identity.amazonaws.com");
    claims.put("exp", exp.getEpochSecond());
    claims.put("iat", now.getEpochSecond());
    String tokenId = "tok-" + (++tokenCounter);
    claims.put("https://lapse.dev/token-id", tokenId);
    IssuedToken token = new IssuedToken(signer.sign(claims),
        new TokenFacts(tokenId, kind, identity.id(), now, exp));
    tokensByJwt.put(token.jwt(), token);
    return token;
  }

  private static List<String> amr(Identity identity) {
    if (!identity.authenticated()) {
      return List.of("unauthenticated");
    }
    List<String> amr = new java.util.ArrayList<>(List.of("authenticated"));
    identity.logins().forEach((provider, user) -> {
      amr.add(provider);
      amr.add(provider + ":" + identity.poolId() + ":" + user);
    });
    return amr;
  }

  /** A token this world issued, found by its exact text. */
  public Optional<IssuedToken> token(String jwt) {
    return Optional.ofNullable(jwt).map(tokensByJwt::get);
  }

  /** The claims of a token whose signature verifies, issued here or not. */
  public Optional<JsonNode> verifiedClaims(String jwt) {
    return signer.verify(jwt);
  }

  /** Issues session credentials for an identity (or a web-identity role session). */
  public synchronized IssuedCredentials issueCredentials(String identityId, String fromToken,
      String issuedBy, String roleArn, Duration ttl, Instant now) {
    long n = ++keyCounter;
    String akid = String.format("ASIALAPSE%011d", n);
    String secret = "lapse/secret/" + Long.toHexString(random.nextLong()) + "/" + n;
    String session = "LapseSessionToken/" + akid + "/" + Long.toHexString(random.nextLong())
        + "/this+is+not+a+real+AWS+session+token==";
    CredentialFacts facts = new CredentialFacts(akid, identityId, now, now.plus(ttl), issuedBy,
        fromToken);
    IssuedCredentials creds = new IssuedCredentials(akid, secret, session, roleArn, facts);
    credentialsByKey.put(akid, creds);
    return creds;
  }

  /** Revokes every credential set issued so far; later ones are not affected. */
  public synchronized void revokeCredentials() {
    revokedKeys.addAll(credentialsByKey.keySet());
  }

  /** Revokes every login token issued so far; later ones are not affected. */
  public synchronized void revokeTokens() {
    revokedTokens.addAll(tokensByJwt.keySet());
  }

  public boolean revoked(IssuedCredentials credentials) {
    return revokedKeys.contains(credentials.accessKeyId());
  }

  public boolean revoked(IssuedToken token) {
    return revokedTokens.contains(token.jwt());
  }

  public Optional<IssuedCredentials> credentials(String accessKeyId) {
    return Optional.ofNullable(accessKeyId).map(credentialsByKey::get);
  }

  /** The secret for an access key this world knows: session keys and the developer's key. */
  public Optional<String> secretFor(String accessKeyId) {
    if (DEVELOPER_ACCESS_KEY.equals(accessKeyId)) {
      return Optional.of(DEVELOPER_SECRET_KEY);
    }
    return credentials(accessKeyId).map(IssuedCredentials::secretAccessKey);
  }

  /** Facts for the developer key, which never expires. */
  public CredentialFacts developerKeyFacts() {
    return new CredentialFacts(DEVELOPER_ACCESS_KEY, null, null, null, "developer IAM user", null);
  }
}
