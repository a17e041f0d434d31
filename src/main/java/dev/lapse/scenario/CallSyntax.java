package dev.lapse.scenario;

import static dev.lapse.scenario.ScenarioWriter.entry;
import static dev.lapse.scenario.ScenarioWriter.map;
import static dev.lapse.scenario.ScenarioWriter.number;
import static dev.lapse.scenario.ScenarioWriter.str;

import dev.lapse.vocabulary.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The syntax of the calls the app makes (S3 operations and caller-identity), alone or inside a
 * parallel step. Options may sit beside the keyword ({@code get: photos/cat.jpg} then
 * {@code client: default}) or inside it ({@code put: {object: photos/dog.jpg, size: 4096}}).
 */
interface CallSyntax extends StepSyntax {
  /** Keys that qualify a call rather than name a step. */
  List<String> OPTIONS = List.of("client", "size");

  /**
   * The call as map entries: its keyword, then only the options that differ from what the
   * reader would choose by itself (so the file stays short and still means the same).
   */
  List<NodeTuple> entries(StepWriter writer, Step step);

  @Override
  default Node write(StepWriter writer, Step step) {
    return map(FlowStyle.BLOCK, entries(writer, step));
  }

  static CallSyntax s3(Operation operation) {
    return new CallSyntax() {
      public Step read(StepReader reader, YamlMap.Entry kind, YamlMap options) {
        String keyword = kind.name();
        boolean list = operation == Operation.LIST_OBJECTS_V2;
        String what = "'" + keyword + "'";
        List<String> allowed = operation == Operation.PUT_OBJECT ? OPTIONS : List.of("client");
        options.allowOnly(allowed, what);
        Node target = kind.value();
        Node client = options.value("client");
        Node size = options.value("size");
        if (target instanceof MappingNode) {
          YamlMap inner = YamlMap.of(target, what)
              .allowOnly(Stream.concat(Stream.of("object"), allowed.stream()).toList(), what);
          client = once("client", client, inner.value("client"));
          size = once("size", size, inner.value("size"));
          target = inner.require("object", keyword + " needs 'object', e.g. '"
              + keyword + ": {object: " + (list ? "photos" : "photos/cat.jpg") + "}'");
        }
        String text = YamlValues.text(target, list
            ? "a bucket or bucket/prefix such as photos" : "bucket/key such as photos/cat.jpg");
        String clientName = client == null ? null : reader.client(client);
        long bytes = size == null ? Step.S3Call.DEFAULT_SIZE
            : YamlValues.number(size, "put size in bytes", 0);
        if (size != null) {
          Node sizeNode = size;
          YamlProblem.at(sizeNode, () -> ScenarioLimits.objectSize(bytes));
        }
        return YamlProblem.at(target,
            () -> reader.references().s3(operation, text, clientName, bytes));
      }

      public List<NodeTuple> entries(StepWriter writer, Step step) {
        Step.S3Call call = (Step.S3Call) step;
        List<NodeTuple> entries = new ArrayList<>();
        entries.add(entry(step.kind().keyword(), str(call.target())));
        if (call.size() != Step.S3Call.DEFAULT_SIZE) {
          entries.add(entry("size", number(call.size())));
        }
        if (!call.client().equals(writer.references().clientFor(call.bucket()))) {
          entries.add(entry("client", str(call.client())));
        }
        return entries;
      }
    };
  }

  static CallSyntax callerIdentity() {
    return new CallSyntax() {
      public Step bare() {
        return new Step.CallerIdentity(DeviceSpec.DEFAULT_CLIENT);
      }

      public Step read(StepReader reader, YamlMap.Entry kind, YamlMap options) {
        List<String> allowed = List.of("client");
        Node client = options.allowOnly(allowed, "'caller-identity'").value("client");
        if (!YamlValues.isNull(kind.value())) {
          YamlMap inner = YamlMap.of(kind.value(), "'caller-identity'")
              .allowOnly(allowed, "'caller-identity'");
          client = once("client", client, inner.value("client"));
        }
        return new Step.CallerIdentity(
            client == null ? DeviceSpec.DEFAULT_CLIENT : reader.client(client));
      }

      public List<NodeTuple> entries(StepWriter writer, Step step) {
        String client = ((Step.CallerIdentity) step).client();
        return List.of(entry("caller-identity", map(FlowStyle.FLOW, isDefault(client)
            ? List.of() : List.of(entry("client", str(client))))));
      }

      public Node write(StepWriter writer, Step step) {
        return isDefault(((Step.CallerIdentity) step).client())
            ? str("caller-identity") : CallSyntax.super.write(writer, step);
      }
    };
  }

  private static boolean isDefault(String client) {
    return DeviceSpec.DEFAULT_CLIENT.equals(client);
  }

  /** An option given beside the keyword and inside it too is a mistake worth naming. */
  private static Node once(String key, Node beside, Node inside) {
    if (beside != null && inside != null) {
      throw new YamlProblem(inside, "'" + key + "' is given twice; expected it once");
    }
    return beside != null ? beside : inside;
  }
}
