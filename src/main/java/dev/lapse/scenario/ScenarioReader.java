package dev.lapse.scenario;

import dev.lapse.vocabulary.WorldSpec;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads scenario files. Works on SnakeYAML's composed node tree rather than on Java objects,
 * because only nodes remember where they were written: every error names file, line and
 * column. Nothing but {@link ScenarioException} leaves {@code read}.
 */
public final class ScenarioReader {
  static final List<String> TOP_KEYS =
      List.of("name", "about", "world", "device", "steps", "expect");
  private static final String NEEDS = "a scenario needs at least 'name' and 'steps'";

  private ScenarioReader() {}

  /** Reads a UTF-8 file; errors carry the path as given. */
  public static Scenario read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new ScenarioException(file.toString(), 0, 0, "cannot read the file: " + e);
    }
    return read(text, file.toString());
  }

  /** @param fileName what errors call the text, e.g. {@code relaunch.yaml} */
  public static Scenario read(String yamlText, String fileName) {
    try {
      Node root = new Yaml().compose(new StringReader(yamlText));
      if (root == null) {
        throw new ScenarioException(fileName, 1, 1, "the file is empty; " + NEEDS);
      }
      return scenario(root);
    } catch (ScenarioException e) {
      throw e;
    } catch (YamlProblem p) {
      throw new ScenarioException(fileName, p.line(), p.column(), p.getMessage());
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw new ScenarioException(fileName, mark == null ? 1 : mark.getLine() + 1,
          mark == null ? 1 : mark.getColumn() + 1,
          "bad YAML: " + e.getProblem().strip() + context);
    } catch (ReaderException e) {
      // A character YAML forbids: located by its index, not by a mark.
      int[] at = lineAndColumn(yamlText, e.getPosition());
      throw new ScenarioException(fileName, at[0], at[1], String.format(
          "bad YAML: character U+%04X is not allowed; expected printable text", e.getCodePoint()));
    } catch (YAMLException e) {
      // Size limits and the like carry no location.
      throw new ScenarioException(fileName, 1, 1, "bad YAML: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours must still come out as a located error, never a stack trace.
      throw new ScenarioException(fileName, 1, 1, "cannot read the scenario: " + e);
    }
  }

  /** 1-based line and column of the code point at {@code index}. */
  static int[] lineAndColumn(String text, int index) {
    int line = 1;
    int column = 1;
    int offset = 0;
    for (int i = 0; i < index && offset < text.length(); i++) {
      int c = text.codePointAt(offset);
      offset += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static Scenario scenario(Node root) {
    if (!(root instanceof MappingNode)) {
      throw new YamlProblem(root, "expected a map at the top of the file (name, steps, ...),"
          + " found " + YamlValues.kind(root));
    }
    YamlMap top = YamlMap.of(root, "the scenario").allowOnly(TOP_KEYS, "the scenario");
    String name = YamlValues.text(top.require("name", "missing 'name'; " + NEEDS),
        "a scenario name");
    Node aboutNode = top.value("about");
    String about = aboutNode == null ? "" : YamlValues.anyText(aboutNode, "a text for about");
    WorldSpec world = SectionReader.world(top.value("world"));
    DeviceSpec device = SectionReader.device(top.value("device"), world);
    Node stepsNode = top.require("steps", "missing 'steps'; " + NEEDS);
    List<Step> steps = new StepReader(new References(world, device)).steps(stepsNode, "steps");
    YamlProblem.at(stepsNode, () -> ScenarioLimits.checkExpanded(
        ScenarioLimits.expanded(steps), "the steps would"));
    Node expectNode = top.value("expect");
    List<Expectation> expect = expectNode == null ? null : SectionReader.expect(expectNode);
    return YamlProblem.at(root, () -> new Scenario(name, about, world, device, steps, expect));
  }
}
