package dev.lapse.scenario;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A problem at a node, thrown deep inside the reader and turned into a
 * {@link ScenarioException} at the top, where the file name is known.
 */
final class YamlProblem extends RuntimeException {
  private final transient Mark mark;

  YamlProblem(Node node, String message) {
    super(message);
    this.mark = node.getStartMark();
  }

  /** Runs {@code action}; an IllegalArgumentException from it becomes a problem at node. */
  static <T> T at(Node node, java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw new YamlProblem(node, e.getMessage());
    }
  }

  /** 1-based; 1 when the node has no mark (never, for composed nodes). */
  int line() {
    return mark == null ? 1 : mark.getLine() + 1;
  }

  int column() {
    return mark == null ? 1 : mark.getColumn() + 1;
  }
}
