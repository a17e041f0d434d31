/**
 * The credentials providers bundled with Lapse, each a
 * {@link dev.lapse.provider.CredentialsProviderFactory} with a public no-argument constructor
 * (see {@link dev.lapse.provider.reference.BundledProviders} for their short names):
 *
 * <ul>
 *   <li>{@link dev.lapse.provider.reference.SeedNaiveProviderFactory} ({@code seed-naive}): the
 *       motivating iOS question's code, ported line by line; presents an expired login token
 *       after a relaunch that follows a long idle.
 *   <li>{@link dev.lapse.provider.reference.RobustProviderFactory} ({@code robust}): margin plus
 *       tolerated clock skew ({@link dev.lapse.provider.reference.ExpiryRule}), single flight,
 *       one retry with a fresh login, keeps live credentials through a backend outage.
 *   <li>{@link dev.lapse.provider.reference.SdkCachedProviderFactory} ({@code sdk-cached}): the
 *       SDK's {@code CachedSupplier} on the device clock, with StsCredentialsProvider's times.
 * </ul>
 *
 * <p>All of them take time only from {@code device.clock()} and do background work only through
 * {@code device.scheduler()}; every SDK client they build is closed when the app terminates
 * (each provider is {@link AutoCloseable}, which {@link dev.lapse.provider.AppProviders} closes).
 */
package dev.lapse.provider.reference;
