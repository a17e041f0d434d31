package dev.lapse.internal.aws.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.sigv4.AwsChunkedDecoder.DecodedBody;
import dev.lapse.internal.aws.sigv4.SigV4Exception.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-written bodies: the shapes of the spec, and broken framing a real server rejects. */
class AwsChunkedDecoderFramingTest {

  @Test
  void unsignedChunksWithTrailers() {
    DecodedBody body = decode(
        "5\r\nhello\r\n7\r\n, lapse\r\n0\r\nX-Amz-Checksum-CRC32: abc=\r\nx-amz-other:1\r\n\r\n",
        12L);
    assertEquals("hello, lapse", new String(body.data(), StandardCharsets.US_ASCII));
    assertEquals(List.of(5, 7, 0), body.chunkLengths());
    assertEquals(List.of(), body.chunkSignatures());
    assertEquals(Map.of("x-amz-checksum-crc32", "abc=", "x-amz-other", "1"), body.trailers());
  }

  @Test
  void signedChunksWithoutTrailers() {
    DecodedBody body = decode(
        "3;chunk-signature=aaa\r\nabc\r\n0;chunk-signature=bbb\r\n\r\n", null);
    assertEquals("abc", new String(body.data(), StandardCharsets.US_ASCII));
    assertEquals(List.of("aaa", "bbb"), body.chunkSignatures());
  }

  @Test
  void aBodyEndingRightAfterTheFinalChunkIsAccepted() {
    assertEquals(0, decode("0\r\n", 0L).data().length);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''                                          | body ends where the chunk 0 header",
      "zz\\r\\nab\\r\\n0\\r\\n\\r\\n                  | chunk 0 starts with 'zz', not a hexadecimal size",
      "5\\r\\nabc                                   | chunk 0 declares 5 bytes but only 3 remain",
      "3\\r\\nabcX\\r\\n0\\r\\n\\r\\n                 | CRLF expected after the data of chunk 0",
      "3\\r\\nabc\\r\\n                             | body ends where the chunk 1 header",
      "3\\r\\nabc\\r\\n0\\r\\n\\r\\ntrailing garbage | unexpected bytes after the end",
      "3\\r\\nabc\\r\\n0\\r\\nnot-a-trailer\\r\\n\\r\\n | trailer line 'not-a-trailer' is not name:value",
      "3;chunk-signature=a\\r\\nabc\\r\\n0\\r\\n\\r\\n | chunk 1 breaks the pattern",
      "3\\r\\nabc\\r\\n0\\r\\n\\r\\n                  | the chunks hold 3 bytes but x-amz-decoded-content-length is 4",
      "3\\nabc\\n0\\n\\n                              | not terminated by CRLF",
  })
  void brokenFramingIsMalformed(String escaped, String expectedDetail) {
    String raw = escaped.replace("\\r", "\r").replace("\\n", "\n");
    SigV4Exception e = assertThrows(SigV4Exception.class, () -> decode(raw, 4L));
    assertEquals(Reason.MALFORMED, e.reason());
    assertTrue(e.getMessage().startsWith("Malformed aws-chunked body: "), e.getMessage());
    assertTrue(e.getMessage().contains(expectedDetail.strip()), e.getMessage());
  }

  private static DecodedBody decode(String raw, Long decodedLength) {
    return AwsChunkedDecoder.decode(raw.getBytes(StandardCharsets.ISO_8859_1), decodedLength);
  }
}
