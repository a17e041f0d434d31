package dev.lapse.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleTableTest {
  @Test
  void aMatrixThenFirstViolationsThenTheLink() {
    String table = Reports.consoleTable(Samples.suite(), Path.of("/tmp/r/index.html"));
    List<String> lines = table.lines().toList();
    assertEquals("scenario             seed-naive           refreshing", lines.get(0));
    assertEquals("relaunch-after-idle  FAIL (2 violations)  PASS", lines.get(1));
    assertEquals("broken-relaunch      FAIL (1 violation)   -", lines.get(4));
    assertEquals("5 passed, 2 failed", lines.get(6));
    assertTrue(lines.get(7).startsWith("  relaunch-after-idle / seed-naive: no-expired-token at"));
    assertTrue(lines.get(7).length() <= 200 && lines.get(7).endsWith("…"), lines.get(7));
    assertEquals("HTML report: file:///tmp/r/index.html", lines.get(lines.size() - 1));
    assertTrue(table.endsWith("\n"));
  }
}
