package dev.lapse.internal.aws.cognito;

import dev.lapse.vocabulary.Operation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.Identity;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.IssuedToken;
import dev.lapse.internal.aws.Json;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.WorldContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The unsigned Cognito operations an app calls itself: GetId, GetOpenIdToken and
 * GetCredentialsForIdentity. Each judges what it is shown at the exchange's virtual instant.
 */
final class IdentityOperations {
  /** GetOpenIdToken's tokens live ten minutes, and the caller cannot change that. */
  static final Duration OPENID_TOKEN_TTL = Duration.ofMinutes(10);
  /** GetId's AccountId: 1..15 characters (checked on reading), digits only. */
  private static final java.util.regex.Pattern ACCOUNT_ID = java.util.regex.Pattern.compile("\\d+");

  private final WorldConfig config;
  private final Authority authority;
  private final LoginCheck logins;

  IdentityOperations(WorldContext world) {
    this.config = world.config();
    this.authority = world.authority();
    this.logins = new LoginCheck(authority);
  }

  ObjectNode getId(CognitoRequest req, Exchange ex) {
    Map<String, String> presented = req.logins();
    String account = req.optionalString("AccountId");
    if (account != null && !ACCOUNT_ID.matcher(account).matches()) {
      throw CognitoErrors.constraint("AccountId", account,
          "Member must satisfy regular expression pattern: \\d+");
    }
    requirePool(req.requiredString("IdentityPoolId"));
    IssuedToken token = logins.presentedToken(presented, ex);
    Identity identity = token != null
        ? identityOf(token.facts().identityId())
        : authority.identityFor(Map.of(), ex.judgedAt()); // a new guest every time, as in Cognito
    ex.entry().resource = identity.id();
    ex.entry().issuedIdentityId = identity.id();
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("IdentityId", identity.id());
    return out;
  }

  ObjectNode getOpenIdToken(CognitoRequest req, Exchange ex) {
    Map<String, String> presented = req.logins(); // every member is read before any is judged
    Identity identity = identityOf(req.requiredString("IdentityId"));
    ex.entry().resource = identity.id();
    logins.forIdentity(identity, presented, ex);
    IssuedToken token = authority.issueToken(identity, "openid", OPENID_TOKEN_TTL,
        ex.judgedAt());
    ex.entry().issuedIdentityId = identity.id();
    ex.entry().issuedToken = token.facts();
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("IdentityId", identity.id());
    out.put("Token", token.jwt());
    return out;
  }

  ObjectNode getCredentialsForIdentity(CognitoRequest req, Exchange ex) {
    Map<String, String> presented = req.logins(); // every member is read before any is judged
    String customRole = req.optionalString("CustomRoleArn");
    // A member that is not valid is refused before any identity is looked up, as AWS does.
    if (customRole != null && !customRole.startsWith("arn:")) {
      // Its length (20..2048) is checked with every member's; what is left is not an ARN at
      // all, which the length sentence this once said would misdescribe.
      throw CognitoErrors.constraint("CustomRoleArn", customRole,
          "Member must be a role ARN, such as arn:aws:iam::123456789012:role/name");
    }
    Identity identity = identityOf(req.requiredString("IdentityId"));
    ex.entry().resource = identity.id();
    IssuedToken token = logins.forIdentity(identity, presented, ex);
    String role = customRole != null ? customRole
        : identity.authenticated() ? config.authenticatedRoleArn()
        : config.unauthenticatedRoleArn();
    IssuedCredentials creds = authority.issueCredentials(identity.id(),
        token == null ? null : token.facts().tokenId(), Operation.GET_CREDENTIALS_FOR_IDENTITY.awsName(), role,
        config.credentialsTtl(), ex.judgedAt());
    ex.entry().issuedIdentityId = identity.id();
    ex.entry().issuedCredentials = creds.facts();
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("IdentityId", identity.id());
    ObjectNode c = out.putObject("Credentials");
    c.put("AccessKeyId", creds.accessKeyId());
    c.put("SecretKey", creds.secretAccessKey());
    c.put("SessionToken", creds.sessionToken());
    c.put("Expiration", epochSeconds(creds.facts().expiresAt()));
    return out;
  }

  void requirePool(String poolId) {
    if (!config.identityPoolId().equals(poolId)) {
      throw CognitoErrors.poolNotFound(poolId);
    }
  }

  Identity identityOf(String identityId) {
    return authority.identity(identityId)
        .orElseThrow(() -> CognitoErrors.identityNotFound(identityId));
  }

  /**
   * awsJson timestamps are epoch seconds as a JSON number. Whole seconds are written as an
   * integer, as real Cognito does; a virtual instant with a fraction of a second keeps
   * it so that the SDK sees exactly the expiry the fake will judge by.
   */
  static BigDecimal epochSeconds(Instant t) {
    BigDecimal seconds = BigDecimal.valueOf(t.getEpochSecond());
    return t.getNano() == 0 ? seconds
        : seconds.add(BigDecimal.valueOf(t.getNano(), 9).stripTrailingZeros());
  }
}
