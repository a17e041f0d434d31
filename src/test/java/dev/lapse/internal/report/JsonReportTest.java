package dev.lapse.internal.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lapse.run.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void holdsTheVerdictsStepsAndJournal() throws Exception {
    RunResult naive = Samples.relaunchAfterIdle("seed-naive", true);
    Reports.write(dir, List.of(naive));
    JsonNode json = MAPPER.readTree(dir.resolve("json/seed-naive/relaunch-after-idle.json")
        .toFile());
    assertEquals("lapse-report/1", json.get("schema").asText());
    assertEquals("relaunch-after-idle", json.get("scenario").asText());
    assertFalse(json.get("passed").asBoolean());
    assertEquals(naive.violations().size(), json.get("violations").size());
    JsonNode first = json.get("violations").get(0);
    assertEquals("no-expired-token", first.get("check").asText());
    assertEquals(naive.violations().get(0).seen(), first.get("seen").asText());
    assertEquals(naive.record().steps().size(), json.get("steps").size());
    assertEquals(naive.record().entries().size(), json.get("entries").size());
    JsonNode expired = json.get("entries").get((int) first.get("request").asLong() - 1);
    assertEquals("expired", expired.get("expiry").asText());
    assertEquals("+3h00m00.009s", expired.get("receivedOffset").asText());
    assertEquals("2025-03-01T12:00:00.009Z", expired.get("receivedAt").asText());
    assertEquals("ASIAFAKE000000000001", expired.get("credentials").asText());
    assertEquals("ASIAFAKE000000000001",
        json.get("credentials").get(0).get("accessKeyId").asText());
    assertEquals("+1h00m00.003s", json.get("credentials").get(0).get("expiresOffset").asText());
    assertEquals("tok-1", json.get("loginTokens").get(0).get("tokenId").asText());
  }

  @Test
  void matchesItsSchema() throws Exception {
    JsonNode schema = MAPPER.readTree(HtmlReport.resource(Reports.SCHEMA_FILE));
    for (RunResult r : Samples.suite()) {
      JsonNode doc = MAPPER.readTree(JsonReport.of(r));
      assertEquals(List.of(), SchemaCheck.problems(schema, doc), r.scenario().name());
    }
  }

  @Test
  void theSchemaIsWrittenBesideTheReports() throws Exception {
    Reports.write(dir, Samples.suite());
    JsonNode schema = MAPPER.readTree(dir.resolve("schema/lapse-report.schema.json").toFile());
    assertEquals("Lapse run report", schema.get("title").asText());
  }

  @Test
  void identicalRunsGiveByteIdenticalFiles() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Reports.write(a, Samples.suite());
    Reports.write(b, Samples.suite());
    for (String file : List.of("json/seed-naive/busy-day.json", "json/refreshing/busy-day.json",
        "index.html", "junit/TEST-lapse-seed-naive.xml")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)),
          file);
    }
  }

  @Test
  void oneJournalEntryIsOneLine() {
    RunResult r = Samples.relaunchAfterIdle("seed-naive", true);
    String json = JsonReport.of(r);
    long entryLines = json.lines().filter(l -> l.startsWith("    {\"seq\": ")).count();
    assertEquals(r.record().entries().size(), entryLines, json);
    assertTrue(json.startsWith("{\n  \"schema\": \"lapse-report/1\",\n"), json);
  }
}
