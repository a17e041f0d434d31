package dev.lapse.provider;

/**
 * The plug-in point: implement this to put your credentials provider through Lapse's scenarios.
 *
 * <p>Lapse calls {@link #launch} on every app launch, as an app delegate's
 * {@code didFinishLaunching} would, and hands it the {@link Device}: its (possibly skewed)
 * clock, its keychain, a scheduler on virtual time, and the endpoints of the fake AWS. The
 * factory returns the credentials provider each of the app's clients uses. On terminate,
 * Lapse closes what {@link AppProviders#close()} closes and forgets the rest; only the
 * keychain survives to the next launch.
 *
 * <p>Implementations need a public no-argument constructor so that {@code --provider
 * com.acme.MyFactory} can create them.
 */
@FunctionalInterface
public interface CredentialsProviderFactory {

  /**
   * Builds the app's credentials providers for one launch.
   *
   * @throws Exception anything; the launch step fails with the cause and the scenario goes on
   */
  AppProviders launch(Device device) throws Exception;
}
