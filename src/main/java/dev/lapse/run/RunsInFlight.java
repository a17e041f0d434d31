package dev.lapse.run;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Which provider, scenario and step each runner thread is in, for the one moment nobody else
 * can say it: a provider that calls {@code System.exit} ends the JVM in the middle of a step,
 * and the command's shutdown hook reads this to name what was running. A provider that calls
 * {@code Runtime.halt} leaves no hook to run, so a command may also {@link #watch} every change
 * and keep it on disk.
 */
public final class RunsInFlight {
  private static final Map<Thread, Supplier<String>> RUNNING = new ConcurrentHashMap<>();
  private static final Map<Thread, String> CONTEXT = new ConcurrentHashMap<>();
  private static final Queue<RunResult> FINISHED = new ConcurrentLinkedQueue<>();
  private static volatile Watcher watcher;

  /** Told, on the runner's thread, of each step start and each finished run. */
  public interface Watcher {
    /** A run began, began a step or ended: {@link #describe()} says something new. */
    void changed();

    /** A suite run finished this result (also kept in {@link #finishedSoFar()}). */
    void finished(RunResult result);
  }

  private RunsInFlight() {}

  /** Tells {@code w} of every change from now on (null: nobody). */
  public static void watch(Watcher w) {
    watcher = w;
  }

  /**
   * What the runs on this thread are part of, said after each (the fuzzer's {@code try 17 of
   * seed 42}), or null for nothing.
   */
  public static void context(String what) {
    if (what == null) {
      CONTEXT.remove(Thread.currentThread());
    } else {
      CONTEXT.put(Thread.currentThread(), what);
    }
  }

  static void enter(Supplier<String> what) {
    RUNNING.put(Thread.currentThread(), what);
    stepStarted();
  }

  static void stepStarted() {
    Watcher w = watcher;
    if (w != null) {
      w.changed();
    }
  }

  static void leave() {
    RUNNING.remove(Thread.currentThread());
    stepStarted();
  }

  /** A suite run finished this result: kept until the suite ends, so an exit can report it. */
  static void finished(RunResult result) {
    FINISHED.add(result);
    Watcher w = watcher;
    if (w != null) {
      w.finished(result);
    }
  }

  /** Forgets the finished results of the suite before. */
  static void clearFinished() {
    FINISHED.clear();
  }

  /** The results a suite run has finished so far, in the order they finished. */
  public static List<RunResult> finishedSoFar() {
    return List.copyOf(FINISHED);
  }

  /** One sentence per run in progress, e.g. {@code robust in scenario 'relaunch', step 3 (get photos/a.jpg)}. */
  public static List<String> describe() {
    return RUNNING.entrySet().stream().map(e -> {
      String context = CONTEXT.get(e.getKey());
      try {
        return e.getValue().get() + (context == null ? "" : ", " + context);
      } catch (RuntimeException ex) {
        return "(unknown)";
      }
    }).sorted().toList();
  }
}
