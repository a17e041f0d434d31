package dev.lapse.internal.aws.sts;

import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The parameters of one awsQuery call: the form body of a POST (or the query of a GET), with
 * typed access that fails as STS does.
 */
final class StsParams {
  static final String VERSION = "2011-06-15";

  private final Map<String, String> values;

  private StsParams(Map<String, String> values) {
    this.values = values;
  }

  static StsParams of(Exchange ex) {
    String form = "POST".equals(ex.method())
        ? new String(ex.body(), StandardCharsets.UTF_8) : ex.rawQuery();
    try {
      return new StsParams(Exchange.decodeForm(form));
    } catch (AwsError e) {
      throw new AwsError(400, "MalformedInput", "The request body is not a valid "
          + "application/x-www-form-urlencoded form: " + e.getMessage());
    }
  }

  String get(String name) {
    return values.get(name);
  }

  String required(String name) {
    String v = values.get(name);
    if (v == null) {
      throw validation(name, null, "Member must not be null");
    }
    return v;
  }

  /** An optional integer; text that is not one is an InvalidParameterValue. */
  Integer optionalInt(String name) {
    String v = values.get(name);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      throw new AwsError(400, "InvalidParameterValue",
          "Value (" + v + ") for parameter " + name + " is invalid. Must be an integer.");
    }
  }

  /** AWS's request-validation wording; the member name is camelCase there. */
  static AwsError validation(String name, Object value, String constraint) {
    String shown = value == null ? "null" : "'" + value + "'";
    return new AwsError(400, "ValidationError", "1 validation error detected: Value " + shown
        + " at '" + Character.toLowerCase(name.charAt(0)) + name.substring(1)
        + "' failed to satisfy constraint: " + constraint);
  }
}
