package dev.lapse.internal.aws.world;

import dev.lapse.clock.WallClock;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Collects one request body without holding a thread: Jetty calls {@link #onDataAvailable}
 * when bytes have arrived, this takes what is there and returns. So a client that trickles its
 * body costs a connection and a buffer, not one of the container's threads, and a few hundred
 * such clients no longer block everyone else. Reads stop at the limit plus one byte.
 *
 * <p>A body far slower than any client on loopback could be is cut off: more than 30 s since
 * the headers and under 1 KiB/s on average. A minimum data rate measured from a body's first
 * byte (Jetty's) refused small PUTs that a busy machine read late; this one counts only bodies
 * that are both long-running and nearly stalled, which no machine's load can make of a
 * client's sending. A client that sends nothing at all meets Jetty's idle timeout first.
 */
final class BodyCollector implements ReadListener {
  static final long SLOW_AFTER_NANOS = TimeUnit.SECONDS.toNanos(30);
  static final long SLOW_BYTES_PER_SECOND = 1024;

  /**
   * What became of the body; exactly one is called, on a container thread, and answers the
   * request before it returns.
   */
  interface Outcome {
    void collected(byte[] body);

    /** More than the limit arrived; {@code read} bytes were read. */
    void tooLarge(long read);

    /** Slower than {@link #tooSlow} allows. */
    void tooSlow();

    /** The bodies being read at once already hold all the memory the budget allows. */
    void overloaded();

    /** Jetty could not read it (bad chunking, cut short, idle too long). */
    void unreadable(Throwable failure);
  }

  private final ServletInputStream in;
  private final long limit;
  /** The most the buffer will hold: the declared length, or the limit plus one byte. */
  private final int capacity;
  private final Outcome outcome;
  private final BodyBudget budget;
  /** What this body took from the budget: its buffer's length, until it ends. */
  private long taken;
  private final long startedNanos = WallClock.nanos();
  // Grown as bytes arrive, never ahead of them: a declared length alone allocates nothing,
  // and a declared body that arrives whole ends in an array of exactly its size.
  private byte[] body = new byte[0];
  private int size;
  private boolean done;

  /** {@code declared} is the Content-Length (at most {@code limit}), or -1. */
  BodyCollector(ServletInputStream in, long limit, long declared, BodyBudget budget,
      Outcome outcome) {
    this.in = in;
    this.budget = budget;
    this.limit = limit;
    this.capacity = (int) Math.min(declared >= 0 ? declared : limit + 1, Integer.MAX_VALUE - 8);
    this.outcome = outcome;
  }

  /** Whether {@code bytes} arriving in {@code elapsedNanos} is a body too slow to wait for. */
  static boolean tooSlow(long elapsedNanos, long bytes) {
    return elapsedNanos > SLOW_AFTER_NANOS
        && bytes < SLOW_BYTES_PER_SECOND * (double) elapsedNanos / TimeUnit.SECONDS.toNanos(1);
  }

  @Override
  public void onDataAvailable() throws IOException {
    while (!done && in.isReady()) {
      if (size == body.length && size < capacity) {
        int grown = (int) Math.min(capacity, Math.max(16 * 1024, 2L * size));
        if (!budget.take(grown - body.length)) {
          end(outcome::overloaded);
          return;
        }
        taken += grown - body.length;
        body = Arrays.copyOf(body, grown);
      }
      // A full buffer can only be followed by the body's end (its declared length is
      // reached) or by the byte past the limit.
      int n = size < body.length ? in.read(body, size, body.length - size)
          : in.read() < 0 ? -1 : 1;
      if (n < 0) {
        return; // onAllDataRead comes next
      }
      size += n;
      if (size > Math.min(limit, capacity)) {
        end(() -> outcome.tooLarge(size));
        return;
      }
    }
    if (!done && tooSlow(WallClock.nanos() - startedNanos, size)) {
      end(outcome::tooSlow);
    }
  }

  @Override
  public void onAllDataRead() {
    if (!done) {
      byte[] bytes = size == body.length ? body : Arrays.copyOf(body, size);
      end(() -> outcome.collected(bytes));
    }
  }

  @Override
  public void onError(Throwable failure) {
    if (!done) {
      end(() -> outcome.unreadable(failure));
    }
  }

  /**
   * Ends the reading and says how it ended. The outcome answers the request before it returns,
   * so what this body took from the budget is given back then: the bytes handed on are held
   * until the answer is written.
   */
  private void end(Runnable tell) {
    finish();
    try {
      tell.run();
    } finally {
      budget.giveBack(taken);
      taken = 0;
    }
  }

  /** Ends the reading; the buffer goes at once, not when Jetty recycles the request. */
  private void finish() {
    done = true;
    body = new byte[0];
  }
}
