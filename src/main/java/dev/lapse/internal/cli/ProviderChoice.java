package dev.lapse.internal.cli;

import dev.lapse.internal.external.ProviderNames;
import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves --provider names (bundled short names or class names) and --classpath entries. */
final class ProviderChoice {
  private ProviderChoice() {}

  static ClassLoader loader(List<Path> classpath) {
    if (classpath.isEmpty()) {
      return ProviderChoice.class.getClassLoader();
    }
    List<URL> urls = new ArrayList<>();
    for (Path p : classpath) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("--classpath " + p + ": no such jar or folder");
      }
      try {
        urls.add(p.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("--classpath " + p + ": " + e.getMessage());
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ProviderChoice.class.getClassLoader());
  }

  /** Name to factory, in the order given; every bundled provider when none is named. */
  static Map<String, CredentialsProviderFactory> resolve(List<String> names, ClassLoader loader) {
    Map<String, CredentialsProviderFactory> out = new LinkedHashMap<>();
    if (names.isEmpty()) {
      BundledProviders.all().forEach((name, factory) -> out.put(name, factory.get()));
      return out;
    }
    for (String name : names) {
      out.put(name, one(name, loader));
    }
    return out;
  }

  /**
   * A bundled name, a class name, or {@code node:<module>} / {@code python:<module>}; an
   * external module is loaded once first, so a bad one is refused before any scenario runs.
   */
  static CredentialsProviderFactory one(String name, ClassLoader loader) {
    return ProviderNames.resolve(name, loader);
  }
}
