package dev.lapse.internal.aws;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding that refuses what AWS refuses: a bad escape, and bytes that are not valid
 * UTF-8. {@link java.net.URLDecoder} turns invalid UTF-8 into U+FFFD, so two different keys
 * ({@code %FF} and {@code %FE}) became one object.
 */
public final class PercentDecoding {
  private PercentDecoding() {}

  /**
   * Whether every {@code %} in {@code raw} is followed by two hexadecimal digits (whatever the
   * bytes they make). WireMock's own query parsing throws for anything else.
   */
  public static boolean escapesWellFormed(String raw) {
    for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 3)) {
      if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** An ASCII hexadecimal digit's value, or -1; Character.digit also takes other scripts' digits. */
  private static int hex(char c) {
    return c < 128 ? Character.digit(c, 16) : -1;
  }

  /**
   * Decodes {@code raw}; {@code plusIsSpace} for form and query values, not for S3 paths.
   *
   * @throws IllegalArgumentException for a bad escape or invalid UTF-8
   */
  public static String decode(String raw, boolean plusIsSpace) {
    if (raw.indexOf('%') < 0 && (!plusIsSpace || raw.indexOf('+') < 0)) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          throw new IllegalArgumentException("incomplete percent escape");
        }
        int hi = hex(raw.charAt(i + 1));
        int lo = hex(raw.charAt(i + 2));
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("bad percent escape");
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          b = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(b);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not valid UTF-8");
    }
  }
}
