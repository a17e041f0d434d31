package dev.lapse.scenario;

import dev.lapse.vocabulary.Durations;
import static dev.lapse.scenario.ScenarioWriter.entry;
import static dev.lapse.scenario.ScenarioWriter.map;
import static dev.lapse.scenario.ScenarioWriter.number;
import static dev.lapse.scenario.ScenarioWriter.str;

import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.vocabulary.Keyword;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * How one step kind is spelled in a scenario file: read from YAML, written back in the
 * shortest form that reads to an equal step. Each {@link StepKind} row holds one; the shapes
 * several kinds share (a bare keyword, a duration) are made here.
 */
interface StepSyntax {
  /** The step a bare keyword ({@code - launch}) means, or null when the kind needs a value. */
  default Step bare() {
    return null;
  }

  /**
   * @param keyword the entry whose key named the kind
   * @param options the other keys of the step's map (options such as {@code client})
   */
  Step read(StepReader reader, YamlMap.Entry keyword, YamlMap options);

  Node write(StepWriter writer, Step step);

  /** A keyword that takes no value: {@code - launch}. */
  static StepSyntax bare(Supplier<Step> make) {
    return new StepSyntax() {
      public Step bare() {
        return make.get();
      }

      public Step read(StepReader reader, YamlMap.Entry keyword, YamlMap options) {
        options.allowOnly(List.of(), "'" + keyword.name() + "'");
        if (!YamlValues.isNull(keyword.value())) {
          throw new YamlProblem(keyword.value(), "'" + keyword.name() + "' takes no value, found "
              + YamlValues.kind(keyword.value()));
        }
        return make.get();
      }

      public Node write(StepWriter writer, Step step) {
        return str(step.kind().keyword());
      }
    };
  }

  /** A keyword with one duration: {@code wait: 3h}. */
  static <S extends Step> StepSyntax duration(Class<S> type, Function<Duration, S> make,
      Function<S, Duration> value) {
    return new StepSyntax() {
      public Step read(StepReader reader, YamlMap.Entry keyword, YamlMap options) {
        options.allowOnly(List.of(), "'" + keyword.name() + "'");
        Node node = keyword.value();
        return YamlProblem.at(node, () -> make.apply(YamlValues.duration(node, keyword.name())));
      }

      public Node write(StepWriter writer, Step step) {
        return keyed(step, str(Durations.format(value.apply(type.cast(step)))));
      }
    };
  }

  /** {@code fault: {target: developer-backend, kind: down, for: 10m}}. */
  static StepSyntax fault() {
    return new StepSyntax() {
      public Step read(StepReader reader, YamlMap.Entry keyword, YamlMap options) {
        options.allowOnly(List.of(), "'fault'");
        String example = ", e.g. '" + StepKind.FAULT.example() + "'";
        YamlMap map = YamlMap.of(keyword.value(), "a fault")
            .allowOnly(List.of("target", "kind", "for"), "a fault");
        Node target = map.require("target", "fault needs 'target'" + example);
        Node kind = map.require("kind", "fault needs 'kind'" + example);
        Node duration = map.require("for", "fault needs 'for'" + example);
        FaultTarget t = choice(target, "fault target", FaultTarget.class);
        FaultKind k = choice(kind, "fault kind", FaultKind.class);
        if (!k.appliesTo(t)) {
          throw new YamlProblem(kind, k.refusal(t));
        }
        return YamlProblem.at(duration,
            () -> new Step.Fault(t, k, YamlValues.duration(duration, "fault 'for'")));
      }

      public Node write(StepWriter writer, Step step) {
        Step.Fault fault = (Step.Fault) step;
        return keyed(step, map(FlowStyle.FLOW, List.of(
            entry("target", str(fault.target().keyword())),
            entry("kind", str(fault.faultKind().keyword())),
            entry("for", str(Durations.format(fault.duration()))))));
      }
    };
  }

  /** {@code network: offline} or {@code network: online}. */
  static StepSyntax network() {
    return new StepSyntax() {
      public Step read(StepReader reader, YamlMap.Entry keyword, YamlMap options) {
        options.allowOnly(List.of(), "'network'");
        Node value = keyword.value();
        String word = YamlValues.text(value, "offline or online");
        return YamlValues.choice(value, "network state", List.of("offline", "online"),
            switch (word) {
              case "offline" -> Step.Network.OFFLINE;
              case "online" -> Step.Network.ONLINE;
              default -> null;
            });
      }

      public Node write(StepWriter writer, Step step) {
        return keyed(step, str(((Step.Network) step).word()));
      }
    };
  }

  /** {@code parallel: {count: 16, get: photos/cat.jpg}}: one call, on count threads. */
  static StepSyntax parallel() {
    return new StepSyntax() {
      public Step read(StepReader reader, YamlMap.Entry keyword, YamlMap options) {
        options.allowOnly(List.of(), "'parallel'");
        YamlMap map = YamlMap.of(keyword.value(), "parallel");
        Node count = map.require("count", "parallel needs 'count', e.g. '"
            + StepKind.PARALLEL.example() + "'");
        int times = YamlProblem.at(count,
            () -> ScenarioLimits.parallel(YamlValues.count(count, "parallel count")));
        YamlMap call = map.without("count");
        if (call.isEmpty()) {
          throw new YamlProblem(map.node(), "parallel needs a call; expected one of: "
              + Messages.list(StepKind.callKeywords()));
        }
        return new Step.Parallel(times, reader.call(call));
      }

      public Node write(StepWriter writer, Step step) {
        Step.Parallel parallel = (Step.Parallel) step;
        List<NodeTuple> entries = new ArrayList<>();
        entries.add(entry("count", number(parallel.count())));
        entries.addAll(writer.callEntries(parallel.call()));
        return keyed(step, map(FlowStyle.FLOW, entries));
      }
    };
  }

  /** {@code repeat: {times: 3, steps: [...]}}. */
  static StepSyntax repeat() {
    return new StepSyntax() {
      public Step read(StepReader reader, YamlMap.Entry keyword, YamlMap options) {
        options.allowOnly(List.of(), "'repeat'");
        YamlMap map = YamlMap.of(keyword.value(), "repeat")
            .allowOnly(List.of("times", "steps"), "repeat");
        String example = ", e.g. '" + StepKind.REPEAT.example() + "'";
        Node times = map.require("times", "repeat needs 'times'" + example);
        int count = YamlValues.count(times, "repeat times");
        Node steps = map.require("steps", "repeat needs 'steps'" + example);
        boolean outermost = reader.atTopLevel();
        Duration before = reader.elapsed();
        List<Step> body = reader.steps(steps, "repeat steps");
        Step.Repeat repeat = YamlProblem.at(times, () -> new Step.Repeat(count, body));
        // The whole nest's size, said once, at the outermost repeat's times.
        String tooBig = outermost ? ScenarioLimits.repeatTooBig(repeat) : null;
        if (tooBig != null) {
          throw new YamlProblem(times, tooBig);
        }
        reader.moreRounds(times, count, reader.elapsed().minus(before));
        return repeat;
      }

      public Node write(StepWriter writer, Step step) {
        Step.Repeat repeat = (Step.Repeat) step;
        return keyed(step, map(FlowStyle.BLOCK, List.of(
            entry("times", number(repeat.times())), entry("steps", writer.steps(repeat.steps())))));
      }
    };
  }

  /** {@code keyword: value} as a one-entry block map. */
  static Node keyed(Step step, Node value) {
    return map(FlowStyle.BLOCK, List.of(entry(step.kind().keyword(), value)));
  }

  private static <E extends Enum<E> & Keyword> E choice(Node node, String what, Class<E> type) {
    return YamlValues.choice(node, what, Keyword.all(type),
        Keyword.find(type, YamlValues.text(node, "a " + what)).orElse(null));
  }
}
