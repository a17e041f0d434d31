package dev.lapse.internal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Drives Debian's {@code chromium} headless, with no Java dependency: dump the DOM after the
 * page's scripts ran, or take a screenshot, and collect what the page logged to its console
 * (Chromium prints console messages to stderr as {@code INFO:CONSOLE} lines).
 */
public final class HeadlessChromium {
  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  /** What one browser run gave back; {@code took} is real time, browser start included. */
  public record Result(int exit, String stdout, List<String> console, Duration took) {}

  private HeadlessChromium() {}

  /** The browser: {@code $CHROMIUM} if set, else the first of the usual Debian paths. */
  public static Optional<Path> find() {
    String configured = System.getenv("CHROMIUM");
    Stream<String> names = configured == null ? CANDIDATES.stream()
        : Stream.concat(Stream.of(configured), CANDIDATES.stream());
    return names.map(Path::of).filter(Files::isExecutable).findFirst();
  }

  public static Result dumpDom(Path browser, Path html) {
    return run(browser, html, List.of("--dump-dom"));
  }

  public static Result screenshot(Path browser, Path html, Path png, int width, int height) {
    return run(browser, html, List.of("--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(),
        "--window-size=" + width + "," + height));
  }

  private static Result run(Path browser, Path html, List<String> action) {
    Path work = null;
    try {
      work = Files.createTempDirectory("lapse-chromium");
      List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless",
          "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--user-data-dir=" + work.resolve("profile"), "--enable-logging=stderr", "--v=0"));
      command.addAll(action);
      command.add(html.toAbsolutePath().toUri().toString());
      Path out = work.resolve("stdout");
      Path err = work.resolve("stderr");
      long started = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
          .redirectError(err.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) { // a real-time wait on a real process
        p.destroyForcibly();
        throw new IllegalStateException("chromium did not finish within 60 s: " + command);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      List<String> console = Files.readAllLines(err).stream()
          .filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
      return new Result(p.exitValue(), Files.readString(out), console, took);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      delete(work);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp profile is harmless.
    }
  }
}
