package dev.lapse.device;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a piece of provider code with a real-time limit, so that a provider that hangs fails
 * its step instead of hanging Lapse. This is the one genuinely real-time wait in a scenario:
 * it guards against a bug, it never stands in for virtual time.
 */
final class TimeLimit implements AutoCloseable {
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "lapse-app-call");
    t.setDaemon(true);
    return t;
  });
  private final Duration limit;

  TimeLimit(Duration limit) {
    this.limit = limit;
  }

  Duration limit() {
    return limit;
  }

  /** The callable's result; its exception as thrown; a {@link TimeoutException} when it hung. */
  <T> T call(Callable<T> work) throws Exception {
    Future<T> f = pool.submit(work);
    return await(f);
  }

  <T> Future<T> submit(Callable<T> work) {
    return pool.submit(work);
  }

  <T> T await(Future<T> f) throws Exception {
    try {
      return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new TimeoutException("cut off after " + dev.lapse.vocabulary.Durations.format(limit)
          + " of real time");
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
