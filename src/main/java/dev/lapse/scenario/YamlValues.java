package dev.lapse.scenario;

import dev.lapse.vocabulary.Durations;
import java.time.Duration;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed values out of composed YAML nodes. Scalars are taken as the text written,
 * whatever YAML 1.1 would resolve them to, so that a bucket called {@code on} stays "on".
 */
final class YamlValues {
  private YamlValues() {}

  /** An empty value ({@code key:}), {@code ~} or {@code null}, unquoted. */
  static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  /** How a node reads in "found ..." messages. */
  static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (isNull(node)) {
      return "nothing";
    }
    return Messages.quote(((ScalarNode) node).getValue());
  }

  /** A non-empty scalar. */
  static String text(Node node, String what) {
    if (!(node instanceof ScalarNode scalar) || isNull(node) || scalar.getValue().isBlank()) {
      throw new YamlProblem(node, "expected " + what + ", found " + kind(node));
    }
    return scalar.getValue();
  }

  /** A scalar that may be empty, e.g. the about text. */
  static String anyText(Node node, String what) {
    if (isNull(node)) {
      return "";
    }
    if (!(node instanceof ScalarNode scalar)) {
      throw new YamlProblem(node, "expected " + what + ", found " + kind(node));
    }
    return scalar.getValue();
  }

  /** A whole number from {@code min} up. */
  static long number(Node node, String what, long min) {
    String text = text(node, what + " (a whole number)");
    long value;
    try {
      value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      throw new YamlProblem(node, "expected " + what + " (a whole number), found "
          + Messages.quote(text));
    }
    if (value < min) {
      throw new YamlProblem(node, what + " must be at least " + min + ", found " + text);
    }
    return value;
  }

  static int count(Node node, String what) {
    long value = number(node, what, 1);
    if (value > Integer.MAX_VALUE) {
      throw new YamlProblem(node, what + " must be at most " + Integer.MAX_VALUE
          + ", found " + value);
    }
    return (int) value;
  }

  static Duration duration(Node node, String what) {
    String text = text(node, what + " (a duration such as 15m)");
    return YamlProblem.at(node, () -> ScenarioLimits.duration(Durations.parse(text), what));
  }

  /** The items of a list; an empty value counts as an empty list. */
  static List<Node> list(Node node, String what) {
    if (isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      throw new YamlProblem(node, "expected a list for " + what + ", found " + kind(node));
    }
    return sequence.getValue();
  }

  /** {@code found}, or a problem listing the valid {@code names} when it is null. */
  static <T> T choice(Node node, String what, List<String> names, T found) {
    if (found == null) {
      throw new YamlProblem(node, "unknown " + what + " " + YamlValues.kind(node)
          + "; expected one of: " + Messages.list(names));
    }
    return found;
  }
}
