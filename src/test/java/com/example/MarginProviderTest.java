package com.example;

import dev.lapse.Lapse;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The README's example, used as a user would: the provider against two bundled scenarios. */
class MarginProviderTest {
  @TestFactory
  Stream<DynamicTest> marginProviderSurvivesRelaunches() {
    return Lapse.scenarios(Path.of("scenarios/01-relaunch-after-idle.yaml"),
            Path.of("scenarios/02-relaunch-after-token-idle.yaml"))
        .against(new MarginProviderFactory())
        .tests();
  }
}
