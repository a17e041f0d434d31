package dev.lapse.internal.aws.sigv4;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as SigV4 defines it: only {@code A-Z a-z 0-9 - _ . ~} stay as they
 * are, every other UTF-8 byte becomes {@code %XX} with upper-case hex (so a space is
 * {@code %20}, never {@code +}).
 */
final class UriEncoding {

  private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX_DIGITS[c >> 4]).append(HEX_DIGITS[c & 0xf]);
      }
    }
    return out.toString();
  }

  /**
   * Undoes {@code %XX} escapes only. A {@code +} stays a plus: in a URI query it is a literal
   * character, and the SDKs send a real plus as {@code %2B} anyway. A stray {@code %} that does
   * not start a valid escape is kept literally rather than rejected: the signature check will
   * catch a client that meant something else.
   */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1))
          && isHex(text.charAt(i + 2))) {
        bytes.write(Character.digit(text.charAt(i + 1), 16) * 16
            + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(utf8);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == '.' || c == '~';
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0 && c < 128;
  }
}
