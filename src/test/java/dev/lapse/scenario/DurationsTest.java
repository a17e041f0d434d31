package dev.lapse.scenario;

import dev.lapse.vocabulary.Durations;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofNanos;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
  @Test
  void parsesCompactIsoAndSignedForms() {
    assertEquals(ofSeconds(90), Durations.parse("90s"));
    assertEquals(ofMinutes(15), Durations.parse("15m"));
    assertEquals(ofMinutes(90), Durations.parse("1h30m"));
    assertEquals(ofDays(2), Durations.parse("2d"));
    assertEquals(ofMillis(500), Durations.parse("500ms"));
    assertEquals(ofSeconds(5415), Durations.parse("1h30m15s"));
    assertEquals(ofMillis(1500), Durations.parse("1s500ms"));
    assertEquals(ofNanos(1_002_003), Durations.parse("1ms2us3ns"));
    assertEquals(ofMinutes(15), Durations.parse("PT15M"));
    assertEquals(ofDays(1), Durations.parse("P1D"));
    assertEquals(ofMinutes(-10), Durations.parse("-10m"));
    assertEquals(ofMinutes(10), Durations.parse("+10m"));
    assertEquals(ofMinutes(-15), Durations.parse("-PT15M"));
    assertEquals(Duration.ZERO, Durations.parse("0s"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "15", "m", "15 m", "1.5h", "30m1h", "1h1h", "15min", "PT",
      "--10m", "+-10m", "1h 30m", "99999999999999999999d", "106751991167301d", "P1X"})
  void rejectsGarbageListingTheAcceptedForms(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Durations.parse(text));
    assertEquals("bad duration '" + text + "'; expected " + Durations.ACCEPTED_FORMS,
        e.getMessage());
  }

  @Test
  void theAcceptedFormsNameEveryUnit() {
    for (String form : List.of("500ms", "90s", "15m", "1h30m", "2d", "-10m", "PT15M", "P1D")) {
      assertTrue(Durations.ACCEPTED_FORMS.contains(form), form);
    }
  }

  @Test
  void formatsCompactly() {
    assertEquals("1h30m", Durations.format(ofMinutes(90)));
    assertEquals("1m30s", Durations.format(ofSeconds(90)));
    assertEquals("500ms", Durations.format(ofMillis(500)));
    assertEquals("-10m", Durations.format(ofMinutes(-10)));
    assertEquals("0s", Durations.format(Duration.ZERO));
    assertEquals("2d3h", Durations.format(ofDays(2).plusHours(3)));
    assertEquals("1s500ms", Durations.format(ofMillis(1500)));
    assertEquals("1ms2us3ns", Durations.format(ofNanos(1_002_003)));
    assertEquals("-1s500ms", Durations.format(ofMillis(-1500)));
  }

  @Test
  void formatThenParseGivesTheSameDuration() {
    for (Duration d : List.of(Duration.ZERO, ofNanos(1), ofMillis(-1500), ofSeconds(59),
        ofMinutes(61), ofHours(25), ofDays(400).plusNanos(999_999_999), ofSeconds(-86_401))) {
      assertEquals(d, Durations.parse(Durations.format(d)), Durations.format(d));
    }
  }

  @Test
  void offsetsHaveAFixedStyle() {
    assertEquals("+0s", Durations.offset(Duration.ZERO));
    assertEquals("+3h00m00s", Durations.offset(ofHours(3)));
    assertEquals("+3h00m00.004s", Durations.offset(ofHours(3).plusMillis(4)));
    assertEquals("+1m05s", Durations.offset(ofSeconds(65)));
    assertEquals("+59.5s", Durations.offset(ofMillis(59_500)));
    assertEquals("+1d02h00m00s", Durations.offset(ofHours(26)));
    assertEquals("+1h01m01.25s", Durations.offset(ofMillis(3_661_250)));
    assertEquals("+10m00s", Durations.offset(ofMinutes(10)));
    assertEquals("-1m05s", Durations.offset(ofSeconds(-65)));
    assertEquals("+0.000001s", Durations.offset(ofNanos(1_000)));
  }
}
