package dev.lapse.internal.aws.cognito;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.Identity;
import dev.lapse.internal.aws.IssuedToken;
import dev.lapse.internal.aws.Json;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.WorldContext;
import java.time.Duration;
import java.util.Map;

/**
 * The calls a developer's own backend makes with its IAM key (already authenticated by
 * {@link DeveloperAuth}): minting login tokens for its users and looking them up.
 */
final class DeveloperOperations {
  static final int DEFAULT_TOKEN_DURATION = 900;
  static final int MAX_TOKEN_DURATION = 86_400;

  private final Authority authority;
  private final IdentityOperations identities;

  DeveloperOperations(WorldContext world, IdentityOperations identities) {
    this.authority = world.authority();
    this.identities = identities;
  }

  ObjectNode getOpenIdTokenForDeveloperIdentity(CognitoRequest req, Exchange ex) {
    Map<String, String> presented = req.logins(); // every member is read before any is judged
    Integer requestedDuration = req.optionalInt("TokenDuration");
    String requestedId = req.optionalString("IdentityId");
    identities.requirePool(req.requiredString("IdentityPoolId"));
    Map<String, String> logins = developerLogin(presented);
    int duration = tokenDuration(requestedDuration);
    Identity existing = authority.findIdentity(logins).orElse(null);
    if (requestedId != null) {
      Identity requested = identities.identityOf(requestedId);
      if (existing == null || !existing.id().equals(requested.id())) {
        // Real Cognito would link this user to the requested identity (or merge the two);
        // the fake's Authority does not model linking, so it refuses rather than pretend.
        throw CognitoErrors.of("ResourceConflictException", "Identity '" + requestedId
            + "' is not linked to developer user '" + logins.get(WorldConfig.DEVELOPER_PROVIDER)
            + "'; Lapse does not link logins to an existing identity.");
      }
    }
    Identity identity = existing != null ? existing
        : authority.identityFor(logins, ex.judgedAt());
    IssuedToken token = authority.issueToken(identity, "developer",
        Duration.ofSeconds(duration), ex.judgedAt());
    ex.entry().resource = identity.id();
    ex.entry().issuedIdentityId = identity.id();
    ex.entry().issuedToken = token.facts();
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("IdentityId", identity.id());
    out.put("Token", token.jwt());
    return out;
  }

  ObjectNode lookupDeveloperIdentity(CognitoRequest req, Exchange ex) {
    Integer max = req.optionalInt("MaxResults");
    String identityId = req.optionalString("IdentityId");
    String user = req.optionalString("DeveloperUserIdentifier");
    identities.requirePool(req.requiredString("IdentityPoolId"));
    if (max != null && (max < 1 || max > 60)) {
      throw CognitoErrors.constraint("MaxResults", max, max < 1
          ? "Member must have value greater than or equal to 1"
          : "Member must have value less than or equal to 60");
    }
    if (identityId == null && user == null) {
      throw CognitoErrors.invalidParameter(
          "Either IdentityId or DeveloperUserIdentifier must be specified.");
    }
    Identity identity = identityId != null ? identities.identityOf(identityId)
        : authority.findIdentity(Map.of(WorldConfig.DEVELOPER_PROVIDER, user)).orElseThrow(
            () -> CognitoErrors.of("ResourceNotFoundException",
                "Developer user '" + user + "' not found."));
    String linkedUser = identity.logins().get(WorldConfig.DEVELOPER_PROVIDER);
    if (user != null && !user.equals(linkedUser)) {
      throw CognitoErrors.of("ResourceConflictException", "Identity '" + identity.id()
          + "' is not linked to developer user '" + user + "'.");
    }
    ex.entry().resource = identity.id();
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("IdentityId", identity.id());
    var list = out.putArray("DeveloperUserIdentifierList");
    if (linkedUser != null) {
      list.add(linkedUser);
    }
    return out;
  }

  /** Logins must name exactly this pool's developer provider, with a user id. */
  private static Map<String, String> developerLogin(Map<String, String> logins) {
    if (logins == null) {
      throw CognitoErrors.missing("Logins");
    }
    if (logins.isEmpty()) {
      throw CognitoErrors.invalidParameter("Logins must contain the developer provider name '"
          + WorldConfig.DEVELOPER_PROVIDER + "' and a user identifier.");
    }
    for (String provider : logins.keySet()) {
      if (!WorldConfig.DEVELOPER_PROVIDER.equals(provider)) {
        throw CognitoErrors.notAuthorized("Developer provider name '" + provider
            + "' does not match the identity pool's developer provider name.");
      }
    }
    String user = logins.get(WorldConfig.DEVELOPER_PROVIDER);
    if (user.length() > 1024) {
      // The developer provider's value is a DeveloperUserIdentifier: 1..1024 characters.
      throw CognitoErrors.invalidParameter("1 validation error detected: Value at 'logins' "
          + "failed to satisfy constraint: Map value must have length between 1 and 1024");
    }
    if (user.isBlank()) {
      throw CognitoErrors.constraint("Logins", user,
          "Map value must have length between 1 and 1024");
    }
    return Map.of(WorldConfig.DEVELOPER_PROVIDER, user);
  }

  private static int tokenDuration(Integer requested) {
    if (requested == null) {
      return DEFAULT_TOKEN_DURATION;
    }
    if (requested < 1) {
      throw CognitoErrors.constraint("TokenDuration", requested,
          "Member must have value greater than or equal to 1");
    }
    if (requested > MAX_TOKEN_DURATION) {
      throw CognitoErrors.constraint("TokenDuration", requested,
          "Member must have value less than or equal to " + MAX_TOKEN_DURATION);
    }
    return requested;
  }
}
