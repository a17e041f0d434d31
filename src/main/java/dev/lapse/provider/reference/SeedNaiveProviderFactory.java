package dev.lapse.provider.reference;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.util.Map;

/**
 * The bundled {@code seed-naive} provider: the app delegate of the motivating question, ported.
 * One {@link SeedDeveloperAuthenticatedIdentityProvider} is shared by a credentials provider for
 * the default service configuration and one more for every other client (the seed's
 * {@code credentialsProviderForS3}), all talking to Cognito in the pool's region.
 *
 * <p>It works for a while: credentials from launch last an hour and are reused. It fails after
 * the app was closed long enough for its keychain credentials to expire: on relaunch it presents
 * the login token kept from the earlier launch, long expired, and Cognito answers
 * {@code NotAuthorizedException: Invalid login token. Token expired}. (In one long session it
 * fails too, once the credentials need refreshing after the 15-minute token has expired.)
 */
public final class SeedNaiveProviderFactory implements CredentialsProviderFactory {

  @Override
  public AppProviders launch(Device device) {
    String prefix = "lapse.seed-naive." + device.identityPoolId() + ".";
    // let identityProvider = DeveloperAuthenticatedIdentityProvider()
    SeedDeveloperAuthenticatedIdentityProvider identityProvider =
        new SeedDeveloperAuthenticatedIdentityProvider(device, prefix);
    // let credentialsProvider = AWSCognitoCredentialsProvider(regionType: cognitoRegion,
    //     identityProvider: identityProvider, ...)
    // AWSServiceManager.defaultServiceManager().defaultServiceConfiguration = configuration
    AppProviders providers = AppProviders.of(
        new SeedCognitoCredentialsProvider(device, prefix, identityProvider, "default"));
    // let credentialsProviderForS3 = AWSCognitoCredentialsProvider(regionType: cognitoRegion,
    //     identityProvider: identityProvider, ...)   -- same identity provider, second region
    for (Map.Entry<String, String> client : device.clients().entrySet()) {
      if (!client.getKey().equals("default")) {
        providers = providers.with(client.getKey(), new SeedCognitoCredentialsProvider(device,
            prefix, identityProvider, client.getKey()));
      }
    }
    return providers;
  }
}
