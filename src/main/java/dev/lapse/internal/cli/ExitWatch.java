package dev.lapse.internal.cli;

import dev.lapse.run.RunsInFlight;

/**
 * Says who ended the JVM when a provider calls {@code System.exit} in the middle of a run:
 * a shutdown hook, present only while runs are in progress, names the provider, scenario and
 * step that were running. {@code Runtime.halt} skips shutdown hooks and cannot be caught in
 * the same process; see the README (reliability) for why Lapse does not install a
 * SecurityManager.
 */
final class ExitWatch {
  private ExitWatch() {}

  static Thread install(String command) {
    Thread hook = new Thread(() -> {
      var running = RunsInFlight.describe();
      System.err.println(command + ": the JVM is exiting before the runs finished (did a "
          + "provider call System.exit?); reports were not written. Running at that moment: "
          + (running.isEmpty() ? "nothing" : String.join("; ", running)));
    }, "lapse-exit-watch");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  static void remove(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down
    }
  }
}
