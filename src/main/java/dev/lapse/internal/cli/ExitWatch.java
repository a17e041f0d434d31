package dev.lapse.internal.cli;

import dev.lapse.internal.report.Reports;
import dev.lapse.run.RunResult;
import dev.lapse.run.RunsInFlight;
import java.nio.file.Path;
import java.util.List;

/**
 * Says who ended the JVM when it ends in the middle of runs (a provider that calls
 * {@code System.exit}, or a signal): a shutdown hook, present only while runs are in
 * progress, names the provider, scenario and step that were running and what ended them,
 * then makes sure the exit code is not 0. {@code Runtime.halt} skips shutdown hooks and
 * cannot be caught in the same process: {@link RunProgress} keeps on disk what such an end
 * should say. See the README (reliability) for why Lapse does not install a SecurityManager.
 */
final class ExitWatch {
  private ExitWatch() {}

  /**
   * @param afterWords what the command says next (the reports of the runs that did finish);
   *     it runs in the hook, before the JVM ends
   */
  static Thread install(String command, Runnable afterWords) {
    Thread hook = new Thread(() -> {
      ExitCause cause = ExitCause.now();
      var running = RunsInFlight.describe();
      System.err.println(command + ": the JVM is exiting before the runs finished"
          + cause.describe() + ". Running at that moment: "
          + (running.isEmpty() ? "nothing" : String.join("; ", running)));
      try {
        afterWords.run();
      } finally {
        endNonZero(command, cause);
      }
    }, "lapse-exit-watch");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  /**
   * A signal's exit status (128 + its number) stands. A {@code System.exit}'s cannot be read
   * here (see {@link ExitCause}), and a provider's {@code System.exit(0)} made CI green: the
   * JVM ends with {@link Main#ENDED_EARLY} instead, whatever code the provider gave.
   * {@code Runtime.halt} from a shutdown hook is allowed, and ends the JVM at once.
   */
  private static void endNonZero(String command, ExitCause cause) {
    if (cause.isSignal()) {
      return;
    }
    System.err.println(command + ": exit code " + Main.ENDED_EARLY + " (the runs did not "
        + "finish; the code given to System.exit cannot be read inside the JVM)");
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(Main.ENDED_EARLY);
  }

  /** {@code lapse run}'s words after an exit: the reports of every run that had finished. */
  static Runnable reportFinished(String command, Path reports, RunProgress progress) {
    return () -> {
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
    };
  }

  static void remove(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down
    }
  }
}
