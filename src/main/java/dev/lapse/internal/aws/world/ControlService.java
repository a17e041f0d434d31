package dev.lapse.internal.aws.world;

import dev.lapse.vocabulary.Keyword;
import dev.lapse.vocabulary.Service;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.internal.aws.Json;
import dev.lapse.internal.aws.ServiceHandler;
import dev.lapse.internal.aws.WireResponse;
import dev.lapse.internal.aws.world.World;
import dev.lapse.clock.TimeBounds;
import dev.lapse.vocabulary.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The control endpoints under {@code /__lapse/}: read and move the virtual clock, read the
 * journal and its violations, inject faults and latency, reset. JSON in and out; a bad request
 * gets a 400 with a sentence saying what was expected.
 */
public final class ControlService implements ServiceHandler {
  public static final String PREFIX = "/__lapse";
  private final World world;

  public ControlService(World world) {
    this.world = world;
  }

  @Override
  public Service service() {
    return Service.CONTROL;
  }

  @Override
  public boolean accepts(Exchange exchange) {
    return exchange.rawPath().startsWith(PREFIX + "/") || exchange.rawPath().equals(PREFIX);
  }

  @Override
  public WireResponse handle(Exchange ex) {
    String route = ex.method() + " " + ex.rawPath().substring(PREFIX.length());
    return switch (route) {
      case "GET /clock" -> now();
      case "POST /clock/advance" -> advance(body(ex));
      case "POST /clock/set" -> set(body(ex));
      case "GET /journal" -> journal(ex);
      case "GET /violations" -> ok(Map.of("violations", world.journal().violations()));
      case "GET /info" -> ok(world.info());
      case "POST /reset" -> resetWorld();
      case "POST /faults" -> fault(body(ex));
      case "POST /latency" -> latency(body(ex));
      default -> throw new AwsError(404, "NotFound", "no control endpoint " + route
          + "; expected one of: GET /__lapse/clock, POST /__lapse/clock/advance, "
          + "POST /__lapse/clock/set, GET /__lapse/journal, GET /__lapse/violations, "
          + "GET /__lapse/info, POST /__lapse/reset, POST /__lapse/faults, POST /__lapse/latency");
    };
  }

  private WireResponse now() {
    return ok(Map.of("now", world.clock().instant().toString()));
  }

  private WireResponse advance(JsonNode body) {
    Duration by = duration(body, "by");
    if (by.isNegative()) {
      throw bad("'by' must not be negative; found " + by + " (use /__lapse/clock/set to go back)");
    }
    within(() -> world.clock().advance(by));
    return now();
  }

  private WireResponse set(JsonNode body) {
    String text = text(body, "now", "an ISO-8601 instant such as 2026-01-01T00:00:00Z");
    Instant to;
    try {
      to = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw bad("'now' must be an ISO-8601 instant such as 2026-01-01T00:00:00Z; found '"
          + text + "'");
    }
    within(() -> world.clock().set(to));
    return now();
  }

  /** Runs a clock change; one that would leave years 0001..9999 is a 400 with the reason. */
  private static void within(Runnable change) {
    try {
      change.run();
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  private Instant later(Duration by) {
    try {
      return TimeBounds.plus(world.clock().instant(), by);
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  private WireResponse journal(Exchange ex) {
    String limitText = ex.query().get("limit");
    int limit = Integer.MAX_VALUE;
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        throw bad("'limit' must be a whole number; found '" + limitText + "'");
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", world.journal().lastSeq());
    out.put("dropped", world.journal().dropped());
    out.put("entries", world.journal().newest(limit));
    return ok(out);
  }

  private WireResponse resetWorld() {
    world.reset();
    return ok(Map.of("reset", true, "now", world.clock().instant().toString()));
  }

  private WireResponse fault(JsonNode body) {
    FaultTarget target = choice(body, "target", FaultTarget.class);
    FaultKind kind = choice(body, "kind", FaultKind.class);
    Duration forDuration = duration(body, "for");
    if (forDuration.isNegative()) {
      throw bad("'for' must not be negative; found " + forDuration);
    }
    if (!kind.appliesTo(target)) {
      throw bad(kind.refusal(target));
    }
    Instant until = later(forDuration);
    world.inject(target, kind, until);
    return ok(Map.of("target", target.keyword(), "kind", kind.keyword(), "until", until.toString()));
  }

  private WireResponse latency(JsonNode body) {
    Duration d = duration(body, "latency");
    if (d.isNegative()) {
      throw bad("'latency' must not be negative; found " + d);
    }
    later(d);
    world.latency(d);
    return ok(Map.of("latency", d.toString()));
  }

  private static <E extends Enum<E> & Keyword> E choice(JsonNode body, String field,
      Class<E> type) {
    List<String> names = Keyword.all(type);
    String text = text(body, field, "one of " + names);
    return Keyword.find(type, text).orElseThrow(
        () -> bad("'" + field + "' must be one of " + names + "; found '" + text + "'"));
  }

  /** The durations scenarios accept ({@code 2h}, {@code 90m}, {@code 7d}) and ISO-8601. */
  private static Duration duration(JsonNode body, String field) {
    String text = text(body, field, "a duration such as 2h or PT2H");
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw bad("'" + field + "' must be a duration such as 2h, 90m, 7d or PT2H; found '" + text
          + "'");
    }
  }

  private static String text(JsonNode body, String field, String expected) {
    JsonNode node = body.get(field);
    if (node == null || !node.isTextual()) {
      throw bad("expected a JSON object with '" + field + "' (" + expected + "); found "
          + (node == null ? "no '" + field + "'" : node.toString()));
    }
    return node.asText();
  }

  private static JsonNode body(Exchange ex) {
    try {
      JsonNode node = Json.MAPPER.readTree(ex.body());
      if (node == null || !node.isObject()) {
        throw bad("expected a JSON object in the request body; found "
            + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
      }
      return node;
    } catch (java.io.IOException e) {
      throw bad("expected a JSON object in the request body; it is not valid JSON ("
          + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()) + ")");
    }
  }

  private static AwsError bad(String message) {
    return new AwsError(400, "BadRequest", message);
  }

  private static WireResponse ok(Object value) {
    return WireResponse.of(200, "application/json", Json.write(value));
  }

  @Override
  public WireResponse render(AwsError error, Exchange exchange) {
    String body = Json.write(Map.of("error", error.code(), "message", error.getMessage()));
    return WireResponse.error(error.status(), "application/json", body, error);
  }
}
