package dev.lapse.internal.cli;

import dev.lapse.internal.report.Reports;
import dev.lapse.run.RunResult;
import dev.lapse.run.RunsInFlight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a run has finished and what it is running, kept on disk while it runs, for the end
 * nothing inside the JVM can report: a provider that calls {@code Runtime.halt} (or a crash,
 * or a kill) skips the shutdown hook of {@link ExitWatch}.
 *
 * <p>In {@code <reports>/in-progress/}: each finished run's JSON report as it finishes, and
 * {@code status.txt}, rewritten at each step start (in place, no fsync: a halt does not lose
 * what the process wrote), holding the sentence to show if the JVM ends now. Whoever comes
 * next shows it: the {@code ./lapse} launcher (told where the file is through the
 * {@value #POINTER} system property) right after the JVM ends, and the next {@code lapse run}
 * into the same reports folder. A run that ends in the JVM, normally or through
 * {@code System.exit}, writes its reports and removes the folder.
 */
final class RunProgress implements RunsInFlight.Watcher, AutoCloseable {
  /** A file the launcher names; the status file's path is written into it. */
  static final String POINTER = "lapse.status.pointer";
  static final String FOLDER = "in-progress";
  static final String LEFT_OVER = "unfinished";

  private final String command;
  private final Path dir;
  private final Map<RunResult, String> jsonMade = new IdentityHashMap<>();
  private FileChannel status;
  private int numbered;
  private int finished;
  private int written;

  private RunProgress(String command, Path dir) {
    this.command = command;
    this.dir = dir;
  }

  /** Says what an earlier run into {@code reports} left, then starts keeping this one's. */
  static RunProgress start(String command, Path reports) {
    Path dir = reports.toAbsolutePath().resolve(FOLDER);
    RunProgress progress = new RunProgress(command, dir);
    try {
      progress.reportLeftOver(reports.toAbsolutePath());
      deleteTree(dir);
      Files.createDirectories(dir);
      Path file = dir.resolve("status.txt");
      progress.status = FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      String pointer = System.getProperty(POINTER);
      if (pointer != null && !pointer.isBlank()) {
        Files.writeString(Path.of(pointer), file.toString(), StandardCharsets.UTF_8);
      }
      progress.changed();
      RunsInFlight.watch(progress);
    } catch (IOException | UncheckedIOException e) {
      System.err.println(command + ": cannot keep the run's progress in " + dir
          + " (a halted JVM will not be reported): " + e.getMessage());
      progress.status = null;
    }
    return progress;
  }

  private void reportLeftOver(Path reports) throws IOException {
    Path file = dir.resolve("status.txt");
    if (!Files.isRegularFile(file)) {
      return;
    }
    Path kept = reports.resolve(LEFT_OVER);
    deleteTree(kept);
    Files.move(dir, kept, StandardCopyOption.ATOMIC_MOVE);
    System.err.println(Files.readString(kept.resolve("status.txt"), StandardCharsets.UTF_8)
        .strip());
    System.err.println(command + ": (an earlier run into " + reports + " left that in "
        + file + "; what it had finished is now in " + kept + ")");
  }

  @Override
  public synchronized void changed() {
    if (status == null) {
      return;
    }
    var running = RunsInFlight.describe();
    String sentence = command + ": the JVM ended without finishing (Runtime.halt or a "
        + "crash?): running " + (running.isEmpty() ? "nothing (between runs)"
            : String.join("; ", running)) + "; " + finished + " finished run(s) kept in "
        + dir + "\n";
    byte[] bytes = padded(sentence.getBytes(StandardCharsets.UTF_8));
    try {
      // In place and never shorter (padded with spaces), so there is no truncate call: one
      // write per step start, and a halt at any moment leaves a whole sentence.
      status.write(ByteBuffer.wrap(bytes), 0);
    } catch (IOException e) {
      status = null; // closed by an exit in progress, or the disk is gone: stop trying
    }
  }

  private byte[] padded(byte[] line) {
    if (line.length >= written) {
      written = line.length;
      return line;
    }
    byte[] out = new byte[written];
    java.util.Arrays.fill(out, (byte) ' ');
    System.arraycopy(line, 0, out, 0, line.length - 1);
    out[written - 1] = '\n';
    return out;
  }

  @Override
  public void finished(RunResult result) {
    int n;
    synchronized (this) {
      if (status == null) {
        return;
      }
      n = ++numbered;
    }
    String json;
    try {
      // Outside the lock: the other providers' runner threads go on meanwhile.
      json = Reports.writeJson(dir, String.format("%03d-", n), result);
    } catch (UncheckedIOException e) {
      return;
    }
    synchronized (this) {
      jsonMade.put(result, json);
      finished++;
      changed();
    }
  }

  /** The JSON reports written so far, by result, so the final reports need not make them again. */
  synchronized Map<RunResult, String> jsonMade() {
    return new IdentityHashMap<>(jsonMade);
  }

  /** The run ended inside the JVM and its reports are written: nothing to tell anyone. */
  @Override
  public synchronized void close() {
    RunsInFlight.watch(null);
    try {
      if (status != null) {
        status.close();
        status = null;
      }
      deleteTree(dir);
    } catch (IOException | UncheckedIOException e) {
      System.err.println(command + ": could not remove " + dir + ": " + e.getMessage());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
