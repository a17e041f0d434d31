package dev.lapse.scenario;

import dev.lapse.vocabulary.WorldSpec;
import dev.lapse.vocabulary.Durations;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes a scenario as a file {@link ScenarioReader} reads back to an equal scenario: a
 * shrunk fuzz failure becomes a file a person can read, edit and rerun. Builds a SnakeYAML
 * node tree and lets SnakeYAML emit it, so quoting of odd names is SnakeYAML's problem.
 */
public final class ScenarioWriter {
  /** Longer about texts go in a folded block rather than on the key's line. */
  private static final int LONGEST_INLINE_ABOUT = 60;

  private ScenarioWriter() {}

  public static String toYaml(Scenario scenario) {
    List<NodeTuple> top = new ArrayList<>();
    top.add(entry("name", str(scenario.name())));
    if (!scenario.about().isEmpty()) {
      top.add(entry("about", about(scenario.about())));
    }
    top.add(entry("world", world(scenario.world())));
    top.add(entry("device", device(scenario.device())));
    StepWriter steps = new StepWriter(new References(scenario.world(), scenario.device()));
    top.add(entry("steps", steps.steps(scenario.steps())));
    top.add(entry("expect", expect(scenario.expect())));
    StringWriter out = new StringWriter();
    new Yaml(options()).serialize(map(FlowStyle.BLOCK, top), out);
    return out.toString();
  }

  private static DumperOptions options() {
    DumperOptions options = new DumperOptions();
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true); // "  - launch" under "steps:", as people write it
    options.setWidth(80);
    return options;
  }

  private static Node about(String text) {
    boolean block = text.length() > LONGEST_INLINE_ABOUT || text.contains("\n");
    ScalarStyle style = text.strip().contains("\n") ? ScalarStyle.LITERAL : ScalarStyle.FOLDED;
    // SnakeYAML falls back to a quoted scalar by itself where a block cannot hold the text.
    return new ScalarNode(Tag.STR, text, null, null, block ? style : ScalarStyle.PLAIN);
  }

  private static Node world(WorldSpec world) {
    List<NodeTuple> entries = new ArrayList<>(List.of(
        entry("cognito-region", str(world.cognitoRegion())),
        entry("login-token-ttl", str(Durations.format(world.loginTokenTtl()))),
        entry("credentials-ttl", str(Durations.format(world.credentialsTtl())))));
    if (!world.buckets().isEmpty()) {
      entries.add(entry("buckets", buckets(world)));
    }
    return map(FlowStyle.BLOCK, entries);
  }

  private static Node device(DeviceSpec device) {
    List<NodeTuple> entries = new ArrayList<>();
    entries.add(entry("clients", regions(device.clients())));
    if (!device.user().equals(DeviceSpec.DEFAULT_USER)) {
      entries.add(entry("user", str(device.user())));
    }
    return map(FlowStyle.BLOCK, entries);
  }

  /** The short form {@code photos: eu-west-1} unless the bucket refuses guests. */
  private static Node buckets(WorldSpec world) {
    List<NodeTuple> entries = new ArrayList<>();
    world.buckets().forEach((name, region) -> entries.add(entry(name,
        world.guestsAllowed(name) ? str(region) : map(FlowStyle.FLOW, List.of(
            entry("region", str(region)),
            entry("guests", new ScalarNode(Tag.BOOL, "false", null, null, ScalarStyle.PLAIN)))))));
    return map(FlowStyle.BLOCK, entries);
  }

  private static Node regions(Map<String, String> regions) {
    List<NodeTuple> entries = new ArrayList<>();
    regions.forEach((name, region) -> entries.add(entry(name, str(region))));
    return map(FlowStyle.BLOCK, entries);
  }

  private static Node expect(List<Expectation> expect) {
    List<Node> items = new ArrayList<>();
    for (Expectation e : expect) {
      String name = e.check().keyword();
      items.add(switch (e.check()) {
        case REFRESH_BUDGET -> map(FlowStyle.BLOCK, List.of(entry(name, number(e.limit()))));
        case REFRESH_BACKOFF -> map(FlowStyle.BLOCK,
            List.of(entry(name, str(Durations.format(e.spacing())))));
        default -> str(name);
      });
    }
    return new SequenceNode(Tag.SEQ, items, items.isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK);
  }

  static ScalarNode str(String value) {
    return new ScalarNode(Tag.STR, value, null, null, ScalarStyle.PLAIN);
  }

  static ScalarNode number(long value) {
    return new ScalarNode(Tag.INT, Long.toString(value), null, null, ScalarStyle.PLAIN);
  }

  static NodeTuple entry(String key, Node value) {
    return new NodeTuple(str(key), value);
  }

  static MappingNode map(FlowStyle style, List<NodeTuple> entries) {
    return new MappingNode(Tag.MAP, entries, style);
  }
}
