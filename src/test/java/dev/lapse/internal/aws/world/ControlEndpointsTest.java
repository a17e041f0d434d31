package dev.lapse.internal.aws.world;

import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The control endpoints over plain HTTP, as a client in any language would use them. */
class ControlEndpointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static World world;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults(), new VirtualClock(Instant.parse("2026-03-01T10:00:00Z")));
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  private static HttpResponse<String> call(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(world.endpoint() + path));
    b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
        : b.method(method, HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void clockCanBeReadAdvancedAndSet() throws Exception {
    world.clock().set(Instant.parse("2026-03-01T10:00:00Z"));
    assertEquals("2026-03-01T10:00:00Z", json(call("GET", "/__lapse/clock", null)).get("now").asText());
    HttpResponse<String> advanced = call("POST", "/__lapse/clock/advance", "{\"by\":\"PT2H\"}");
    assertEquals(200, advanced.statusCode());
    assertEquals("2026-03-01T12:00:00Z", json(advanced).get("now").asText());
    assertEquals(Instant.parse("2026-03-01T12:00:00Z"), world.clock().instant());
    // The durations scenarios accept, as well as ISO-8601.
    assertEquals("2026-03-01T13:30:00Z", json(call("POST", "/__lapse/clock/advance",
        "{\"by\":\"90m\"}")).get("now").asText());
    assertEquals("2026-03-02T13:30:00Z", json(call("POST", "/__lapse/clock/advance",
        "{\"by\":\"1d\"}")).get("now").asText());
    call("POST", "/__lapse/clock/set", "{\"now\":\"2027-01-01T00:00:00Z\"}");
    assertEquals(Instant.parse("2027-01-01T00:00:00Z"), world.clock().instant());
    assertEquals("Fri, 01 Jan 2027 00:00:00 GMT", call("GET", "/__lapse/clock", null)
        .headers().firstValue("Date").orElseThrow());
  }

  @Test
  void badControlInputGetsASentenceNotAStackTrace() throws Exception {
    HttpResponse<String> r = call("POST", "/__lapse/clock/advance", "{\"by\":\"two hours\"}");
    assertEquals(400, r.statusCode());
    assertTrue(json(r).get("message").asText().contains("'by' must be a duration such as 2h, 90m,"
        + " 7d or PT2H; found 'two hours'"), r.body());
    HttpResponse<String> notJson = call("POST", "/__lapse/clock/set", "{now");
    assertEquals(400, notJson.statusCode());
    assertTrue(json(notJson).get("message").asText().startsWith("expected a JSON object"));
    HttpResponse<String> unknown = call("GET", "/__lapse/nope", null);
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("GET /__lapse/clock"));
  }

  @Test
  void journalViolationsInfoAndReset() throws Exception {
    call("POST", "/__lapse/reset", null);
    call("GET", "/no-such-service", null); // journaled by the fallback
    JsonNode journal = json(call("GET", "/__lapse/journal?limit=5", null));
    assertEquals(1, journal.get("entries").size());
    assertEquals(0, json(call("GET", "/__lapse/violations", null)).get("violations").size());
    JsonNode info = json(call("GET", "/__lapse/info", null));
    assertEquals(world.config().identityPoolId(), info.get("identityPoolId").asText());
    assertEquals(world.endpoint() + "/developer/token", info.get("developerBackend").asText());
    call("POST", "/__lapse/reset", null);
    assertEquals(0, json(call("GET", "/__lapse/journal", null)).get("entries").size());
  }

  @Test
  void faultsAndLatencyCanBeInjected() throws Exception {
    HttpResponse<String> r = call("POST", "/__lapse/faults",
        "{\"target\":\"developer-backend\",\"kind\":\"down\",\"for\":\"PT10M\"}");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(FaultKind.DOWN, world.faults().activeAt(
        FaultTarget.DEVELOPER_BACKEND, world.clock().instant()));
    HttpResponse<String> bad = call("POST", "/__lapse/faults",
        "{\"target\":\"dynamo\",\"kind\":\"down\",\"for\":\"PT10M\"}");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("[developer-backend, cognito, sts, s3]"), bad.body());
    call("POST", "/__lapse/latency", "{\"latency\":\"PT2S\"}");
    assertEquals(java.time.Duration.ofSeconds(2), world.latency());
    call("POST", "/__lapse/reset", null);
  }
}
