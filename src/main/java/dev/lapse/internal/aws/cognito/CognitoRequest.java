package dev.lapse.internal.aws.cognito;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lapse.internal.aws.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON body of one Cognito call, with typed access that fails the way Cognito does: a body
 * that is not a JSON object or a member of the wrong type is a SerializationException, a
 * missing required member an InvalidParameterException naming it.
 */
final class CognitoRequest {
  /**
   * Longest values the Cognito Identity API reference allows: pool and identity ids 55,
   * a developer user identifier 1024, a Logins key 128 and value 50,000, at most 10 logins,
   * a custom role ARN 2048, an account id 15. Anything else is capped at the longest of these.
   */
  static final Map<String, Integer> MAX_LENGTH = Map.of("IdentityPoolId", 55, "IdentityId", 55,
      "DeveloperUserIdentifier", 1024, "DeveloperProviderName", 128, "NextToken", 65535,
      "CustomRoleArn", 2048, "AccountId", 15);
  /** Shortest values the API reference allows, for the members checked so far. */
  static final Map<String, Integer> MIN_LENGTH = Map.of("CustomRoleArn", 20, "AccountId", 1);
  static final int MAX_LOGIN_KEY = 128;
  static final int MAX_LOGIN_VALUE = 50_000;
  static final int MAX_LOGINS = 10;

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
    int max = MAX_LENGTH.getOrDefault(field, MAX_LOGIN_VALUE);
    if (n.asText().length() > max) {
      throw CognitoErrors.tooLong(field, max);
    }
    int min = MIN_LENGTH.getOrDefault(field, 0);
    if (n.asText().length() < min) {
      throw CognitoErrors.constraint(field, n.asText(),
          "Member must have length greater than or equal to " + min);
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
    if (n.size() > MAX_LOGINS) {
      throw CognitoErrors.invalidParameter("1 validation error detected: Value at 'logins' "
          + "failed to satisfy constraint: Member must have length less than or equal to "
          + MAX_LOGINS);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (e.getKey().length() > MAX_LOGIN_KEY) {
        throw CognitoErrors.invalidParameter("1 validation error detected: Value at 'logins' "
            + "failed to satisfy constraint: Map keys must have length less than or equal to "
            + MAX_LOGIN_KEY);
      }
      if (!e.getValue().isTextual()) {
        throw wrongType("Logins." + e.getKey(), "a string", e.getValue());
      }
      if (e.getValue().asText().length() > MAX_LOGIN_VALUE) {
        throw CognitoErrors.invalidParameter("1 validation error detected: Value at 'logins' "
            + "failed to satisfy constraint: Map values must have length less than or equal to "
            + MAX_LOGIN_VALUE);
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
