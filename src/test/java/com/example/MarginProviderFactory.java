package com.example;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.DeveloperBackendClient;
import dev.lapse.provider.Device;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * The README's provider example: fresh login token, then credentials, refreshed 15 minutes
 * before they expire by the device clock, one refresh at a time.
 */
public final class MarginProviderFactory implements CredentialsProviderFactory {
  private static final Duration MARGIN = Duration.ofMinutes(15);

  @Override
  public AppProviders launch(Device device) {
    CognitoIdentityClient cognito = CognitoIdentityClient.builder()
        .endpointOverride(device.cognitoEndpoint())
        .region(Region.of(device.cognitoRegion()))
        .httpClient(device.sdkHttpClient())
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .build();
    DeveloperBackendClient backend = new DeveloperBackendClient(device);

    AwsCredentialsProvider provider = new AwsCredentialsProvider() {
      private Credentials cached;

      @Override
      public synchronized AwsCredentials resolveCredentials() {
        if (cached == null
            || device.clock().instant().plus(MARGIN).isAfter(cached.expiration())) {
          try {
            DeveloperBackendClient.Login login = backend.fetch();
            device.keychain().put("identityId", login.identityId());
            cached = cognito.getCredentialsForIdentity(r -> r
                .identityId(login.identityId())
                .logins(Map.of("cognito-identity.amazonaws.com", login.token())))
                .credentials();
          } catch (java.io.IOException e) {
            throw new IllegalStateException("developer backend failed", e);
          }
        }
        return AwsSessionCredentials.create(cached.accessKeyId(), cached.secretKey(),
            cached.sessionToken());
      }
    };
    return AppProviders.of(provider).closing(cognito);
  }
}
