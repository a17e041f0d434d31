package dev.lapse.internal.aws.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lapse.internal.aws.sigv4.SigV4Exception.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SigV4DatesTest {

  @Test
  void xAmzDateIsPreferred() {
    SignedRequestView request = view(Map.of(
        "X-Amz-Date", List.of("20260101T123456Z"),
        "Date", List.of("Thu, 01 Jan 2026 00:00:00 GMT")));
    assertEquals(Instant.parse("2026-01-01T12:34:56Z"), SigV4Dates.requestTime(request));
  }

  @Test
  void dateHeaderWhenThereIsNoXAmzDate() {
    SignedRequestView request = view(Map.of("date", List.of("Thu, 01 Jan 2026 07:08:09 GMT")));
    assertEquals(Instant.parse("2026-01-01T07:08:09Z"), SigV4Dates.requestTime(request));
  }

  @Test
  void neitherHeaderIsMissing() {
    SigV4Exception e = assertThrows(SigV4Exception.class,
        () -> SigV4Dates.requestTime(view(Map.of())));
    assertEquals(Reason.MISSING, e.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-01T12:34:56Z", "20261301T000000Z", "20260101T123456", ""})
  void unparseableXAmzDate(String value) {
    SigV4Exception e = assertThrows(SigV4Exception.class,
        () -> SigV4Dates.requestTime(view(Map.of("x-amz-date", List.of(value)))));
    assertEquals(Reason.MALFORMED, e.reason());
  }

  @Test
  void formatRoundTrips() {
    Instant t = Instant.parse("2030-12-31T23:59:59Z");
    assertEquals("20301231T235959Z", SigV4Dates.formatAmzDate(t));
    assertEquals(t, SigV4Dates.parseAmzDate("20301231T235959Z"));
  }

  private static SignedRequestView view(Map<String, List<String>> headers) {
    return SignedRequestView.of("GET", "/", null, headers, new byte[0]);
  }
}
