package dev.lapse.scenario;

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
import org.yaml.snakeyaml.nodes.Node;

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
    } catch (YAMLException e) {
      // ReaderException (e.g. a control character) and size limits carry no line: say 1:1
      throw new ScenarioException(fileName, 1, 1, "bad YAML: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours must still come out as a located error, never a stack trace.
      throw new ScenarioException(fileName, 1, 1, "cannot read the scenario: " + e);
    }
  }

  private static Scenario scenario(Node root) {
    YamlMap top = YamlMap.of(root, "the scenario (name, steps, ...)")
        .allowOnly(TOP_KEYS, "the scenario");
    String name = YamlValues.text(top.require("name", "missing 'name'; " + NEEDS), "a name");
    Node aboutNode = top.value("about");
    String about = aboutNode == null ? "" : YamlValues.anyText(aboutNode, "a text");
    WorldSpec world = SectionReader.world(top.value("world"));
    DeviceSpec device = SectionReader.device(top.value("device"), world);
    Node stepsNode = top.require("steps", "missing 'steps'; " + NEEDS);
    List<Step> steps = new StepReader(new References(world, device)).steps(stepsNode, "steps");
    Node expectNode = top.value("expect");
    List<Expectation> expect = expectNode == null ? null : SectionReader.expect(expectNode);
    return YamlProblem.at(root, () -> new Scenario(name, about, world, device, steps, expect));
  }
}
