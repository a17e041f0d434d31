package dev.lapse.internal.aws.world;

import dev.lapse.clock.WallClock;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

  /** What became of the body; exactly one is called, on a container thread. */
  interface Outcome {
    void collected(byte[] body);

    /** More than the limit arrived; {@code read} bytes were read. */
    void tooLarge(long read);

    /** Slower than {@link #tooSlow} allows. */
    void tooSlow();

    /** Jetty could not read it (bad chunking, cut short, idle too long). */
    void unreadable(Throwable failure);
  }

  private final ServletInputStream in;
  private final long limit;
  private final Outcome outcome;
  private final long startedNanos = WallClock.nanos();
  private ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final byte[] buffer = new byte[16 * 1024];
  private boolean done;

  BodyCollector(ServletInputStream in, long limit, Outcome outcome) {
    this.in = in;
    this.limit = limit;
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
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - body.size()));
      if (n < 0) {
        return; // onAllDataRead comes next
      }
      body.write(buffer, 0, n);
      if (body.size() > limit) {
        long read = body.size();
        finish();
        outcome.tooLarge(read);
        return;
      }
    }
    if (!done && tooSlow(WallClock.nanos() - startedNanos, body.size())) {
      finish();
      outcome.tooSlow();
    }
  }

  @Override
  public void onAllDataRead() {
    if (!done) {
      byte[] bytes = body.toByteArray();
      finish();
      outcome.collected(bytes);
    }
  }

  @Override
  public void onError(Throwable failure) {
    if (!done) {
      finish();
      outcome.unreadable(failure);
    }
  }

  /** Ends the reading; the buffer goes at once, not when Jetty recycles the request. */
  private void finish() {
    done = true;
    body = null;
  }
}
