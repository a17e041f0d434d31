package dev.lapse.device;

/** Where the app is in its life. */
public enum Lifecycle {
  /** Never launched, or terminated: nothing in memory, no task runs. */
  NOT_RUNNING,
  /** Running: calls can be made, scheduled tasks run as time passes. */
  FOREGROUND,
  /** Suspended: in memory, but no task runs until it comes back to the foreground. */
  BACKGROUND
}
