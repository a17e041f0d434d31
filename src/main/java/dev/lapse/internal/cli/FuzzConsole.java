package dev.lapse.internal.cli;

import dev.lapse.fuzz.FuzzProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Fuzz progress on the console: a bar redrawn in place with {@code \r} when stdout is a
 * terminal, else a plain line every 10% of the tries or every 5 seconds, so CI logs stay short.
 */
final class FuzzConsole implements FuzzProgress {
  private static final int WIDTH = 30;
  private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

  private final PrintStream out;
  private final boolean terminal;
  private long lastLine;
  private int lastTenth;
  private boolean barDrawn;

  FuzzConsole(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void tried(int done, int planned, int failures, long elapsedNanos) {
    double rate = done / Math.max(elapsedNanos / 1e9, 1e-9);
    if (terminal) {
      int filled = planned == 0 ? WIDTH : (int) ((long) WIDTH * done / planned);
      out.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d tries, %d failures, %.1f tries/s ",
          "#".repeat(filled), ".".repeat(WIDTH - filled), done, planned, failures, rate));
      out.flush();
      barDrawn = true;
      return;
    }
    int tenth = planned == 0 ? 10 : (int) (10L * done / planned);
    if (tenth > lastTenth || elapsedNanos - lastLine >= PLAIN_EVERY_NANOS || failures > 0) {
      lastTenth = tenth;
      lastLine = elapsedNanos;
      out.println(String.format(Locale.ROOT, "%d/%d tries, %d failures, %.1f tries/s",
          done, planned, failures, rate));
    }
  }

  @Override
  public void shrinking(int tryIndex, int steps) {
    finishBar();
    out.println("try " + tryIndex + " failed (" + steps + " steps); shrinking...");
  }

  /** Ends the bar's line so what follows starts on a fresh one. */
  void finishBar() {
    if (barDrawn) {
      out.println();
      barDrawn = false;
    }
  }
}
