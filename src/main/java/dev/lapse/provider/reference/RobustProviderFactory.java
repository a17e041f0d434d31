package dev.lapse.provider.reference;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;

/**
 * The bundled {@code robust} provider: what a careful engineer writes for developer-authenticated
 * Cognito identities. One {@link RobustCognitoCredentialsProvider} serves every client: Cognito
 * credentials are not tied to a region, so a second provider would only double the refreshes.
 */
public final class RobustProviderFactory implements CredentialsProviderFactory {
  private final ExpiryRule rule;

  /** Refreshes 5 minutes plus 10 minutes of tolerated clock skew before expiry. */
  public RobustProviderFactory() {
    this(ExpiryRule.defaults());
  }

  public RobustProviderFactory(ExpiryRule rule) {
    this.rule = rule;
  }

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(new RobustCognitoCredentialsProvider(device, rule));
  }
}
