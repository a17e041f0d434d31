package dev.lapse.internal.aws.world;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The memory all request bodies being read at once may hold. Bodies are read without a thread
 * each ({@link BodyCollector}), so nothing else bounds how many are in flight: a few dozen
 * clients sending 64 MiB bodies at once would fill the heap, and then every answer fails. A
 * body that would go over is refused, throttled as AWS throttles ({@link
 * AwsErrorPages#refuseOverloaded}), and its bytes dropped; the bodies already in hand go on.
 */
final class BodyBudget {
  /** Bodies at the limit that may be held at once, as long as the heap allows. */
  static final int BODIES_AT_THE_LIMIT = 32;

  private final LongSupplier bodyLimit;
  private final AtomicLong held = new AtomicLong();

  /** {@code bodyLimit}: the world's body limit now (a reconfigured world may change it). */
  BodyBudget(LongSupplier bodyLimit) {
    this.bodyLimit = bodyLimit;
  }

  /** A third of the heap, or {@link #BODIES_AT_THE_LIMIT} bodies at the limit if less. */
  long capacity() {
    long limit = bodyLimit.getAsLong();
    long bodies = limit > Long.MAX_VALUE / BODIES_AT_THE_LIMIT ? Long.MAX_VALUE
        : limit * BODIES_AT_THE_LIMIT;
    return Math.min(Runtime.getRuntime().maxMemory() / 3, bodies);
  }

  /** Takes {@code bytes} more, or nothing and false when that would pass the capacity. */
  boolean take(long bytes) {
    long capacity = capacity();
    long now;
    do {
      now = held.get();
      if (now + bytes > capacity) {
        return false;
      }
    } while (!held.compareAndSet(now, now + bytes));
    return true;
  }

  void giveBack(long bytes) {
    held.addAndGet(-bytes);
  }

  long held() {
    return held.get();
  }
}
