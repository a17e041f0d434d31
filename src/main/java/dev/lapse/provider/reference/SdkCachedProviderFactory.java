package dev.lapse.provider.reference;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;

/**
 * The bundled {@code sdk-cached} provider: developer-authenticated Cognito credentials cached by
 * the AWS SDK's {@code CachedSupplier}, as its STS providers cache theirs. One provider serves
 * every client. See {@link SdkCachedCredentialsProvider} for where it trusts the device clock.
 */
public final class SdkCachedProviderFactory implements CredentialsProviderFactory {

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new SdkCachedCredentialsProvider(device));
  }
}
