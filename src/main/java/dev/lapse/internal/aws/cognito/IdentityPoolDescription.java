package dev.lapse.internal.aws.cognito;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.Json;
import dev.lapse.internal.aws.WorldConfig;

/**
 * DescribeIdentityPool: the one pool of a world, as the SDK's DescribeIdentityPoolResponse
 * reads it. Guests are allowed (GetId without logins works) and the only login provider is
 * the developer provider, so SupportedLoginProviders is empty.
 */
final class IdentityPoolDescription {
  private final IdentityOperations identities;

  IdentityPoolDescription(IdentityOperations identities) {
    this.identities = identities;
  }

  ObjectNode describe(CognitoRequest req, Exchange ex) {
    String poolId = req.requiredString("IdentityPoolId");
    identities.requirePool(poolId);
    ex.entry().resource = poolId;
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("IdentityPoolId", poolId);
    out.put("IdentityPoolName", "lapse");
    out.put("AllowUnauthenticatedIdentities", true);
    out.put("AllowClassicFlow", true);
    out.putObject("SupportedLoginProviders");
    out.put("DeveloperProviderName", WorldConfig.DEVELOPER_PROVIDER);
    out.putArray("OpenIdConnectProviderARNs");
    out.putArray("CognitoIdentityProviders");
    out.putArray("SamlProviderARNs");
    out.putObject("IdentityPoolTags");
    return out;
  }
}
