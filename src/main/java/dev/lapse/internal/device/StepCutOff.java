package dev.lapse.internal.device;

import dev.lapse.vocabulary.Durations;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Provider code that was still running when the real-time step limit ran out. A cut-off says
 * nothing about the provider by itself (a loaded machine cuts off a healthy provider too): the
 * runner treats it as "could not judge" and reruns with a much longer limit to tell a hang
 * from a slow machine.
 */
public final class StepCutOff extends TimeoutException {
  private final transient String threadDump;
  private final Duration after;
  private final boolean budgetSpent;

  StepCutOff(Duration after, boolean budgetSpent, String threadDump) {
    super("cut off after " + Durations.format(after) + " of real time"
        + (budgetSpent ? " (what was left of the run's budget)" : ""));
    this.after = after;
    this.budgetSpent = budgetSpent;
    this.threadDump = threadDump;
  }

  /** The stack of the provider thread that was still running, as a JVM thread dump shows it. */
  public String threadDump() {
    return threadDump;
  }

  /** The real time the code had before it was cut off (several step limits for an upload). */
  public Duration after() {
    return after;
  }

  /**
   * Whether the runner's real-time budget, not the step limit, set the cut-off: a run that
   * met the end of its budget, which says nothing about the provider, not even on a rerun.
   */
  public boolean budgetSpent() {
    return budgetSpent;
  }

  static String dump(Thread t) {
    if (t == null) {
      return "(the thread had not started)";
    }
    StringBuilder sb = new StringBuilder("\"").append(t.getName()).append("\" ")
        .append(t.getState()).append('\n');
    StackTraceElement[] stack = t.getStackTrace();
    for (int i = 0; i < Math.min(stack.length, 64); i++) {
      sb.append("    at ").append(stack[i]).append('\n');
    }
    if (stack.length > 64) {
      sb.append("    ... ").append(stack.length - 64).append(" more\n");
    }
    return sb.toString();
  }
}
