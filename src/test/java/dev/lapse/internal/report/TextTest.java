package dev.lapse.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lapse.vocabulary.Durations;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.Step;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void escapesForXmlAndDropsForbiddenControls() {
    assertEquals("a&lt;b&gt;&amp;&quot;&#39;c", Text.xml("a<b>&\"'c"));
    assertEquals("ok", Text.xml("o\u0001k"));
  }

  @Test
  void slugsAreSafeFileNames() {
    assertEquals("com.acme.My_Factory", Text.slug("com.acme.My$Factory"));
    assertEquals("_hidden", Text.slug(".hidden"));
    assertEquals("a_b_c", Text.slug("a/b c"));
  }

  @Test
  void offsetsReadBackWhatDurationsWrites() {
    for (Duration d : List.of(Duration.ZERO, Duration.ofMillis(59_500), Duration.ofSeconds(65),
        Duration.ofHours(3).plusMillis(4), Duration.ofDays(1).plusHours(2),
        Duration.ofNanos(1_000_000_001L), Duration.ofMinutes(-10))) {
      assertEquals(Optional.of(d), OffsetText.parse(Durations.offset(d)), Durations.offset(d));
    }
    assertEquals(Optional.empty(), OffsetText.parse("soon"));
    assertEquals(Optional.empty(), OffsetText.parse("+"));
  }
}
