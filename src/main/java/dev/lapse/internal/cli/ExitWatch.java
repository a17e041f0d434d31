package dev.lapse.internal.cli;

import dev.lapse.internal.report.Reports;
import dev.lapse.run.RunResult;
import dev.lapse.run.RunsInFlight;
import java.nio.file.Path;
import java.util.List;

/**
 * Says who ended the JVM when a provider calls {@code System.exit} in the middle of a run:
 * a shutdown hook, present only while runs are in progress, names the provider, scenario and
 * step that were running. {@code Runtime.halt} skips shutdown hooks and cannot be caught in
 * the same process: {@link RunProgress} keeps on disk what such an end should say. See the
 * README (reliability) for why Lapse does not install a SecurityManager.
 */
final class ExitWatch {
  private ExitWatch() {}

  /**
   * @param reports  where the reports of the runs that did finish are written on such an exit
   * @param progress closed once they are written: this exit needs no word from the launcher
   */
  static Thread install(String command, Path reports, RunProgress progress) {
    Thread hook = new Thread(() -> {
      var running = RunsInFlight.describe();
      System.err.println(command + ": the JVM is exiting before the runs finished (did a "
          + "provider call System.exit?). Running at that moment: "
          + (running.isEmpty() ? "nothing" : String.join("; ", running)));
      List<RunResult> done = RunsInFlight.finishedSoFar();
      try {
        String where = done.isEmpty() ? "no run had finished"
            : done.size() + " finished run(s) reported in " + Reports.write(reports, done).toUri();
        System.err.println(command + ": " + where);
      } catch (RuntimeException e) {
        System.err.println(command + ": the reports of the finished runs could not be written: "
            + e.getMessage());
      }
      progress.close();
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
