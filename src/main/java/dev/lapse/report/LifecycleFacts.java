package dev.lapse.report;

import dev.lapse.journal.RunRecord;
import dev.lapse.journal.StepRecord;
import dev.lapse.report.Timeline.Bar;
import dev.lapse.report.Timeline.Flag;
import dev.lapse.scenario.Durations;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The app lane (running and background spans, launches, terminations, failed steps) and the
 * conditions lane (clock skew, latency, injected faults) of a timeline, read from the steps.
 */
final class LifecycleFacts {
  final List<Bar> lifecycle = new ArrayList<>();
  final List<Flag> events = new ArrayList<>();
  final List<Bar> conditions = new ArrayList<>();

  private final RunRecord run;
  private Instant openSince;
  private String openCss;
  private String openLabel;
  private Instant skewSince;
  private Duration skew = Duration.ZERO;
  private Instant latencySince;
  private Duration latency = Duration.ZERO;

  LifecycleFacts(Scenario scenario, RunRecord run) {
    this.run = run;
    for (StepRecord s : run.steps()) {
      Instant t = s.startedAt();
      switch (s.kind()) {
        case "launch" -> open(t, "running", "launch " + s.launch());
        case "background" -> open(t, "background", "background");
        case "foreground" -> open(t, "running", "launch " + s.launch());
        case "terminate" -> close(t, " until terminated at " + at(t));
        case "wipe-keychain" -> events.add(new Flag(t, "wipe", "wipe",
            "keychain wiped at " + at(t) + " (step " + s.id() + ")"));
        default -> StepLookup.find(scenario, s.id()).ifPresent(step -> condition(step, t));
      }
      if (s.note() != null) {
        events.add(new Flag(t, "!", "warn", s.label() + " at " + at(t) + " failed: " + s.note()));
      }
    }
    close(run.end(), " until the run ended at " + at(run.end()));
    setSkew(run.end(), Duration.ZERO);
    setLatency(run.end(), Duration.ZERO);
  }

  private void open(Instant t, String css, String label) {
    close(t, " until " + at(t));
    openSince = t;
    openCss = css;
    openLabel = label;
  }

  private void close(Instant t, String how) {
    if (openSince != null) {
      String what = openCss.equals("running") ? openLabel + ": running" : "in the background";
      lifecycle.add(new Bar(openLabel, openSince, t, openCss,
          what + " from " + at(openSince) + how));
      openSince = null;
    }
  }

  private void condition(Step step, Instant t) {
    if (step instanceof Step.Skew s) {
      setSkew(t, s.offset());
    } else if (step instanceof Step.Latency l) {
      setLatency(t, l.delay());
    } else if (step instanceof Step.Fault f) {
      Instant until = t.plus(f.duration()).isAfter(run.end()) ? run.end() : t.plus(f.duration());
      String what = f.target().yamlName() + " " + f.kind().yamlName();
      conditions.add(new Bar("fault " + what, t, until, "fault",
          "injected fault: " + what + " from " + at(t) + " for " + Durations.format(f.duration())));
    }
  }

  private void setSkew(Instant t, Duration next) {
    if (!skew.isZero()) {
      String sign = skew.isNegative() ? "" : "+";
      String dir = skew.isNegative() ? "behind" : "ahead";
      conditions.add(new Bar("clock " + sign + Durations.format(skew), skewSince, t, "skew",
          "device clock " + Durations.format(skew.abs()) + " " + dir + " of true time, from "
              + at(skewSince) + " to " + at(t)));
    }
    skew = next;
    skewSince = t;
  }

  private void setLatency(Instant t, Duration next) {
    if (!latency.isZero()) {
      conditions.add(new Bar("latency " + Durations.format(latency), latencySince, t, "latency",
          "every request takes " + Durations.format(latency) + " to be judged, from "
              + at(latencySince) + " to " + at(t)));
    }
    latency = next;
    latencySince = t;
  }

  private String at(Instant t) {
    return t == null ? "never (a long-lived key)" : Text.offset(run.start(), t);
  }
}
