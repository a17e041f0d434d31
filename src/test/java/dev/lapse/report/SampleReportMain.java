package dev.lapse.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the sample suite's report to a directory, for looking at it: {@code args[0]}. */
public final class SampleReportMain {
  public static void main(String[] args) {
    List<dev.lapse.run.RunResult> results = new ArrayList<>(Samples.suite());
    if (args.length > 1) {
      results.add(Samples.flood("seed-naive", Integer.parseInt(args[1])));
    }
    Path index = Reports.write(Path.of(args[0]), results);
    System.out.print(Reports.consoleTable(results, index));
  }
}
