package dev.lapse.internal.device;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

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
  private final Map<Future<?>, Task> tasks = new ConcurrentHashMap<>();
  private final List<StepCutOff> cutOffs = new CopyOnWriteArrayList<>();
  private volatile Duration limit;
  private volatile Supplier<Duration> ceiling = () -> null;

  TimeLimit(Duration limit) {
    this.limit = limit;
  }

  Duration limit() {
    return limit;
  }

  /** A longer (or shorter) limit from now on: the runner's rerun that tells a hang. */
  void limit(Duration next) {
    this.limit = next;
  }

  /**
   * What no wait may exceed whatever the limit (null: nothing), asked before each wait: the
   * real-time budget a runner has left, so that one long run cannot overrun it.
   */
  void ceiling(Supplier<Duration> next) {
    this.ceiling = next;
  }

  /** The cut-offs since the last call, then forgotten. */
  List<StepCutOff> drainCutOffs() {
    List<StepCutOff> out = new ArrayList<>(cutOffs);
    cutOffs.clear();
    return out;
  }

  /** The callable's result; its exception as thrown; a {@link StepCutOff} when it hung. */
  <T> T call(Callable<T> work) throws Exception {
    return call(work, null, 1);
  }

  /** Like {@link #call(Callable)} for work that is {@code calls} calls in a row. */
  <T> T call(Callable<T> work, int calls) throws Exception {
    return call(work, null, calls);
  }

  /**
   * Like {@link #call(Callable)}, for work that waits on another process: a cut-off reports
   * {@code stuck} (what that process said last) instead of the waiting JVM thread's stack.
   */
  <T> T call(Callable<T> work, Supplier<String> stuck) throws Exception {
    return call(work, stuck, 1);
  }

  /** Like {@link #call(Callable, int)}, saying what hung with {@code stuck}'s text. */
  <T> T call(Callable<T> work, Supplier<String> stuck, int calls) throws Exception {
    Bound bound = bound(limit.multipliedBy(Math.max(1, calls)));
    Future<T> f = submit(work);
    return await(f, stuck, bound.time(), bound);
  }

  /** The thread running a piece of work (for its stack), and when the work ended. */
  private record Task(CompletableFuture<Thread> thread, CompletableFuture<Void> ended) {}

  <T> Future<T> submit(Callable<T> work) {
    Task task = new Task(new CompletableFuture<>(), new CompletableFuture<>());
    Future<T> f = pool.submit(() -> {
      task.thread().complete(Thread.currentThread());
      try {
        return work.call();
      } finally {
        task.ended().complete(null);
      }
    });
    tasks.put(f, task);
    return f;
  }

  /**
   * Waits for a burst's calls under one limit for all of them. Awaited one after another,
   * each with the whole limit, a burst of 6 hung calls at a 1 s limit took 44.6 s, and one of
   * 1,000 would have taken hours.
   */
  Burst awaitAll(List<? extends Future<?>> futures) throws InterruptedException {
    Bound bound = bound(limit);
    CompletableFuture<?>[] ended = futures.stream().map(f -> tasks.get(f).ended())
        .toArray(CompletableFuture<?>[]::new);
    try {
      CompletableFuture.allOf(ended).get(bound.time().toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // Each call's own outcome says which: taken one by one below.
    }
    return new Burst(bound);
  }

  /** The results of a burst once its one limit is over: those still running are cut off. */
  final class Burst {
    private final Bound bound;

    private Burst(Bound bound) {
      this.bound = bound;
    }

    /**
     * The call's result, or its cut-off. A call whose work has ended is waited for without a
     * limit: its future completes a moment after its work, and taking that moment for a hang
     * once cut off a burst that had finished.
     */
    <T> T result(Future<T> f) throws Exception {
      Task task = tasks.get(f);
      boolean ended = task != null && task.ended().isDone();
      return await(f, null, ended ? null : Duration.ZERO, bound);
    }
  }

  /** The limit a wait gets now, and whether the ceiling, not the step limit, set it. */
  private record Bound(Duration time, boolean byCeiling) {}

  private Bound bound(Duration full) {
    Duration top = ceiling.get();
    if (top != null && top.compareTo(full) < 0) {
      // To the millisecond: the cut-off's sentence quotes it ("cut off after 2s472ms").
      return new Bound(top.isNegative() ? Duration.ZERO : top.truncatedTo(ChronoUnit.MILLIS),
          true);
    }
    return new Bound(full, false);
  }

  /** @param wait how long to wait for {@code f}; null: until it is done */
  private <T> T await(Future<T> f, Supplier<String> stuck, Duration wait, Bound bound)
      throws Exception {
    try {
      return wait == null ? f.get() : f.get(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    } catch (TimeoutException e) {
      Task t = tasks.get(f);
      String dump = stuck != null ? stuck.get()
          : StepCutOff.dump(t == null ? null : t.thread().getNow(null));
      f.cancel(true);
      StepCutOff cut = new StepCutOff(bound.time(), bound.byCeiling(), dump);
      cutOffs.add(cut);
      throw cut;
    } finally {
      tasks.remove(f);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
