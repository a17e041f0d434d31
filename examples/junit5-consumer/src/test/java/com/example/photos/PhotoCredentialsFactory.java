package com.example.photos;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.DeveloperBackendClient;
import dev.lapse.provider.Device;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** How Lapse launches the app's provider: on the simulated device's clock and endpoints. */
public final class PhotoCredentialsFactory implements CredentialsProviderFactory {
  @Override
  public AppProviders launch(Device device) {
    CognitoIdentityClient cognito = CognitoIdentityClient.builder()
        .endpointOverride(device.cognitoEndpoint())
        .region(Region.of(device.cognitoRegion()))
        .httpClient(device.sdkHttpClient())
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .build();
    DeveloperBackendClient backend = new DeveloperBackendClient(device);
    PhotoCredentialsProvider provider = new PhotoCredentialsProvider(cognito, () -> {
      DeveloperBackendClient.Login login = backend.fetch();
      return new PhotoCredentialsProvider.Login(login.identityId(), login.token());
    }, device.clock());
    return AppProviders.of(provider).closing(cognito);
  }
}
