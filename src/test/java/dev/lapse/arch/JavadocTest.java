package dev.lapse.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public packages' Javadoc builds without a warning, with every doclint group on except
 * "missing" (an accessor or enum constant named for what it is needs no sentence; every type
 * and every method whose name does not say it all has one).
 */
class JavadocTest {
  static final List<String> PUBLIC = List.of("dev.lapse", "dev.lapse.clock",
      "dev.lapse.vocabulary", "dev.lapse.scenario", "dev.lapse.provider",
      "dev.lapse.provider.reference", "dev.lapse.journal", "dev.lapse.history", "dev.lapse.check",
      "dev.lapse.run", "dev.lapse.fuzz", "dev.lapse.junit");

  @TempDir
  Path out;

  @Test
  void publicPackagesDocumentWithoutWarnings() {
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> args = new ArrayList<>(List.of("-quiet", "-Xdoclint:all,-missing",
        "-sourcepath", Path.of("src/main/java").toString(),
        "-classpath", System.getProperty("java.class.path"), "-d", out.toString()));
    args.addAll(PUBLIC);
    boolean ok = javadoc.getTask(null, null, diagnostics, null, args, null).call();
    String problems = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.ERROR
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(d -> (d.getSource() == null ? "" : new File(d.getSource().getName()).getName() + ":"
            + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
    assertEquals("", problems);
    assertTrue(ok, "javadoc failed");
  }
}
