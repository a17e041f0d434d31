package dev.lapse.internal.aws.world;

import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.WorldContext;

import java.time.Instant;
import java.util.Map;

/**
 * Everything a client in any language needs to use a running world; {@code serve} prints it
 * as one line of JSON and {@code GET /__lapse/info} returns it.
 */
public record WorldInfo(String endpoint, String cognitoEndpoint, String stsEndpoint,
    String s3Endpoint, String developerBackend, String control, String cognitoRegion,
    String identityPoolId, String developerProviderName, String developerAccessKeyId,
    String developerSecretAccessKey, String authenticatedRoleArn, String unauthenticatedRoleArn,
    Map<String, String> buckets, Instant now) {

  static WorldInfo of(WorldContext w) {
    String base = w.endpoint().toString();
    WorldConfig c = w.config();
    return new WorldInfo(base, base, base, base, base + "/developer/token", base + "/__lapse",
        c.cognitoRegion(), c.identityPoolId(), WorldConfig.DEVELOPER_PROVIDER,
        Authority.DEVELOPER_ACCESS_KEY, Authority.DEVELOPER_SECRET_KEY, c.authenticatedRoleArn(),
        c.unauthenticatedRoleArn(), new java.util.TreeMap<>(c.buckets()), w.clock().instant());
  }
}
