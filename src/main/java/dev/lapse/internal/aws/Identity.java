package dev.lapse.internal.aws;

import java.time.Instant;
import java.util.Map;

/**
 * A Cognito identity.
 *
 * @param id      {@code <region>:<uuid>}
 * @param poolId  the identity pool it belongs to
 * @param logins  provider name to user id; empty for an unauthenticated identity
 * @param created virtual instant it was first handed out
 */
public record Identity(String id, String poolId, Map<String, String> logins, Instant created) {
  public boolean authenticated() {
    return !logins.isEmpty();
  }
}
