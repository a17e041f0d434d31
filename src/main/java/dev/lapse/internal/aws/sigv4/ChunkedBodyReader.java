package dev.lapse.internal.aws.sigv4;

import java.nio.charset.StandardCharsets;

/** A cursor over the raw bytes of an aws-chunked body; framing lines end with CRLF. */
final class ChunkedBodyReader {

  /** Longer than any chunk header or trailer the SDKs write; stops a search through a huge body. */
  private static final int MAX_LINE = 8 * 1024;

  private final byte[] body;
  private int pos;

  ChunkedBodyReader(byte[] body) {
    this.body = body;
  }

  boolean atEnd() {
    return pos >= body.length;
  }

  String line(String what) {
    for (int i = pos; i + 1 < body.length && i - pos <= MAX_LINE; i++) {
      if (body[i] == '\r' && body[i + 1] == '\n') {
        String line = new String(body, pos, i - pos, StandardCharsets.US_ASCII);
        pos = i + 2;
        return line;
      }
    }
    throw AwsChunkedDecoder.malformed(atEnd() ? "the body ends where the " + what + " was expected"
        : "the " + what + " at byte " + pos + " is not terminated by CRLF");
  }

  /** Returns the offset of the next {@code n} bytes and moves past them. */
  int take(int n, int chunk) {
    if (n > body.length - pos) {
      throw AwsChunkedDecoder.malformed("chunk " + chunk + " declares " + n + " bytes but only "
          + (body.length - pos) + " remain");
    }
    pos += n;
    return pos - n;
  }

  void expectCrlf(String where) {
    if (pos + 1 >= body.length || body[pos] != '\r' || body[pos + 1] != '\n') {
      throw AwsChunkedDecoder.malformed("CRLF expected " + where + " (byte " + pos + ")");
    }
    pos += 2;
  }
}
