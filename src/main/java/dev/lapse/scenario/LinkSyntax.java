package dev.lapse.scenario;

import static dev.lapse.scenario.ScenarioWriter.entry;
import static dev.lapse.scenario.ScenarioWriter.map;
import static dev.lapse.scenario.ScenarioWriter.str;

import dev.lapse.vocabulary.Durations;
import dev.lapse.vocabulary.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Presigned links in scenario files: {@code presign: {get: photos/cat.jpg, expires: 7d,
 * as: link}} makes one ({@code put:} and {@code head:} too, {@code client:} optional), and
 * {@code fetch: link} opens it later. A fetch may only name a link an earlier step made.
 */
final class LinkSyntax {
  private LinkSyntax() {}

  static StepSyntax presign() {
    return new StepSyntax() {
      public Step read(StepReader reader, YamlMap.Entry keyword, YamlMap options) {
        options.allowOnly(List.of(), "'presign'");
        String example = ", e.g. '" + StepKind.PRESIGN.example() + "'";
        List<String> verbsAllowed = verbs();
        List<String> keys = new ArrayList<>(verbsAllowed);
        keys.addAll(List.of("expires", "as", "client"));
        YamlMap map = YamlMap.of(keyword.value(), "presign").allowOnly(keys, "presign");
        List<YamlMap.Entry> verbs = map.entries().stream()
            .filter(e -> verbsAllowed.contains(e.name())).toList();
        if (verbs.size() != 1) {
          throw new YamlProblem(verbs.size() > 1 ? verbs.get(1).key() : map.node(),
              "presign needs exactly one of: " + Messages.list(verbsAllowed) + example);
        }
        YamlMap.Entry verb = verbs.get(0);
        Operation operation = StepKind.fromKeyword(verb.name()).orElseThrow().s3Operation()
            .orElseThrow();
        Node expires = map.require("expires", "presign needs 'expires'" + example);
        Node as = map.require("as", "presign needs 'as', the link's name" + example);
        Duration lifetime = YamlValues.duration(expires, "presign expires");
        YamlProblem.at(expires, () -> Step.Presign.checkLifetime(lifetime));
        String link = YamlValues.text(as, "a link name");
        Node client = map.value("client");
        String clientName = client == null ? null : reader.client(client);
        String target = YamlValues.text(verb.value(), "bucket/key such as photos/cat.jpg");
        Step.S3Call call = YamlProblem.at(verb.value(), () -> reader.references()
            .s3(operation, target, clientName, Step.S3Call.DEFAULT_SIZE));
        return YamlProblem.at(as, () -> reader.references().defineLink(new Step.Presign(
            operation, call.bucket(), call.key(), lifetime, link, call.client())));
      }

      public Node write(StepWriter writer, Step step) {
        Step.Presign presign = (Step.Presign) step;
        List<NodeTuple> entries = new ArrayList<>();
        entries.add(entry(presign.verb(), str(presign.target())));
        entries.add(entry("expires", str(Durations.format(presign.lifetime()))));
        entries.add(entry("as", str(presign.link())));
        if (!presign.client().equals(writer.references().clientFor(presign.bucket()))) {
          entries.add(entry("client", str(presign.client())));
        }
        return StepSyntax.keyed(step, map(FlowStyle.FLOW, entries));
      }
    };
  }

  static StepSyntax fetch() {
    return new StepSyntax() {
      public Step read(StepReader reader, YamlMap.Entry keyword, YamlMap options) {
        options.allowOnly(List.of(), "'fetch'");
        Node value = keyword.value();
        String link = YamlValues.text(value, "the name of a link a presign step made");
        return YamlProblem.at(value,
            () -> new Step.Fetch(reader.references().requireLink(link)));
      }

      public Node write(StepWriter writer, Step step) {
        return StepSyntax.keyed(step, str(((Step.Fetch) step).link()));
      }
    };
  }

  /** The verbs a presign step accepts: the keywords of the calls it can make links for. */
  private static List<String> verbs() {
    return Step.Presign.OPERATIONS.stream().map(op -> StepKind.ofS3(op).keyword()).toList();
  }
}
