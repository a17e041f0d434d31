package dev.lapse.internal.aws.s3;

/**
 * The region of {@code Credential=AKID/date/REGION/service/aws4_request} in an Authorization
 * header, found without a full parse: it is needed for every request (journal, region check),
 * and on the happy path only {@code SignatureCheck} needs to parse the header properly.
 */
final class CredentialScope {
  private static final String CREDENTIAL = "Credential=";

  private CredentialScope() {}

  /** The signed region, or null when the header has no well-formed credential. */
  static String region(String authorization) {
    int start = authorization == null ? -1 : authorization.indexOf(CREDENTIAL);
    if (start < 0) {
      return null;
    }
    start += CREDENTIAL.length();
    int end = start;
    while (end < authorization.length() && authorization.charAt(end) != ','
        && !Character.isWhitespace(authorization.charAt(end))) {
      end++;
    }
    String[] scope = authorization.substring(start, end).split("/");
    return scope.length == 5 ? scope[2] : null;
  }
}
