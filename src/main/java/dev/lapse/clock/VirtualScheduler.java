package dev.lapse.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * A {@link Scheduler} whose tasks fire only when the owner calls {@link #runDue(Instant)}: the
 * scenario runner does so as it moves the virtual clock, and not at all while the app is
 * suspended. Thread-safe for scheduling; running is done by one thread.
 */
public final class VirtualScheduler implements Scheduler {
  private final Clock clock;
  private final PriorityQueue<Entry> queue =
      new PriorityQueue<>(Comparator.comparing(Entry::due).thenComparingLong(Entry::order));
  private final Consumer<Throwable> onTaskFailure;
  private long order;

  /** @param onTaskFailure told of a task that threw; the scheduler goes on with the next one. */
  public VirtualScheduler(Clock clock, Consumer<Throwable> onTaskFailure) {
    this.clock = clock;
    this.onTaskFailure = onTaskFailure;
  }

  @Override
  public Task schedule(Duration delay, Runnable task) {
    return add(delay, null, task);
  }

  @Override
  public Task scheduleAtFixedRate(Duration initialDelay, Duration period, Runnable task) {
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("period must be positive, was " + period);
    }
    return add(initialDelay, period, task);
  }

  private synchronized Task add(Duration delay, Duration period, Runnable task) {
    Handle handle = new Handle();
    queue.add(new Entry(clock.instant().plus(delay.isNegative() ? Duration.ZERO : delay),
        order++, period, task, handle));
    return handle;
  }

  /** The due instant of the earliest live task, if any. */
  public synchronized Optional<Instant> nextDue() {
    while (!queue.isEmpty() && queue.peek().handle.cancelled) {
      queue.poll();
    }
    return queue.isEmpty() ? Optional.empty() : Optional.of(queue.peek().due);
  }

  /** Runs every task due at or before {@code now}, earliest first; returns how many ran. */
  public int runDue(Instant now) {
    int ran = 0;
    Entry next;
    while ((next = pollDue(now)) != null) {
      try {
        next.task.run();
      } catch (RuntimeException | Error e) {
        onTaskFailure.accept(e);
      }
      ran++;
      if (next.period != null && !next.handle.cancelled) {
        synchronized (this) {
          queue.add(new Entry(next.due.plus(next.period), order++, next.period, next.task,
              next.handle));
        }
      }
    }
    return ran;
  }

  private synchronized Entry pollDue(Instant now) {
    nextDue();
    return !queue.isEmpty() && !queue.peek().due.isAfter(now) ? queue.poll() : null;
  }

  /** Drops every task: the app was terminated. */
  public synchronized void clear() {
    queue.forEach(e -> e.handle.cancel());
    queue.clear();
  }

  private record Entry(Instant due, long order, Duration period, Runnable task, Handle handle) {}

  private static final class Handle implements Task {
    private volatile boolean cancelled;

    @Override
    public void cancel() {
      cancelled = true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }
  }
}
