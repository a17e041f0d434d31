package dev.lapse.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a JSON document against the subset of JSON Schema the report's schema uses
 * ($ref into $defs, type, const, enum, pattern, required, properties, additionalProperties
 * false, items, minimum), so the schema file cannot drift from what the writer writes.
 */
final class SchemaCheck {
  private final JsonNode root;
  private final List<String> problems = new ArrayList<>();

  private SchemaCheck(JsonNode root) {
    this.root = root;
  }

  static List<String> problems(JsonNode schema, JsonNode doc) {
    SchemaCheck check = new SchemaCheck(schema);
    check.check(schema, doc, "$");
    return check.problems;
  }

  private void check(JsonNode schema, JsonNode value, String path) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      check(root.at(ref.substring(1)), value, path);
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
      problems.add(path + ": expected " + schema.get("type") + ", found " + value);
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      problems.add(path + ": expected " + schema.get("const") + ", found " + value);
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      problems.add(path + ": " + value + " not in " + schema.get("enum"));
    }
    if (schema.has("pattern") && value.isTextual()
        && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
      problems.add(path + ": " + value + " does not match " + schema.get("pattern"));
    }
    if (schema.has("minimum") && value.isNumber()
        && value.asLong() < schema.get("minimum").asLong()) {
      problems.add(path + ": " + value + " below " + schema.get("minimum"));
    }
    if (value.isObject()) {
      object(schema, value, path);
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), path + "[" + i + "]");
      }
    }
  }

  private void object(JsonNode schema, JsonNode value, String path) {
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        problems.add(path + ": missing " + required.asText());
      }
    }
    JsonNode properties = schema.path("properties");
    Iterator<String> names = value.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (properties.has(name)) {
        check(properties.get(name), value.get(name), path + "." + name);
      } else if (schema.path("additionalProperties").isBoolean()
          && !schema.get("additionalProperties").asBoolean()) {
        problems.add(path + ": unexpected key " + name);
      }
    }
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> true;
    };
  }

  private static boolean contains(JsonNode options, JsonNode value) {
    for (JsonNode o : options) {
      if (o.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
