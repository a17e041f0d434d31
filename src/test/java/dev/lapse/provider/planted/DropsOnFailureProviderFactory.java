package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * PLANTED BUG, credentials dropped on the first refresh failure: an advisory refresh that
 * fails throws away credentials with half an hour left, so every call fails until the backend
 * is back.
 */
public final class DropsOnFailureProviderFactory implements CredentialsProviderFactory {

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new ResilientProvider(device, "planted-drops-on-failure") {
      @Override
      AwsCredentials onRefreshFailure(RuntimeException failure) {
        // THE BUG: "the refresh failed, so the credentials must be bad": they were fine.
        forget();
        throw failure;
      }
    });
  }
}
