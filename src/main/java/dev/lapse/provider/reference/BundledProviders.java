package dev.lapse.provider.reference;

import dev.lapse.provider.CredentialsProviderFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The credentials providers that ship with Lapse, by short name, and the lookup that turns a
 * {@code --provider} argument (a short name or a class name) into a factory.
 *
 * <ul>
 *   <li>{@code seed-naive}: the motivating iOS app's code, ported; fails after relaunch-after-idle
 *   <li>{@code robust}: what a careful engineer writes; survives every bundled scenario
 *   <li>{@code sdk-cached}: the AWS SDK's {@code CachedSupplier}, as its STS providers use it
 * </ul>
 */
public final class BundledProviders {
  private static final Map<String, Supplier<CredentialsProviderFactory>> ALL;

  static {
    Map<String, Supplier<CredentialsProviderFactory>> m = new LinkedHashMap<>();
    m.put("seed-naive", SeedNaiveProviderFactory::new);
    m.put("robust", RobustProviderFactory::new);
    m.put("sdk-cached", SdkCachedProviderFactory::new);
    ALL = Collections.unmodifiableMap(m);
  }

  private BundledProviders() {}

  /** Every bundled provider by short name, in a stable order: seed-naive, robust, sdk-cached. */
  public static Map<String, Supplier<CredentialsProviderFactory>> all() {
    return ALL;
  }

  /**
   * A bundled provider by short name, or else a new instance of the named class, loaded from
   * {@code loader}.
   *
   * @throws IllegalArgumentException naming the bundled providers when the name is neither a
   *     bundled name nor a loadable {@link CredentialsProviderFactory} class with a public
   *     no-argument constructor
   */
  public static CredentialsProviderFactory byName(String nameOrClass, ClassLoader loader) {
    if (nameOrClass == null || nameOrClass.isBlank()) {
      throw unknown(String.valueOf(nameOrClass), "no provider name was given");
    }
    String name = nameOrClass.strip();
    Supplier<CredentialsProviderFactory> bundled = ALL.get(name);
    if (bundled != null) {
      return bundled.get();
    }
    Class<?> type;
    try {
      type = Class.forName(name, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw unknown(name, "it is not a bundled provider and no class of that name could be loaded"
          + (e instanceof LinkageError ? " (" + e + ")" : ""));
    }
    if (!CredentialsProviderFactory.class.isAssignableFrom(type)) {
      throw unknown(name, "the class does not implement " + CredentialsProviderFactory.class
          .getName());
    }
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      throw unknown(name, "the class is abstract; a provider must be a concrete class");
    }
    Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw unknown(name, "the class has no public no-argument constructor");
    }
    try {
      return (CredentialsProviderFactory) constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("provider class " + name + " failed in its constructor: "
          + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw unknown(name, "the class could not be instantiated (" + e + ")");
    }
  }

  private static IllegalArgumentException unknown(String name, String why) {
    return new IllegalArgumentException("unknown provider '" + name + "': " + why
        + ". Use a bundled provider (" + String.join(", ", ALL.keySet())
        + ") or the fully qualified name of a class implementing "
        + CredentialsProviderFactory.class.getName() + " with a public no-argument constructor"
        + " (from the command line, name the jars or folders that hold it with --classpath).");
  }
}
