package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * PLANTED BUG, guest fallback during an outage: when the developer backend fails, signs the
 * user out silently and carries on as a new unauthenticated (guest) identity, whose credentials
 * a bucket closed to guests refuses.
 */
public final class GuestFallbackProviderFactory implements CredentialsProviderFactory {

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new ResilientProvider(device, "planted-guest-fallback") {
      @Override
      AwsCredentials onRefreshFailure(RuntimeException failure) {
        // THE BUG: "something is better than nothing": a guest identity instead of the user's.
        return guest(device);
      }
    });
  }

  private static AwsCredentials guest(Device device) {
    CognitoIdentityClient cognito = device.cognitoClient();
    String id = cognito.getId(r -> r.identityPoolId(device.identityPoolId())).identityId();
    Credentials c = cognito.getCredentialsForIdentity(r -> r.identityId(id)).credentials();
    return AwsSessionCredentials.builder().accessKeyId(c.accessKeyId())
        .secretAccessKey(c.secretKey()).sessionToken(c.sessionToken())
        .expirationTime(c.expiration()).build();
  }
}
