package dev.lapse.clock;

/**
 * Virtual time would leave the years 0001..9999 ({@link TimeBounds}). Its own type, not just an
 * IllegalArgumentException, so that a scenario runner can tell "the scenario's clock cannot go
 * there" (nobody's verdict: the run cannot be judged) from provider code that threw.
 */
public final class VirtualTimeOutOfRange extends IllegalArgumentException {
  VirtualTimeOutOfRange(String message) {
    super(message);
  }

  /** Whether {@code e} or one of its causes is one. */
  public static boolean in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof VirtualTimeOutOfRange) {
        return true;
      }
    }
    return false;
  }
}
