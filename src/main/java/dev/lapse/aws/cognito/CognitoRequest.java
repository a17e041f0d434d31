package dev.lapse.aws.cognito;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lapse.aws.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON body of one Cognito call, with typed access that fails the way Cognito does: a body
 * that is not a JSON object or a member of the wrong type is a SerializationException, a
 * missing required member an InvalidParameterException naming it.
 */
final class CognitoRequest {
  private final ObjectNode body;

  private CognitoRequest(ObjectNode body) {
    this.body = body;
  }

  /** Parses a request body; an empty body counts as {@code {}}, as the SDKs never send one. */
  static CognitoRequest parse(byte[] bytes) {
    if (bytes.length == 0) {
      return new CognitoRequest(Json.MAPPER.createObjectNode());
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw CognitoErrors.serialization("Could not parse the request body as JSON: "
          + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw CognitoErrors.serialization("Could not read the request body: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw CognitoErrors.serialization("The request body must be a JSON object.");
    }
    return new CognitoRequest((ObjectNode) node);
  }

  String requiredString(String field) {
    String value = optionalString(field);
    if (value == null) {
      throw CognitoErrors.missing(field);
    }
    return value;
  }

  String optionalString(String field) {
    JsonNode n = present(field);
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      throw wrongType(field, "a string", n);
    }
    return n.asText();
  }

  Integer optionalInt(String field) {
    JsonNode n = present(field);
    if (n == null) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw wrongType(field, "an integer", n);
    }
    return n.intValue();
  }

  /** The Logins map (provider name to token or user id), or null when absent. */
  Map<String, String> logins() {
    JsonNode n = present("Logins");
    if (n == null) {
      return null;
    }
    if (!n.isObject()) {
      throw wrongType("Logins", "a map of strings", n);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (!e.getValue().isTextual()) {
        throw wrongType("Logins." + e.getKey(), "a string", e.getValue());
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  private JsonNode present(String field) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() ? null : n;
  }

  private static RuntimeException wrongType(String field, String expected, JsonNode found) {
    return CognitoErrors.serialization("Expected " + expected + " for " + field + " but found "
        + found.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".");
  }
}
