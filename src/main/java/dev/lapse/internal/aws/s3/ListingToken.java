package dev.lapse.internal.aws.s3;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a listing page ended, as an opaque continuation token: the last key returned, or the
 * last common prefix (then every key under it is skipped too).
 */
record ListingToken(String marker, boolean rolledUp) {

  String encode() {
    String plain = (rolledUp ? "P" : "K") + marker;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a token this fake issued; anything else is S3's InvalidArgument. */
  static ListingToken decode(String token) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (!plain.isEmpty() && (plain.charAt(0) == 'P' || plain.charAt(0) == 'K')) {
        return new ListingToken(plain.substring(1), plain.charAt(0) == 'P');
      }
    } catch (IllegalArgumentException e) {
      // worded below
    }
    throw S3Errors.invalidArgument("The continuation token provided is incorrect",
        "continuation-token", token);
  }
}
