package dev.lapse.clock;

import java.time.Duration;

/**
 * Runs tasks on virtual time, for a provider's background refresh. A task runs when virtual
 * time reaches its due instant while the app is in the foreground; a suspended app runs the
 * tasks that fell due once it resumes; a terminated app's tasks are dropped.
 *
 * <p>Tasks run on the thread that moves time (never on a thread of their own), one at a time,
 * in due order, so background refresh is as deterministic as the rest of a scenario.
 */
public interface Scheduler {

  /** Runs {@code task} once, {@code delay} from now. */
  Task schedule(Duration delay, Runnable task);

  /** Runs {@code task} first after {@code initialDelay}, then every {@code period}. */
  Task scheduleAtFixedRate(Duration initialDelay, Duration period, Runnable task);

  /** A scheduled task; cancelling it is idempotent. */
  interface Task {
    void cancel();

    boolean isCancelled();
  }
}
