package dev.lapse.scenario;

import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the calls the app makes (S3 operations and caller-identity), alone or inside a
 * parallel step. Options may sit beside the keyword ({@code get: photos/cat.jpg} then
 * {@code client: default}) or inside it ({@code put: {object: photos/dog.jpg, size: 4096}}).
 */
final class CallReader {
  /** The keywords of calls, which are also what a parallel step may run. */
  static final List<String> KEYWORDS =
      List.of("get", "put", "head", "delete", "list", "caller-identity");
  /** Keys that qualify a call rather than name a step. */
  static final List<String> OPTIONS = List.of("client", "size");

  private final References refs;

  CallReader(References refs) {
    this.refs = refs;
  }

  /** @param options the keys beside the keyword */
  Step call(YamlMap.Entry kind, YamlMap options) {
    if (kind.name().equals("caller-identity")) {
      return callerIdentity(kind, options);
    }
    return s3(S3Op.fromYaml(kind.name()).orElseThrow(), kind, options);
  }

  private Step callerIdentity(YamlMap.Entry kind, YamlMap options) {
    List<String> allowed = List.of("client");
    Node client = options.allowOnly(allowed, "'caller-identity'").value("client");
    if (!YamlValues.isNull(kind.value())) {
      YamlMap inner = YamlMap.of(kind.value(), "'caller-identity'")
          .allowOnly(allowed, "'caller-identity'");
      client = once("client", client, inner.value("client"));
    }
    return new Step.CallerIdentity(client == null ? DeviceSpec.DEFAULT_CLIENT : client(client));
  }

  private Step.S3Call s3(S3Op op, YamlMap.Entry kind, YamlMap options) {
    String what = "'" + op.yamlName() + "'";
    List<String> allowed = op == S3Op.PUT ? OPTIONS : List.of("client");
    options.allowOnly(allowed, what);
    Node target = kind.value();
    Node client = options.value("client");
    Node size = options.value("size");
    if (target instanceof MappingNode) {
      YamlMap inner = YamlMap.of(target, what)
          .allowOnly(Stream.concat(Stream.of("object"), allowed.stream()).toList(), what);
      client = once("client", client, inner.value("client"));
      size = once("size", size, inner.value("size"));
      target = inner.require("object", op.yamlName() + " needs 'object', e.g. '"
          + op.yamlName() + ": {object: " + (op == S3Op.LIST ? "photos" : "photos/cat.jpg") + "}'");
    }
    String text = YamlValues.text(target, op == S3Op.LIST
        ? "a bucket or bucket/prefix such as photos" : "bucket/key such as photos/cat.jpg");
    String clientName = client == null ? null : client(client);
    long bytes = size == null ? Step.S3Call.DEFAULT_SIZE
        : YamlValues.number(size, "put size in bytes", 0);
    if (size != null) {
      Node sizeNode = size;
      YamlProblem.at(sizeNode, () -> ScenarioLimits.objectSize(bytes));
    }
    Node at = target;
    return YamlProblem.at(at, () -> refs.s3(op, text, clientName, bytes));
  }

  private String client(Node node) {
    String name = YamlValues.text(node, "a client name");
    return YamlProblem.at(node, () -> refs.requireClient(name));
  }

  /** An option given beside the keyword and inside it too is a mistake worth naming. */
  private static Node once(String key, Node beside, Node inside) {
    if (beside != null && inside != null) {
      throw new YamlProblem(inside, "'" + key + "' is given twice; expected it once");
    }
    return beside != null ? beside : inside;
  }
}
