package dev.lapse.internal.aws.sigv4;

import dev.lapse.internal.aws.sigv4.SigV4Exception.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parsed {@code Authorization} header of a SigV4 request:
 * {@code AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/aws4_request,
 * SignedHeaders=host;x-amz-date, Signature=<hex>}.
 *
 * @param date the credential scope date, {@code yyyyMMdd}
 * @param signedHeaders the header names as the client listed them (lower case, sorted)
 */
public record SigV4Authorization(
    String accessKeyId,
    String date,
    String region,
    String service,
    List<String> signedHeaders,
    String signature) {

  public static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final String TERMINATOR = "aws4_request";
  private static final List<String> COMPONENTS = List.of("Credential", "SignedHeaders", "Signature");
  /** A comma and the characters of regex {@code \\s}. */
  private static final String SEPARATORS = ", \t\n\u000B\f\r";
  // Compiled once: every signed request is parsed, and String.matches would compile it.
  private static final Pattern SCOPE_DATE = Pattern.compile("\\d{8}");

  public SigV4Authorization {
    signedHeaders = List.copyOf(signedHeaders);
  }

  /** {@code <date>/<region>/<service>/aws4_request}: the second half of the credential. */
  public String scope() {
    return date + "/" + region + "/" + service + "/" + TERMINATOR;
  }

  /**
   * Parses the header. Components may come in any order, separated by commas and/or blanks.
   *
   * @throws SigV4Exception MISSING when the header is null or blank, UNSUPPORTED_ALGORITHM for
   *     another scheme (SigV2's {@code AWS}, {@code Bearer}, ...), MALFORMED otherwise
   */
  public static SigV4Authorization parse(String authorizationHeader) {
    if (authorizationHeader == null || authorizationHeader.isBlank()) {
      throw new SigV4Exception(
          Reason.MISSING, "Request is missing Authentication Token", "Access Denied");
    }
    String header = authorizationHeader.strip();
    String[] words = words(header);
    if (!words[0].equals(ALGORITHM)) {
      throw new SigV4Exception(
          Reason.UNSUPPORTED_ALGORITHM,
          missingComponents(COMPONENTS, header),
          "Unsupported Authorization Type");
    }
    Map<String, String> components = new LinkedHashMap<>();
    for (int i = 1; i < words.length; i++) {
      String word = words[i];
      int eq = word.indexOf('=');
      if (eq <= 0) {
        throw malformed(
            "'" + word + "' not a valid key=value pair (missing equal-sign) in Authorization"
                + " header: '" + header + "'.",
            "the authorization component \"" + word + "\" is malformed.");
      }
      String name = word.substring(0, eq);
      if (!COMPONENTS.contains(name) || components.put(name, word.substring(eq + 1)) != null) {
        throw malformed(
            "Authorization header has an unexpected or repeated '" + name + "' parameter."
                + " Authorization=" + header,
            "the authorization component \"" + word + "\" is malformed.");
      }
    }
    List<String> absent = COMPONENTS.stream().filter(c -> !components.containsKey(c)).toList();
    if (!absent.isEmpty()) {
      throw malformed(
          missingComponents(absent, header),
          "the authorization header requires three components: Credential, SignedHeaders,"
              + " and Signature.");
    }
    return fromComponents(components, header);
  }

  private static SigV4Authorization fromComponents(Map<String, String> parts, String header) {
    String credential = parts.get("Credential");
    String[] scope = credential.split("/", -1);
    boolean wellFormed =
        scope.length == 5
            && !scope[0].isEmpty()
            && SCOPE_DATE.matcher(scope[1]).matches()
            && !scope[2].isEmpty()
            && !scope[3].isEmpty()
            && scope[4].equals(TERMINATOR);
    if (!wellFormed) {
      throw malformed(
          "Credential should be scoped to a valid region and service, with the terminator"
              + " 'aws4_request' (<AKID>/<yyyyMMdd>/<region>/<service>/aws4_request), not '"
              + credential + "'. Authorization=" + header,
          "the Credential is mal-formed; expecting"
              + " \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".");
    }
    List<String> signedHeaders = new ArrayList<>();
    for (String name : parts.get("SignedHeaders").split(";", -1)) {
      if (name.isEmpty()) {
        throw malformed(
            "SignedHeaders has an empty header name. Authorization=" + header,
            "the authorization component \"SignedHeaders=" + parts.get("SignedHeaders")
                + "\" is malformed.");
      }
      signedHeaders.add(name);
    }
    String signature = parts.get("Signature");
    if (signature.isEmpty()) {
      throw malformed(
          "Authorization header requires 'Signature' parameter. Authorization=" + header,
          "the authorization component \"Signature=\" is malformed.");
    }
    return new SigV4Authorization(
        scope[0], scope[1], scope[2], scope[3], signedHeaders, signature);
  }

  /**
   * What {@code header.split("[\\s,]+")} gives for a stripped header, without a regex (this
   * runs for every signed request): the runs between blanks and commas, with a leading empty
   * word when the header starts with a comma.
   */
  private static String[] words(String header) {
    List<String> words = new ArrayList<>(8);
    int start = 0;
    for (int i = 0; i <= header.length(); i++) {
      boolean separator = i == header.length() || SEPARATORS.indexOf(header.charAt(i)) >= 0;
      if (separator) {
        if (i > start || (i == 0 && i < header.length())) {
          words.add(header.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words.toArray(new String[0]);
  }

  /** The IncompleteSignature wording AWS uses when components are absent. */
  private static String missingComponents(List<String> absent, String header) {
    StringBuilder message = new StringBuilder();
    for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
      if (absent.contains(name)) {
        message.append("Authorization header requires '").append(name).append("' parameter. ");
      }
    }
    return message.append("Authorization=").append(header).toString();
  }

  private static SigV4Exception malformed(String message, String s3Detail) {
    return new SigV4Exception(
        Reason.MALFORMED, message, "The authorization header is malformed; " + s3Detail);
  }
}
