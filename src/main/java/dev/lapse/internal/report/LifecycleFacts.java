package dev.lapse.internal.report;

import dev.lapse.history.RunRecord;
import dev.lapse.history.StepRecord;
import dev.lapse.internal.report.Timeline.Bar;
import dev.lapse.internal.report.Timeline.Flag;
import dev.lapse.scenario.Condition;
import dev.lapse.vocabulary.Durations;
import dev.lapse.scenario.Lifecycle;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.StepKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The app lane (running and background spans, launches, terminations, failed steps) and the
 * conditions lane (clock skew, latency, injected faults, no network) of a timeline, read from
 * the recorded steps: their lifecycle events (the rules of {@link Lifecycle}) and the
 * {@link Condition}s they start and end.
 */
final class LifecycleFacts {
  final List<Bar> lifecycle = new ArrayList<>();
  final List<Flag> events = new ArrayList<>();
  final List<Bar> conditions = new ArrayList<>();

  private record Open(Condition condition, Instant since) {}

  private final RunRecord run;
  private final Map<String, Open> open = new LinkedHashMap<>();
  private Lifecycle life = Lifecycle.NOT_RUNNING;
  private Instant lifeSince;
  private String lifeLabel;

  LifecycleFacts(Scenario scenario, RunRecord run) {
    this.run = run;
    for (StepRecord s : run.steps()) {
      Instant t = s.startedAt();
      Lifecycle next = life.after(s.step().lifecycleEvent());
      boolean relaunch = s.step().lifecycleEvent() == Lifecycle.Event.LAUNCH;
      if (next != life || relaunch) {
        change(t, next, "launch " + s.launch());
      }
      if (s.step().kind() == StepKind.WIPE_KEYCHAIN) {
        events.add(new Flag(t, "wipe", "wipe", "keychain wiped at " + at(t) + " (step "
            + s.id() + ")"));
      }
      s.step().condition().ifPresent(c -> condition(c, t));
      if (s.note() != null) {
        events.add(new Flag(t, "!", "warn", s.label() + " at " + at(t) + " failed: " + s.note()));
      }
    }
    closeLife(run.end(), " until the run ended at " + at(run.end()));
    new ArrayList<>(open.keySet()).forEach(lane -> end(lane, run.end()));
  }

  private void change(Instant t, Lifecycle next, String launchLabel) {
    closeLife(t, next == Lifecycle.NOT_RUNNING ? " until terminated at " + at(t) : " until " + at(t));
    life = next;
    if (next != Lifecycle.NOT_RUNNING) {
      lifeSince = t;
      lifeLabel = next == Lifecycle.FOREGROUND ? launchLabel : "background";
    }
  }

  private void closeLife(Instant t, String how) {
    if (lifeSince != null) {
      boolean running = !lifeLabel.equals("background");
      String what = running ? lifeLabel + ": running" : "in the background";
      lifecycle.add(new Bar(lifeLabel, lifeSince, t, running ? "running" : "background",
          what + " from " + at(lifeSince) + how));
      lifeSince = null;
    }
  }

  /** A condition replaces the one open on its lane; one with a length ends by itself. */
  private void condition(Condition c, Instant t) {
    end(c.lane(), t);
    if (c.endsLane()) {
      return;
    }
    if (c.lasts() != null) {
      Instant until = t.plus(c.lasts()).isAfter(run.end()) ? run.end() : t.plus(c.lasts());
      conditions.add(new Bar(c.label(), t, until, css(c), c.meaning() + " from " + at(t)
          + " for " + Durations.format(c.lasts())));
    } else {
      open.put(c.lane(), new Open(c, t));
    }
  }

  private void end(String lane, Instant t) {
    Open o = open.remove(lane);
    if (o != null) {
      conditions.add(new Bar(o.condition().label(), o.since(), t, css(o.condition()),
          o.condition().meaning() + ", from " + at(o.since()) + " to " + at(t)));
    }
  }

  /** The lane's first word (skew, latency, fault, network) is its style. */
  private static String css(Condition c) {
    int space = c.lane().indexOf(' ');
    return space < 0 ? c.lane() : c.lane().substring(0, space);
  }

  private String at(Instant t) {
    return t == null ? "never (a long-lived key)" : Text.offset(run.start(), t);
  }
}
