package dev.lapse.internal.cli;

import dev.lapse.clock.WallClock;
import dev.lapse.internal.fuzz.FailureText;
import dev.lapse.FuzzCheck;
import dev.lapse.fuzz.FuzzFailure;
import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzReport;
import dev.lapse.internal.fuzz.Fuzzer;
import dev.lapse.internal.fuzz.Shrinker;
import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.internal.report.Reports;
import dev.lapse.run.RunResult;
import dev.lapse.run.RunsInFlight;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.run.Transport;
import dev.lapse.vocabulary.Durations;
import dev.lapse.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lapse fuzz}: generated scenarios against one provider, the first failure shrunk. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
    description = "Generates scenarios aimed at refresh boundaries (expiry, relaunch, "
        + "resume, bursts, skew, latency, backend faults), runs them against a "
        + "provider, and shrinks the first failure to the smallest scenario that "
        + "still fails the same check. Writes it to the reports folder as YAML. "
        + "Exits 0 when nothing failed, 1 on a failure, 2 on bad input, 6 when the "
        + "provider ended the JVM (System.exit) before the search finished.")
final class FuzzCommand implements Callable<Integer> {
  @Option(names = {"-p", "--provider"}, required = true, paramLabel = "NAME|CLASS|node:FILE|python:FILE",
      description = "A bundled provider (seed-naive, robust, sdk-cached), the class name of "
          + "your CredentialsProviderFactory, or a JavaScript or Python provider module: "
          + "node:my-provider.mjs, python:my_provider.py (see the README).")
  String provider;

  @Option(names = "--classpath", paramLabel = "JAR", split = ",",
      description = "Jars or folders holding your provider; repeatable.")
  List<Path> classpath = new ArrayList<>();

  @Option(names = "--tries", description = "Scenarios to try, over all shards (default: 1000).")
  int tries = FuzzOptions.DEFAULT_TRIES;

  @Option(names = "--seed", description = "The seed (default: a new one, printed).")
  Long seed;

  @Option(names = "--time-budget", converter = DurationConverter.class, paramLabel = "DURATION",
      description = "Start no new try after this much real time, e.g. 60s (default: none).")
  Duration timeBudget;

  @Option(names = "--shard", paramLabel = "i/n",
      description = "Run only tries k with k mod n = i (from 0), so n machines share one seed.")
  String shard = "0/1";

  @Option(names = "--shrink-budget", description = "Most runs spent shrinking (default: 600).")
  int shrinkBudget = Shrinker.DEFAULT_BUDGET;

  @Option(names = "--workers", description = "Tries run side by side, each with its own fake "
      + "AWS; the result is the same (default: one per core, at most 4).")
  int workers = FuzzCheck.defaultWorkers();

  @Option(names = "--reports", paramLabel = "DIR",
      description = "Where the shrunk scenario goes (default: reports).")
  Path reports = Path.of("reports");

  @Option(names = "--step-limit", converter = DurationConverter.class,
      description = "Real time a provider may take in one step (default: 10s).")
  Duration stepLimit = ScenarioRunner.DEFAULT_STEP_LIMIT;

  @Option(names = "--transport", paramLabel = "memory|http", converter = TransportConverter.class,
      description = "How the app's SDK clients reach the fake AWS: memory (in the same JVM, no "
          + "sockets) or http (loopback HTTP, as serve); the same tries fail the same way "
          + "(default: ${DEFAULT-VALUE}).")
  Transport transport = ScenarioRunner.DEFAULT_TRANSPORT;

  @Override
  public Integer call() {
    FuzzOptions options;
    CredentialsProviderFactory factory;
    try {
      long chosenSeed = seed != null ? seed : Math.floorMod(WallClock.nanos(), 1_000_000_000L);
      int[] slash = parseShard(shard);
      options = new FuzzOptions(tries, chosenSeed, timeBudget, slash[0], slash[1], shrinkBudget);
      factory = ProviderChoice.one(provider, ProviderChoice.loader(classpath));
      if (workers < 1) {
        throw new IllegalArgumentException("--workers must be at least 1, found " + workers);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("lapse fuzz: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    System.out.printf(Locale.ROOT, "lapse fuzz: provider %s, seed %d, %d tries%s%n", provider,
        options.seed(), options.tries(), options.shards() > 1
            ? ", shard " + options.shard() + "/" + options.shards() + " ("
                + options.triesInShard() + " of them)" : "");
    FuzzConsole console = new FuzzConsole(System.out, System.console() != null);
    FuzzReport report;
    List<RunResult> timelines = List.of();
    // A provider that ends the JVM mid-search is named, with its try and step, and the exit
    // code is not 0; nothing is reported yet, so the hook says how to search again.
    FuzzOptions searched = options;
    Thread exitWatch = ExitWatch.install("lapse fuzz", () -> System.err.println("lapse fuzz: no "
        + "report was written; the same search again: "
        + FailureText.sameSearch(provider, searched, classpath)));
    try (Fuzzer fuzzer = Fuzzer.withWorkers(workers, () -> new ScenarioRunner(stepLimit, 1, transport))) {
      report = fuzzer.fuzz(provider, factory, options, console);
      if (report.failure().isPresent()) {
        // Once more, for the HTML timelines: the shrunk scenario, then the original beside it.
        try (ScenarioRunner runner = new ScenarioRunner(stepLimit, 1, transport)) {
          FuzzFailure f = report.failure().get();
          RunsInFlight.context("the report of try " + f.tryIndex());
          timelines = List.of(failingRun(runner, f.shrunk(), provider, factory),
              failingRun(runner, f.original(), provider, factory));
        } finally {
          RunsInFlight.context(null);
        }
      }
    } finally {
      ExitWatch.remove(exitWatch);
    }
    console.finishBar();
    report.flaky().forEach(line -> System.out.println("  " + line));
    System.out.printf(Locale.ROOT, "%d tries in %.1f s (%.1f tries/s), %s of app life "
            + "simulated; %d failures%n", report.triesDone(), report.searchNanos() / 1e9,
        report.triesPerSecond(), Durations.format(report.simulated()), report.failures());
    if (report.passed()) {
      return 0;
    }
    FuzzFailure failure = report.failure().get();
    Path written = reports.resolve(failure.fileName());
    try {
      Files.createDirectories(reports);
      Files.writeString(written, ScenarioWriter.toYaml(failure.shrunk()));
    } catch (IOException e) {
      System.err.println("lapse fuzz: could not write " + written + ": " + e.getMessage());
      written = null;
    }
    System.out.print(FailureText.of(report, failure, written, classpath));
    try {
      Path index = Reports.write(reports, timelines);
      System.out.println("HTML report with its timeline: " + index.toUri());
    } catch (UncheckedIOException e) {
      System.err.println("lapse fuzz: " + e.getMessage());
    }
    return 1;
  }

  /**
   * A run of a confirmed failure for the HTML timeline, failing as it was found: confirmed
   * failures reproduce, and a rerun is tried again a couple of times before one that happened
   * to pass is shown (as the pass it was).
   */
  private static RunResult failingRun(ScenarioRunner runner, dev.lapse.scenario.Scenario s,
      String provider, dev.lapse.provider.CredentialsProviderFactory factory) {
    RunResult r = runner.run(s, provider, factory);
    for (int i = 0; i < 2 && !r.failed(); i++) {
      r = runner.run(s, provider, factory);
    }
    return r;
  }

  static int[] parseShard(String text) {
    String[] parts = text.split("/", -1);
    try {
      if (parts.length == 2) {
        int i = Integer.parseInt(parts[0].strip());
        int n = Integer.parseInt(parts[1].strip());
        if (n >= 1 && i >= 0 && i < n) {
          return new int[] {i, n};
        }
      }
    } catch (NumberFormatException e) {
      // worded below
    }
    throw new IllegalArgumentException("--shard " + text + ": expected i/n with 0 <= i < n,"
        + " such as 0/4 (the first of four machines)");
  }
}
