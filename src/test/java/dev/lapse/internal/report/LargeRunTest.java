package dev.lapse.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.run.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** 10,000 requests still render, and stay small because overlapping marks are aggregated. */
class LargeRunTest {
  @TempDir
  Path dir;

  @Test
  void tenThousandRequestsRenderAsAFewHundredMarks() throws Exception {
    RunResult flood = Samples.flood("seed-naive", 10_000);
    assertEquals(10_002, flood.record().entries().size());
    Path index = Reports.write(dir, List.of(flood));
    long size = Files.size(index);
    assertTrue(size < 1_000_000, "index.html is " + size + " bytes");

    Element run = new ParsedPage(index).run("run-flood-10000--seed-naive");
    List<Element> marks = ParsedPage.find(run, ParsedPage.SVG, "g", "m");
    assertTrue(marks.size() < 1_500, marks.size() + " marks drawn");
    long requests = 0;
    for (Element m : marks) {
      String n = m.getAttribute("data-n");
      requests += n.isEmpty() ? 1 : Long.parseLong(n);
    }
    long calls = flood.record().steps().stream().mapToLong(s -> s.calls().size()).sum();
    assertEquals(flood.record().entries().size() + calls, requests, "every request counted once");
    assertEquals(1, ParsedPage.find(run, ParsedPage.SVG, "g", "vmark").size());
    // The steps table is capped; the JSON holds everything, one entry per line.
    assertTrue(Files.readString(index).contains("more steps in the JSON"));
    long lines = Files.readAllLines(dir.resolve("json/seed-naive/flood-10000.json")).size();
    assertTrue(lines > 20_000, lines + " lines");
  }
}
