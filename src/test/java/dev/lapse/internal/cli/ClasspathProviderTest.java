package dev.lapse.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's provider that Lapse has never seen, compiled here into a folder of its own and
 * loaded with --classpath and --provider, as `lapse run` users plug theirs in.
 */
class ClasspathProviderTest {
  @TempDir
  Path tmp;

  private static final String SOURCE = """
      package com.acme;

      import dev.lapse.provider.AppProviders;
      import dev.lapse.provider.CredentialsProviderFactory;
      import dev.lapse.provider.Device;
      import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

      public final class BrokenFactory implements CredentialsProviderFactory {
        @Override
        public AppProviders launch(Device device) {
          // Never fetches anything: S3 refuses keys it never issued.
          return AppProviders.of(() -> AwsBasicCredentials.create("AKIAACMEACMEACMEACME", "x"));
        }
      }
      """;

  @Test
  void aProviderClassFromAnotherFolderIsLoadedByName() throws Exception {
    Path classes = compileBrokenFactory();
    String[] out = new String[1];
    int code = capture(out, () -> Main.execute("run", "scenarios/15-relaunch-without-idle.yaml",
        "--provider", "com.acme.BrokenFactory", "--classpath", classes.toString(), "--reports",
        tmp.resolve("reports").toString()));
    assertEquals(1, code, out[0]);
    assertTrue(out[0].contains("InvalidAccessKeyId"), out[0]);
    assertTrue(List.of(classes.toFile().list()).contains("com"));
  }

  /** The rerun commands a fuzz failure prints name the --classpath, and work as printed. */
  @Test
  void fuzzRerunCommandsKeepTheClasspath() throws Exception {
    Path classes = compileBrokenFactory();
    Path reports = tmp.resolve("reports");
    String[] out = new String[1];
    int code = capture(out, () -> Main.execute("fuzz", "--provider", "com.acme.BrokenFactory",
        "--classpath", classes.toString(), "--seed", "1", "--tries", "5", "--workers", "1",
        "--shrink-budget", "20", "--reports", reports.toString()));
    assertEquals(1, code, out[0]);
    String cp = " --classpath " + classes;
    Matcher run = Pattern.compile("\\./lapse run (\\S+) --provider com\\.acme\\.BrokenFactory"
        + Pattern.quote(cp) + "\n").matcher(out[0]);
    assertTrue(run.find(), out[0]);
    Matcher search = Pattern.compile("\\./lapse fuzz --provider com\\.acme\\.BrokenFactory "
        + "--seed 1 --tries (\\d+)" + Pattern.quote(cp) + "\n").matcher(out[0]);
    assertTrue(search.find(), out[0]);

    String[] rerun = new String[1];
    assertEquals(1, capture(rerun, () -> Main.execute("run", run.group(1), "--provider",
        "com.acme.BrokenFactory", "--classpath", classes.toString(), "--reports",
        reports.toString())), rerun[0]);
    assertEquals(1, capture(rerun, () -> Main.execute("fuzz", "--provider",
        "com.acme.BrokenFactory", "--seed", "1", "--tries", search.group(1), "--classpath",
        classes.toString(), "--shrink-budget", "5", "--reports", reports.toString())), rerun[0]);
  }

  @Test
  void anUnknownProviderIsToldAboutTheClasspath() {
    String[] out = new String[1];
    int code = capture(out, () -> Main.execute("fuzz", "--provider", "com.acme.BrokenFactory",
        "--tries", "1"));
    assertEquals(2, code, out[0]);
    assertTrue(out[0].contains("unknown provider 'com.acme.BrokenFactory'"), out[0]);
    assertTrue(out[0].contains("with --classpath"), out[0]);
  }

  private Path compileBrokenFactory() throws Exception {
    Path src = tmp.resolve("src/com/acme/BrokenFactory.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SOURCE);
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp",
        System.getProperty("java.class.path"), src.toString());
    assertEquals(0, compiled);
    return classes;
  }

  /** Runs a command with stdout and stderr captured together into {@code out[0]}. */
  private static int capture(String[] out, IntSupplier command) {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(captured, true);
    System.setOut(both);
    System.setErr(both);
    try {
      return command.getAsInt();
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
      out[0] = captured.toString();
    }
  }
}
