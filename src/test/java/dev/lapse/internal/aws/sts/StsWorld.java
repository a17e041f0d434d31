package dev.lapse.internal.aws.sts;

import dev.lapse.internal.aws.SdkClients;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;
import software.amazon.awssdk.services.sts.StsClient;

/** One world and its clients for an STS test class; reset before each test. */
final class StsWorld implements AutoCloseable {
  static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  final World world = World.start(WorldConfig.defaults(), new VirtualClock(START));
  final CognitoIdentityClient app = SdkClients.cognito(world);
  final CognitoIdentityClient developer = SdkClients.cognitoDeveloper(world);
  final StsClient anonymous = SdkClients.stsAnonymous(world);
  final String pool = world.config().identityPoolId();
  final String role = world.config().authenticatedRoleArn();

  void reset() {
    world.reset();
    world.clock().set(START);
  }

  GetOpenIdTokenForDeveloperIdentityResponse developerToken(String user, long seconds) {
    return developer.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(pool)
        .logins(Map.of(WorldConfig.DEVELOPER_PROVIDER, user)).tokenDuration(seconds));
  }

  /** Credentials from Cognito's GetCredentialsForIdentity for a developer user. */
  Credentials cognitoCredentials(String user) {
    GetOpenIdTokenForDeveloperIdentityResponse dev = developerToken(user, 900);
    return app.getCredentialsForIdentity(b -> b.identityId(dev.identityId())
        .logins(Map.of("cognito-identity.amazonaws.com", dev.token()))).credentials();
  }

  @Override
  public void close() {
    app.close();
    developer.close();
    anonymous.close();
    world.close();
  }
}
