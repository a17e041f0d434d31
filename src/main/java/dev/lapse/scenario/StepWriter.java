package dev.lapse.scenario;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Writes steps, each by its kind's {@link StepSyntax}, in the shortest form that reads back. */
final class StepWriter {
  private final References refs;

  StepWriter(References refs) {
    this.refs = refs;
  }

  References references() {
    return refs;
  }

  Node steps(List<Step> steps) {
    List<Node> items = new ArrayList<>();
    for (Step step : steps) {
      items.add(step.kind().syntax().write(this, step));
    }
    return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
  }

  /** A call's keyword and options as map entries, for a parallel step to hold beside its count. */
  List<NodeTuple> callEntries(Step call) {
    return ((CallSyntax) call.kind().syntax()).entries(this, call);
  }
}
