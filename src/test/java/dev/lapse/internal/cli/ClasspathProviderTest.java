package dev.lapse.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    Path src = tmp.resolve("src/com/acme/BrokenFactory.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SOURCE);
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp",
        System.getProperty("java.class.path"), src.toString());
    assertEquals(0, compiled);

    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true));
    int code;
    try {
      code = Main.execute("run", "scenarios/15-relaunch-without-idle.yaml", "--provider",
          "com.acme.BrokenFactory", "--classpath", classes.toString(), "--reports",
          tmp.resolve("reports").toString());
    } finally {
      System.setOut(out);
    }
    assertEquals(1, code, captured.toString());
    assertTrue(captured.toString().contains("InvalidAccessKeyId"), captured.toString());
    assertTrue(List.of(classes.toFile().list()).contains("com"));
  }
}
