package dev.lapse.internal.fuzz;

import dev.lapse.scenario.Lifecycle;
import dev.lapse.scenario.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a scenario being generated, and where the app is in its life, so that the
 * generator never calls an app that is closed or suspended: a call first launches or resumes
 * it, as a user tapping the app would.
 */
final class Script {
  private final List<Step> steps = new ArrayList<>();
  private final boolean twoRegions;
  private final GeneratedWorlds.Lifetimes lifetimes;
  private Lifecycle life = Lifecycle.NOT_RUNNING;

  Script(boolean twoRegions, GeneratedWorlds.Lifetimes lifetimes) {
    this.twoRegions = twoRegions;
    this.lifetimes = lifetimes;
  }

  /** The lifetimes of the world the scenario runs in, for waits to aim at. */
  GeneratedWorlds.Lifetimes lifetimes() {
    return lifetimes;
  }

  boolean twoRegions() {
    return twoRegions;
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }

  void add(Step step) {
    steps.add(step);
  }

  void launch() {
    take(new Step.Launch());
  }

  void terminate() {
    if (life != Lifecycle.NOT_RUNNING) {
      take(new Step.Terminate());
    }
  }

  void background() {
    bringToForeground();
    take(new Step.Background());
  }

  void foreground() {
    bringToForeground();
  }

  /** A call (or burst), after launching or resuming the app if it is not in the foreground. */
  void call(Step call) {
    bringToForeground();
    steps.add(call);
  }

  /**
   * Whether {@code steps} only call the app while it is in the foreground: what the step
   * shrinker keeps true, so that a shrunk scenario never fails merely because it called an app
   * that was closed or suspended.
   */
  static boolean wellFormed(List<Step> steps) {
    Lifecycle life = Lifecycle.NOT_RUNNING;
    for (Step step : steps) {
      if (step.callsTheApp() && !life.acceptsCalls()) {
        return false;
      }
      life = life.after(step.lifecycleEvent());
    }
    return true;
  }

  private void take(Step step) {
    steps.add(step);
    life = life.after(step.lifecycleEvent());
  }

  private void bringToForeground() {
    if (life == Lifecycle.NOT_RUNNING) {
      launch();
    } else if (life == Lifecycle.BACKGROUND) {
      take(new Step.Foreground());
    }
  }
}
