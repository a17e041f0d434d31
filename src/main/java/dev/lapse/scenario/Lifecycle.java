package dev.lapse.scenario;

import java.util.Locale;

/**
 * Where the app is in its life, and the one set of rules for how steps move it: the device
 * runs them, the fuzzer's generator and shrinker keep scenarios well formed with them, and the
 * report draws the app lane from them.
 */
public enum Lifecycle {
  /** Never launched, or terminated: nothing in memory, no task runs. */
  NOT_RUNNING,
  /** Running: calls can be made, scheduled tasks run as time passes. */
  FOREGROUND,
  /** Suspended: in memory, but no task runs until it comes back to the foreground. */
  BACKGROUND;

  /** What a step does to the app's life ({@link Step#lifecycleEvent()}). */
  public enum Event {
    NONE,
    /** From any state to the foreground (a launch while running terminates first). */
    LAUNCH,
    /** From any state to not running. */
    TERMINATE,
    /** From the foreground to the background; otherwise nothing. */
    BACKGROUND,
    /** From the background to the foreground; otherwise nothing. */
    FOREGROUND
  }

  public Lifecycle after(Event event) {
    return switch (event) {
      case NONE -> this;
      case LAUNCH -> FOREGROUND;
      case TERMINATE -> NOT_RUNNING;
      case BACKGROUND -> this == FOREGROUND ? BACKGROUND : this;
      case FOREGROUND -> this == BACKGROUND ? FOREGROUND : this;
    };
  }

  /** Whether app calls can be made: only in the foreground. */
  public boolean acceptsCalls() {
    return this == FOREGROUND;
  }

  /** {@code not running}, {@code foreground}, {@code background}. */
  public String describe() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
