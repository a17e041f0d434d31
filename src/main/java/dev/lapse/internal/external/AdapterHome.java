package dev.lapse.internal.external;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the adapters are: the Lapse checkout (or unpacked release) holding {@code adapters/}.
 * Looked up in the system property {@code lapse.home}, the environment variable
 * {@code LAPSE_HOME}, the working directory and its parents, and the folders above the Lapse
 * classes or jar (a checkout's {@code target/} sits inside it).
 */
final class AdapterHome {
  private AdapterHome() {}

  static Path locate(AdapterRuntime runtime) {
    List<Path> tried = new ArrayList<>();
    for (Path candidate : candidates()) {
      tried.add(candidate);
      if (Files.isRegularFile(runtime.adapter(candidate))) {
        return candidate;
      }
    }
    throw new ExternalProviderException("cannot find Lapse's " + runtime.prefix() + " adapter "
        + runtime.adapter(Path.of("")) + " under any of " + tried + "; set LAPSE_HOME (or "
        + "-Dlapse.home) to the Lapse checkout that holds adapters/");
  }

  private static List<Path> candidates() {
    List<Path> out = new ArrayList<>();
    Optional.ofNullable(System.getProperty("lapse.home")).map(Path::of).ifPresent(out::add);
    Optional.ofNullable(System.getenv("LAPSE_HOME")).map(Path::of).ifPresent(out::add);
    upward(Path.of("").toAbsolutePath(), out);
    try {
      Path code = Path.of(AdapterHome.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      upward(code.toAbsolutePath(), out);
    } catch (URISyntaxException | RuntimeException e) {
      // No code source (an unusual class loader): the other places still count.
    }
    return out;
  }

  private static void upward(Path from, List<Path> out) {
    for (Path p = from; p != null; p = p.getParent()) {
      if (!out.contains(p)) {
        out.add(p);
      }
    }
  }
}
