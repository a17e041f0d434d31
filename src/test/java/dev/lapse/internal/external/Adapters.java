package dev.lapse.internal.external;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the adapter tests need, and a skip with the reason when it is missing. `mvn verify` runs
 * adapters/install first (npm ci, the .venv); .ci/run makes a missing runtime an error there,
 * so in CI nothing here skips.
 */
final class Adapters {
  static final String NAIVE_JS = "node:examples/js/naive-provider.mjs";
  static final String POOL_JS = "node:examples/js/pool-provider.mjs";
  static final String NAIVE_PY = "python:examples/python/naive_provider.py";
  static final String BOTOCORE_PY = "python:examples/python/botocore_provider.py";

  private Adapters() {}

  static void assumeNode() {
    assumeTrue(Files.isDirectory(Path.of("node_modules/@aws-sdk/client-s3")),
        "Node packages are not installed (node_modules missing: Node/npm not found, or npm ci "
            + "failed; see adapters/install's output)");
  }

  static void assumePython() {
    assumeTrue(Files.isExecutable(Path.of(".venv/bin/python")),
        "the Python virtualenv .venv is missing (python3 not found, or adapters/install could "
            + "not create it)");
  }

  static void assume(String spec) {
    if (spec.startsWith("node:")) {
      assumeNode();
    } else {
      assumePython();
    }
  }

  static ExternalProvider provider(String spec) {
    assume(spec);
    return ExternalProvider.parse(spec);
  }
}
