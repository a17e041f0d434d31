package dev.lapse.internal.fuzz;

import dev.lapse.fuzz.FuzzFailure;
import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.fuzz.FuzzReport;

import dev.lapse.scenario.ScenarioWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * How a fuzz failure is told to a person, the same from the CLI and from JUnit: seed and try,
 * the violation, how much it shrank, commands that rerun exactly that case, the shrunk YAML.
 */
public final class FailureText {
  private FailureText() {}

  /** @param written where the shrunk scenario was saved, or null when it was not */
  public static String of(FuzzReport report, FuzzFailure f, Path written) {
    return of(report, f, written, List.of());
  }

  /**
   * @param classpath the {@code --classpath} the provider was loaded from (empty when none):
   *                  the rerun commands must name it too, or they fail with "unknown provider"
   */
  public static String of(FuzzReport report, FuzzFailure f, Path written, List<Path> classpath) {
    String cp = classpathOption(classpath);
    FuzzOptions o = report.options();
    String provider = report.provider();
    String file = written == null ? "scenarios/" + f.fileName() : written.toString();
    StringBuilder out = new StringBuilder();
    out.append("lapse fuzz found a failure of ").append(provider).append(": seed ")
        .append(f.seed()).append(", try ").append(f.tryIndex()).append(" (after ")
        .append(report.triesDone()).append(report.triesDone() == 1 ? " try" : " tries")
        .append(")\n");
    out.append("  violation: ").append(f.violation().message()).append('\n');
    out.append("  shrunk from ").append(f.original().steps().size()).append(" to ")
        .append(f.shrunk().steps().size()).append(" steps in ").append(f.shrinkRuns())
        .append(" runs\n");
    if (written == null) {
      out.append("  save the scenario below as ").append(file).append(", then rerun it:\n");
    } else {
      out.append("  minimal scenario written to ").append(file).append("; rerun it:\n");
    }
    out.append("    ./lapse run ").append(file).append(" --provider ").append(provider)
        .append(cp).append('\n');
    out.append("  rerun the search:\n    ").append(rerunSearch(provider, o, f)).append(cp)
        .append('\n');
    out.append("--- ").append(f.fileName()).append('\n');
    out.append(ScenarioWriter.toYaml(f.shrunk()));
    return out.toString();
  }

  /** {@code " --classpath a.jar,b"} (quoted for a shell when needed), or "" for none. */
  static String classpathOption(List<Path> classpath) {
    if (classpath.isEmpty()) {
      return "";
    }
    String joined = String.join(",", classpath.stream().map(Path::toString).toList());
    boolean plain = joined.chars().allMatch(ch -> Character.isLetterOrDigit(ch)
        || "/._-,:+=@".indexOf(ch) >= 0);
    return " --classpath " + (plain ? joined : "'" + joined.replace("'", "'\\''") + "'");
  }

  /** The fuzz command that stops at exactly this try (the earlier ones of its shard passed). */
  public static String rerunSearch(String provider, FuzzOptions o, FuzzFailure f) {
    return search(provider, f.seed(), f.tryIndex() + 1, o);
  }

  /** The fuzz command that makes the same search again, all its tries. */
  public static String sameSearch(String provider, FuzzOptions o, List<Path> classpath) {
    return search(provider, o.seed(), o.tries(), o) + classpathOption(classpath);
  }

  private static String search(String provider, long seed, int tries, FuzzOptions o) {
    return "./lapse fuzz --provider " + provider + " --seed " + seed + " --tries " + tries
        + (o.shards() > 1 ? " --shard " + o.shard() + "/" + o.shards() : "");
  }
}
