package dev.lapse.internal.external;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages an adapter can host, with where the adapter lives and what runs it. */
public enum AdapterRuntime {
  NODE("node", Path.of("adapters", "node", "lapse-adapter.mjs"),
      "Node.js 18 or later (https://nodejs.org), then `adapters/install` in the Lapse "
          + "checkout (npm ci of its package-lock.json; ./lapse does it for you)"),
  PYTHON("python", Path.of("adapters", "python", "lapse_adapter.py"),
      "Python 3.8 or later, then `adapters/install` in the Lapse checkout (a "
          + "virtualenv .venv with adapters/python/requirements.txt; ./lapse does it for you)");

  private final String prefix;
  private final Path adapter;
  private final String install;

  AdapterRuntime(String prefix, Path adapter, String install) {
    this.prefix = prefix;
    this.adapter = adapter;
    this.install = install;
  }

  /** What comes before the colon in {@code --provider node:my-provider.mjs}. */
  public String prefix() {
    return prefix;
  }

  /** What to install when the runtime or the adapter's packages are missing. */
  public String install() {
    return install;
  }

  public static Optional<AdapterRuntime> ofPrefix(String prefix) {
    for (AdapterRuntime r : values()) {
      if (r.prefix.equals(prefix.toLowerCase(Locale.ROOT))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  Path adapter(Path home) {
    return home.resolve(adapter);
  }

  /**
   * The command that starts the adapter for a module: the executable named by the system
   * property {@code lapse.node} or {@code lapse.python} if set, else {@code node}, and for
   * Python the checkout's virtualenv (where {@code adapters/install} put boto3 and
   * time-machine) before the system's {@code python3}.
   */
  List<String> command(Path home, Path module) {
    String chosen = System.getProperty("lapse." + prefix);
    String executable = chosen != null ? chosen : switch (this) {
      case NODE -> "node";
      case PYTHON -> {
        Path venv = home.resolve(".venv/bin/python");
        yield Files.isExecutable(venv) ? venv.toString() : "python3";
      }
    };
    return List.of(executable, adapter(home).toString(), module.toString());
  }
}
