/**
 * The plug-in interface (SPI) for a credentials provider under test. Implement
 * {@link dev.lapse.provider.CredentialsProviderFactory}: Lapse calls
 * {@link dev.lapse.provider.CredentialsProviderFactory#launch launch(Device)} at every app
 * launch, hands it the {@link dev.lapse.provider.Device} (its clock, a
 * {@link dev.lapse.provider.Keychain} that survives relaunch, a scheduler on virtual time, the
 * fake endpoints and HTTP clients) and gets back the {@link dev.lapse.provider.AppProviders}
 * each of the app's clients uses, closed at terminate.
 *
 * <pre>{@code
 * public final class MyProviderFactory implements CredentialsProviderFactory {
 *   public AppProviders launch(Device device) {
 *     DeveloperBackendClient backend = new DeveloperBackendClient(device);
 *     return AppProviders.of(new MyCognitoProvider(device, backend));
 *   }
 * }
 * }</pre>
 *
 * <p>Rules that make virtual time mean something: read time only from {@code device.clock()},
 * do background work only through {@code device.scheduler()}, build SDK clients with
 * {@code device.sdkHttpClient()}.
 */
package dev.lapse.provider;
