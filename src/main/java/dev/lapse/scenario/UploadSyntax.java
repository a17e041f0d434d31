package dev.lapse.scenario;

import static dev.lapse.scenario.ScenarioWriter.entry;
import static dev.lapse.scenario.ScenarioWriter.map;
import static dev.lapse.scenario.ScenarioWriter.str;

import dev.lapse.vocabulary.ByteSizes;
import dev.lapse.vocabulary.Durations;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** {@code upload: {to: photos/video.mp4, size: 64MiB, part-size: 8MiB, takes: 90m}}. */
final class UploadSyntax {
  private static final List<String> KEYS = List.of("to", "size", "part-size", "takes", "client");

  private UploadSyntax() {}

  static StepSyntax upload() {
    return new StepSyntax() {
      public Step read(StepReader reader, YamlMap.Entry keyword, YamlMap options) {
        options.allowOnly(List.of(), "'upload'");
        String example = ", e.g. '" + StepKind.UPLOAD.example() + "'";
        YamlMap map = YamlMap.of(keyword.value(), "upload").allowOnly(KEYS, "upload");
        Node to = map.require("to", "upload needs 'to'" + example);
        Node size = map.require("size", "upload needs 'size'" + example);
        Node partSize = map.require("part-size", "upload needs 'part-size'" + example);
        Node takes = map.require("takes", "upload needs 'takes'" + example);
        String target = YamlValues.text(to, "bucket/key such as photos/video.mp4");
        int slash = target.indexOf('/');
        String bucket = slash < 0 ? target : target.substring(0, slash);
        String key = slash < 0 ? "" : target.substring(slash + 1);
        YamlProblem.at(to, () -> reader.references().requireBucket(bucket));
        String client = map.value("client") == null ? reader.references().clientFor(bucket)
            : reader.client(map.value("client"));
        long bytes = size(size, "upload size");
        long part = size(partSize, "upload part-size");
        java.time.Duration duration = YamlValues.duration(takes, "upload takes");
        Node blame = key.isEmpty() ? to
            : bytes < 1 || bytes > Step.Upload.MAX_SIZE ? size
            : part < Step.Upload.MIN_PART_SIZE || part > Step.Upload.MAX_PART_SIZE ? partSize
            : takes;
        return YamlProblem.at(blame,
            () -> new Step.Upload(bucket, key, bytes, part, duration, client));
      }

      public Node write(StepWriter writer, Step step) {
        Step.Upload upload = (Step.Upload) step;
        List<NodeTuple> entries = new ArrayList<>(List.of(
            entry("to", str(upload.target())),
            entry("size", str(ByteSizes.format(upload.size()))),
            entry("part-size", str(ByteSizes.format(upload.partSize()))),
            entry("takes", str(Durations.format(upload.takes())))));
        if (!upload.client().equals(writer.references().clientFor(upload.bucket()))) {
          entries.add(entry("client", str(upload.client())));
        }
        return StepSyntax.keyed(step, map(FlowStyle.FLOW, entries));
      }
    };
  }

  private static long size(Node node, String what) {
    String text = YamlValues.text(node, what + " (a size such as 8MiB)");
    return YamlProblem.at(node, () -> ByteSizes.parse(text));
  }
}
