package dev.lapse.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.run.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
  @TempDir
  Path dir;

  @Test
  void writesEveryFileWhereTheCiExpectsIt() {
    Path index = Reports.write(dir.resolve("nested/reports"), Samples.suite());
    Path root = dir.resolve("nested/reports");
    assertEquals(root.resolve("index.html"), index);
    for (String file : List.of("junit/TEST-lapse-seed-naive.xml",
        "junit/TEST-lapse-refreshing.xml", "json/seed-naive/relaunch-after-idle.json",
        "json/refreshing/burst-and-fault.json", "schema/lapse-report.schema.json")) {
      assertTrue(Files.isRegularFile(root.resolve(file)), file);
    }
  }

  @Test
  void aScenarioRunTwiceForOneProviderOverwritesNothing() throws Exception {
    RunResult once = Samples.relaunchAfterIdle("com.acme.My$Factory", true);
    RunResult again = Samples.relaunchAfterIdle("com.acme.My$Factory", false);
    Reports.write(dir, List.of(once, again));
    Path json = dir.resolve("json/com.acme.My_Factory");
    assertTrue(Files.isRegularFile(json.resolve("relaunch-after-idle.json")));
    assertTrue(Files.isRegularFile(json.resolve("relaunch-after-idle-2.json")));
    String html = Files.readString(dir.resolve("index.html"));
    assertTrue(html.contains("id=\"run-relaunch-after-idle--com.acme.My_Factory-2\""));
    assertTrue(Files.isRegularFile(dir.resolve("junit/TEST-lapse-com.acme.My_Factory.xml")));
  }

  @Test
  void anEmptyResultListStillMakesAPage() throws Exception {
    Path index = Reports.write(dir, List.of());
    new ParsedPage(index);
    assertTrue(Reports.consoleTable(List.of(), index).endsWith("index.html\n"));
  }
}
