package dev.lapse.fuzz;

import dev.lapse.scenario.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a scenario being generated, and where the app is in its life, so that the
 * generator never calls an app that is closed or suspended: a call first launches or resumes
 * it, as a user tapping the app would.
 */
final class Script {
  private enum Life { CLOSED, FOREGROUND, BACKGROUND }

  private final List<Step> steps = new ArrayList<>();
  private final boolean twoRegions;
  private Life life = Life.CLOSED;

  Script(boolean twoRegions) {
    this.twoRegions = twoRegions;
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
    steps.add(new Step.Launch());
    life = Life.FOREGROUND;
  }

  void terminate() {
    if (life != Life.CLOSED) {
      steps.add(new Step.Terminate());
      life = Life.CLOSED;
    }
  }

  void background() {
    bringToForeground();
    steps.add(new Step.Background());
    life = Life.BACKGROUND;
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
    Life life = Life.CLOSED;
    for (Step step : steps) {
      if (step instanceof Step.Launch) {
        life = Life.FOREGROUND;
      } else if (step instanceof Step.Terminate) {
        life = Life.CLOSED;
      } else if (step instanceof Step.Background && life == Life.FOREGROUND) {
        life = Life.BACKGROUND;
      } else if (step instanceof Step.Foreground && life == Life.BACKGROUND) {
        life = Life.FOREGROUND;
      } else if ((step instanceof Step.S3Call || step instanceof Step.CallerIdentity
          || step instanceof Step.Parallel) && life != Life.FOREGROUND) {
        return false;
      }
    }
    return true;
  }

  private void bringToForeground() {
    if (life == Life.CLOSED) {
      launch();
    } else if (life == Life.BACKGROUND) {
      steps.add(new Step.Foreground());
      life = Life.FOREGROUND;
    }
  }
}
