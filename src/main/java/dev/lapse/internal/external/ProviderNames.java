package dev.lapse.internal.external;

import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.reference.BundledProviders;
import java.time.Duration;

/**
 * What {@code --provider} names, resolved in one place for the CLI, {@code Lapse.provider} and
 * {@code ScenarioSuite.against(String)}: a bundled short name, a factory class name, or
 * {@code node:<module>} / {@code python:<module>}.
 */
public final class ProviderNames {
  /** How long a JavaScript or Python module may take to load when it is checked up front. */
  public static final Duration LOAD_LIMIT = Duration.ofSeconds(60);

  private ProviderNames() {}

  /**
   * The provider {@code name} names. An external module is loaded once first, so that one that
   * cannot load is refused before any scenario runs.
   *
   * @throws IllegalArgumentException saying what was expected and what was found
   */
  public static CredentialsProviderFactory resolve(String name, ClassLoader loader) {
    if (name != null && ExternalProvider.names(name)) {
      return ExternalProvider.parse(name).check(LOAD_LIMIT);
    }
    return BundledProviders.byName(name, loader);
  }
}
