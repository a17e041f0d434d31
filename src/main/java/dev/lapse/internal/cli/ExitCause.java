package dev.lapse.internal.cli;

import java.util.Map;

/**
 * What is ending the JVM, as far as a shutdown hook can tell: the thread that started the
 * shutdown is still inside {@code java.lang.Shutdown.exit}, waiting for the hooks, so its
 * stack says whether {@code System.exit} was called (and from where) or a signal handler
 * ran. What it cannot say is the exit status: Java 17 keeps it in a local variable of that
 * frame, out of any hook's reach (only a SecurityManager's {@code checkExit} sees it).
 *
 * @param signal the signal's name ({@code SIGTERM}, {@code SIGINT}), or null
 * @param caller the frame that called {@code System.exit} or {@code Runtime.exit}, or null
 */
record ExitCause(String signal, String caller) {
  private static final ExitCause UNKNOWN = new ExitCause(null, null);

  /** Read from the stacks of every thread; unknown when no thread is in {@code Shutdown.exit}. */
  static ExitCause now() {
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      StackTraceElement[] stack = e.getValue();
      int exit = indexOf(stack, "java.lang.Shutdown", "exit");
      if (exit < 0) {
        continue;
      }
      if (indexOf(stack, "java.lang.Terminator$1", "handle") >= 0) {
        String name = e.getKey().getName(); // "SIGTERM handler"
        return new ExitCause(name.endsWith(" handler") ? name.substring(0, name.length() - 8)
            : "a signal", null);
      }
      for (int i = stack.length - 1; i > exit; i--) {
        boolean exits = stack[i].getMethodName().equals("exit")
            && (stack[i].getClassName().equals("java.lang.System")
            || stack[i].getClassName().equals("java.lang.Runtime"));
        if (exits && i + 1 < stack.length) {
          return new ExitCause(null, frame(stack[i + 1]));
        }
      }
    }
    return UNKNOWN;
  }

  /** Whether the JVM's own exit status is already non-zero and worth keeping (128 + signal). */
  boolean isSignal() {
    return signal != null;
  }

  /** The clause after "the JVM is exiting before the runs finished". */
  String describe() {
    if (signal != null) {
      return ": it received " + signal + ", a request to stop (Ctrl-C, kill, a CI timeout)";
    }
    if (caller != null) {
      return ": System.exit was called from " + caller;
    }
    return " (System.exit by a provider, or a signal: this hook could not tell which)";
  }

  /** {@code com.example.X.launch(X.java:11)}, without the class loader's {@code app//}. */
  private static String frame(StackTraceElement e) {
    return e.getClassName() + "." + e.getMethodName() + "(" + (e.getFileName() == null
        ? "unknown source" : e.getFileName() + ":" + e.getLineNumber()) + ")";
  }

  private static int indexOf(StackTraceElement[] stack, String type, String method) {
    for (int i = 0; i < stack.length; i++) {
      if (stack[i].getClassName().equals(type) && stack[i].getMethodName().equals(method)) {
        return i;
      }
    }
    return -1;
  }
}
