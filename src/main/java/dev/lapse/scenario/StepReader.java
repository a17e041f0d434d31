package dev.lapse.scenario;

import static dev.lapse.scenario.YamlValues.isNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code steps:} list. A step is either a bare keyword ({@code - launch}) or a map
 * with one keyword key and, for calls, option keys beside it ({@code client}, {@code size}).
 * What follows the keyword is read by its kind's {@link StepSyntax}.
 */
final class StepReader {
  // Aliases can make a file expand exponentially or refer to themselves; stop before memory
  // or the stack runs out. Honest files come nowhere near either limit.
  private static final int MOST_STEPS = 100_000;
  private static final int DEEPEST_NESTING = 32;

  private final References refs;
  private int stepsRead;
  private int depth;
  /** Virtual time the steps read so far pass, in file order (a repeat's first round only). */
  private Duration elapsed = Duration.ZERO;

  StepReader(References refs) {
    this.refs = refs;
  }

  References references() {
    return refs;
  }

  /** A non-empty list of steps. */
  List<Step> steps(Node node, String what) {
    List<Node> items = YamlValues.list(node, what);
    if (items.isEmpty()) {
      throw new YamlProblem(node, what + " is empty; expected at least one step, e.g. '- launch'");
    }
    if (++depth > DEEPEST_NESTING) {
      throw new YamlProblem(node, "steps nested more than " + DEEPEST_NESTING
          + " deep; expected fewer (does an alias refer to itself?)");
    }
    List<Step> steps = new ArrayList<>();
    for (Node item : items) {
      steps.add(step(item));
    }
    depth--;
    return steps;
  }

  /** Whether the list being read is the scenario's own steps, not a repeat's body. */
  boolean atTopLevel() {
    return depth == 1;
  }

  /** Virtual time the steps read so far pass; a repeat's body counts once until it is read. */
  Duration elapsed() {
    return elapsed;
  }

  /**
   * Adds a repeat's rounds after its first (read step by step as its body was read), refused
   * at {@code times} when they carry the scenario's waits past the limit.
   */
  void moreRounds(Node times, int rounds, Duration round) {
    passes(times, ScenarioLimits.times(round, rounds - 1L), "this repeat's " + rounds + " rounds");
  }

  /** The one call of a parallel step's map (its count already taken out). */
  Step call(YamlMap map) {
    YamlMap.Entry kind = kindOf(map, StepKind.callKeywords(), "call");
    return syntaxOf(kind).read(this, kind, map.without(kind.name()));
  }

  /** A client name the device declares. */
  String client(Node node) {
    String name = YamlValues.text(node, "a client name");
    return YamlProblem.at(node, () -> refs.requireClient(name));
  }

  private Step step(Node node) {
    if (++stepsRead > MOST_STEPS) {
      throw new YamlProblem(node, "more than " + MOST_STEPS + " steps; expected a smaller file");
    }
    if (node instanceof ScalarNode scalar && !isNull(node)) {
      return bare(scalar);
    }
    if (node instanceof MappingNode) {
      YamlMap map = YamlMap.of(node, "a step");
      YamlMap.Entry kind = kindOf(map, StepKind.keywords(), "step");
      Step step = syntaxOf(kind).read(this, kind, map.without(kind.name()));
      if (!(step instanceof Step.Repeat)) { // a repeat's waits were counted as its body was read
        passes(node, step.clockAdvance(), "this step");
      }
      return step;
    }
    throw new YamlProblem(node, "expected a step such as 'launch' or 'wait: 3h', found "
        + YamlValues.kind(node));
  }

  /** The step at {@code node} passes {@code d} more: refused there if that crosses the limit. */
  private void passes(Node node, Duration d, String by) {
    elapsed = ScenarioLimits.plus(elapsed, d);
    if (elapsed.compareTo(ScenarioLimits.MAX_ELAPSED) > 0) {
      throw new YamlProblem(node, ScenarioLimits.elapsedPast(elapsed, by));
    }
  }

  private Step bare(ScalarNode node) {
    String name = node.getValue();
    StepKind kind = StepKind.fromKeyword(name).orElseThrow(() -> new YamlProblem(node,
        "unknown step " + Messages.quote(name) + "; expected one of: "
            + Messages.list(StepKind.keywords())));
    Step step = kind.syntax().bare();
    if (step == null) {
      throw new YamlProblem(node, "'" + name + "' needs a value, e.g. '" + kind.example() + "'");
    }
    return step;
  }

  private static StepSyntax syntaxOf(YamlMap.Entry kind) {
    return StepKind.fromKeyword(kind.name()).orElseThrow().syntax();
  }

  /**
   * The one key of a step map that names its kind. Option keys (client, size) are skipped
   * here and checked by the call that owns them.
   */
  private static YamlMap.Entry kindOf(YamlMap map, List<String> kinds, String what) {
    YamlMap.Entry kind = null;
    for (YamlMap.Entry entry : map.entries()) {
      String name = entry.name();
      if (CallSyntax.OPTIONS.contains(name)) {
        continue;
      }
      if (!kinds.contains(name)) {
        String found = StepKind.fromKeyword(name).isPresent()
            ? "parallel cannot run '" + name + "'" : "unknown " + what + " " + Messages.quote(name);
        throw new YamlProblem(entry.key(), found + "; expected one of: " + Messages.list(kinds));
      }
      if (kind != null) {
        String both = "found both '" + kind.name() + "' and '" + name + "'";
        throw new YamlProblem(entry.key(), what.equals("step")
            ? both + " in one step; expected one step per list item"
            : "parallel runs one call, " + both + "; expected one of them");
      }
      kind = entry;
    }
    if (kind == null) {
      throw new YamlProblem(map.node(), "expected a " + what + ", one of: "
          + Messages.list(kinds) + "; found only options "
          + Messages.list(map.entries().stream().map(YamlMap.Entry::name).toList()));
    }
    return kind;
  }
}
