package dev.lapse.internal.aws.cognito;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lapse.internal.aws.SdkClients;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;

/** One world and its clients for a Cognito test class; reset before each test. */
final class CognitoWorld implements AutoCloseable {
  static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  final World world = World.start(WorldConfig.defaults(), new VirtualClock(START));
  final CognitoIdentityClient app = SdkClients.cognito(world);
  final CognitoIdentityClient developer = SdkClients.cognitoDeveloper(world);
  final String pool = world.config().identityPoolId();

  void reset() {
    world.reset();
    world.clock().set(START);
  }

  /** A developer login token for {@code user}, as the backend would mint it. */
  GetOpenIdTokenForDeveloperIdentityResponse developerToken(String user, long seconds) {
    return developer.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(pool)
        .logins(Map.of(WorldConfig.DEVELOPER_PROVIDER, user)).tokenDuration(seconds));
  }

  static Map<String, String> cognitoLogin(String token) {
    return Map.of("cognito-identity.amazonaws.com", token);
  }

  static JsonNode claims(String jwt) throws Exception {
    return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  @Override
  public void close() {
    app.close();
    developer.close();
    world.close();
  }
}
