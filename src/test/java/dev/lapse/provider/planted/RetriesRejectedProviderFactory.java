package dev.lapse.provider.planted;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * PLANTED BUG, retry with rejected credentials: hears that AWS refused its credentials (a
 * revoked session) and keeps handing them out until they would have expired anyway.
 */
public final class RetriesRejectedProviderFactory implements CredentialsProviderFactory {

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new ResilientProvider(device, "planted-retries-rejected") {
      @Override
      public synchronized void rejected(AwsCredentials refused, String errorCode) {
        // THE BUG: the refusal is ignored; the credentials "have not expired yet".
      }
    });
  }
}
