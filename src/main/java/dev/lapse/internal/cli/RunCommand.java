package dev.lapse.internal.cli;

import dev.lapse.clock.WallClock;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.internal.report.ReportOptions;
import dev.lapse.internal.report.Reports;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.run.SuiteRun;
import dev.lapse.run.Transport;
import dev.lapse.scenario.ScenarioSources;
import dev.lapse.vocabulary.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lapse run}: runs scenario files against providers and reports the verdicts. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Runs scenarios against credentials providers on virtual time, prints a "
        + "table (scenario x provider), writes reports, and exits 0 when every "
        + "scenario passed for the providers named, 1 when any failed, 2 on bad input, "
        + "3 when nothing failed but a run could not be judged (INCONCLUSIVE), 4 when "
        + "Lapse itself failed, 6 when a provider ended the JVM (System.exit) before the "
        + "runs finished. With no --provider it runs every bundled provider and "
        + "exits 0 unless a run was inconclusive or Lapse failed.")
final class RunCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", description = "Scenario files or folders, or classpath:NAME "
      + "for resources (default: the bundled suite, " + ScenarioSources.BUNDLED + ").")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-p", "--provider"}, paramLabel = "NAME|CLASS|node:FILE|python:FILE",
      description = "A bundled provider (seed-naive, robust, sdk-cached), the class name of "
          + "your CredentialsProviderFactory, or a JavaScript or Python provider module: "
          + "node:my-provider.mjs, python:my_provider.py (see the README); repeatable (default: every bundled one).")
  List<String> providers = new ArrayList<>();

  @Option(names = "--classpath", paramLabel = "JAR", split = ",",
      description = "Jars or folders holding your provider; repeatable.")
  List<Path> classpath = new ArrayList<>();

  @Option(names = "--seed", description = "Seed for identity ids and keys (default: 1).")
  long seed = 1;

  @Option(names = "--reports", paramLabel = "DIR", description = "Where reports go (default: reports).")
  Path reports = Path.of("reports");

  @Option(names = "--step-limit", converter = DurationConverter.class,
      description = "Real time a provider may take in one step before it is cut off (default: 10s).")
  Duration stepLimit = ScenarioRunner.DEFAULT_STEP_LIMIT;

  @Option(names = "--hang-limit", converter = DurationConverter.class,
      description = "Real time a step may take on the rerun of a cut-off run; still running "
          + "then, the provider hangs (default: 6 x --step-limit).")
  Duration hangLimit;

  @Option(names = "--time-budget", converter = DurationConverter.class,
      description = "Real time the whole run may take; runs not begun by then are reported "
          + "INCONCLUSIVE (default: no limit).")
  Duration timeBudget;

  @Option(names = "--jobs", description = "Providers run side by side, each with its own fake "
      + "AWS (default: all of them, at most 8). The results do not depend on it.")
  int jobs = 8;

  @Option(names = "--transport", paramLabel = "memory|http", converter = TransportConverter.class,
      description = "How the app's SDK clients reach the fake AWS: memory (in the same JVM, no "
          + "sockets) or http (loopback HTTP to the embedded server, as serve). Journal, "
          + "verdicts and reports are the same (default: ${DEFAULT-VALUE}).")
  Transport transport = ScenarioRunner.DEFAULT_TRANSPORT;

  @Override
  public Integer call() throws Exception {
    ScenarioFiles.Loaded loaded = ScenarioFiles.load(paths.isEmpty() ? List.of(ScenarioSources.BUNDLED) : paths);
    if (!loaded.errors().isEmpty()) {
      loaded.errors().forEach(e -> System.err.println("lapse run: " + e));
      return Main.BAD_INPUT;
    }
    if (loaded.scenarios().isEmpty()) {
      System.err.println("lapse run: no scenario files (.yaml) found in " + paths);
      return Main.BAD_INPUT;
    }
    Map<String, CredentialsProviderFactory> chosen;
    try {
      chosen = ProviderChoice.resolve(providers, ProviderChoice.loader(classpath));
    } catch (IllegalArgumentException e) {
      System.err.println("lapse run: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    long began = WallClock.nanos();
    Duration hang = hangLimit != null ? hangLimit
        : stepLimit.multipliedBy(ScenarioRunner.HANG_LIMIT_FACTOR);
    if (stepLimit.isNegative() || stepLimit.isZero() || hang.compareTo(stepLimit) < 0
        || (timeBudget != null && (timeBudget.isNegative() || timeBudget.isZero()))) {
      System.err.println("lapse run: --step-limit and --time-budget must be positive and "
          + "--hang-limit at least --step-limit; found " + Durations.format(stepLimit) + ", "
          + (timeBudget == null ? "none" : Durations.format(timeBudget)) + ", "
          + Durations.format(hang));
      return Main.BAD_INPUT;
    }
    RunProgress progress = RunProgress.start("lapse run", reports);
    Thread exitWatch = ExitWatch.install("lapse run",
        ExitWatch.reportFinished("lapse run", reports, progress));
    List<RunResult> results;
    Path index;
    double seconds;
    try {
      results = SuiteRun.run(loaded.scenarios(), chosen, stepLimit, hang, timeBudget, seed, jobs,
          transport);
      seconds = (WallClock.nanos() - began) / 1e9;
      index = Reports.write(reports, results, ReportOptions.none(), progress.jsonMade());
    } finally {
      ExitWatch.remove(exitWatch);
      progress.close();
    }
    System.out.print(Reports.consoleTable(results, index));
    Duration simulated = results.stream().map(r -> Duration.between(r.record().start(),
        r.record().end())).reduce(Duration.ZERO, Duration::plus);
    System.out.printf("%d runs in %.2f s of wall time; %s of app life simulated (%.0fx real time)%n",
        results.size(), seconds, dev.lapse.vocabulary.Durations.format(simulated),
        simulated.toMillis() / 1000.0 / Math.max(seconds, 1e-9));
    boolean anyFailed = results.stream().anyMatch(RunResult::failed);
    boolean anyInconclusive = results.stream().anyMatch(RunResult::isInconclusive);
    if (providers.isEmpty()) {
      return anyInconclusive ? Main.INCONCLUSIVE : Main.PASSED;
    }
    return anyFailed ? Main.FAILED : anyInconclusive ? Main.INCONCLUSIVE : Main.PASSED;
  }
}
