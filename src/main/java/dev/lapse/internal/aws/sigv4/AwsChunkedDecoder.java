package dev.lapse.internal.aws.sigv4;

import dev.lapse.internal.aws.sigv4.SigV4Exception.Reason;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a {@code Content-Encoding: aws-chunked} body in the three shapes the SDKs send:
 *
 * <pre>
 * STREAMING-AWS4-HMAC-SHA256-PAYLOAD          hex-size;chunk-signature=sig CRLF data CRLF ... 0;chunk-signature=sig CRLF CRLF
 * STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER  the same, then trailer lines and x-amz-trailer-signature, CRLF
 * STREAMING-UNSIGNED-PAYLOAD-TRAILER          hex-size CRLF data CRLF ... 0 CRLF trailer lines CRLF
 * </pre>
 *
 * Decoding checks framing only; {@link #verifyChunkSignatures} checks the signatures.
 */
public final class AwsChunkedDecoder {

  /**
   * A decoded body. ({@code data} is not copied, and a record over an array compares by
   * identity: compare {@code data()} with {@code Arrays.equals}.)
   *
   * @param data the payload, {@code x-amz-decoded-content-length} bytes
   * @param trailers trailer headers in the order sent, names lower-cased, including
   *     {@code x-amz-trailer-signature} when present
   * @param chunkSignatures one per chunk (the final empty chunk included) when the chunks were
   *     signed; empty for unsigned chunks
   * @param chunkLengths the data length of each chunk, the final 0 included; the chunk
   *     signatures cannot be checked without the boundaries
   */
  public record DecodedBody(
      byte[] data,
      Map<String, String> trailers,
      List<String> chunkSignatures,
      List<Integer> chunkLengths) {

    public DecodedBody {
      trailers = Collections.unmodifiableMap(new LinkedHashMap<>(trailers));
      chunkSignatures = List.copyOf(chunkSignatures);
      chunkLengths = List.copyOf(chunkLengths);
    }
  }

  private AwsChunkedDecoder() {}

  /** Decodes without checking the total length. */
  public static DecodedBody decode(byte[] body) {
    return decode(body, null);
  }

  /**
   * Decodes {@code body}.
   *
   * @param decodedContentLength the {@code x-amz-decoded-content-length} header, or null
   * @throws SigV4Exception MALFORMED on broken framing or a length that differs from the header
   */
  public static DecodedBody decode(byte[] body, Long decodedContentLength) {
    ChunkedBodyReader reader = new ChunkedBodyReader(body);
    ByteArrayOutputStream data = new ByteArrayOutputStream(body.length);
    List<String> signatures = new ArrayList<>();
    List<Integer> lengths = new ArrayList<>();
    while (true) {
      int chunk = lengths.size();
      String line = reader.line("chunk " + chunk + " header");
      ChunkHeader header = ChunkHeader.parse(line, chunk);
      if (header.signature() != null) {
        signatures.add(header.signature());
      }
      if (signatures.size() != 0 && signatures.size() != chunk + 1) {
        throw malformed("chunk " + chunk + " breaks the pattern: either every chunk carries a"
            + " chunk-signature or none does");
      }
      lengths.add(header.size());
      if (header.size() == 0) {
        break;
      }
      data.write(body, reader.take(header.size(), chunk), header.size());
      reader.expectCrlf("after the data of chunk " + chunk);
    }
    Map<String, String> trailers = readTrailers(reader);
    if (decodedContentLength != null && decodedContentLength != data.size()) {
      throw malformed("the chunks hold " + data.size() + " bytes but x-amz-decoded-content-length"
          + " is " + decodedContentLength);
    }
    return new DecodedBody(data.toByteArray(), trailers, signatures, lengths);
  }

  /**
   * Checks the chain of chunk signatures (and the trailer signature, if any) against the seed
   * signature of the Authorization header. False for unsigned chunks, and for signed chunks
   * followed by trailers that carry no trailer signature (they could have been changed).
   *
   * @param scope {@code <yyyyMMdd>/<region>/<service>/aws4_request}
   */
  public static boolean verifyChunkSignatures(
      DecodedBody body, byte[] signingKey, String amzDate, String scope, String seedSignature) {
    return ChunkSignatureChain.verify(body, signingKey, amzDate, scope, seedSignature);
  }

  /** Trailer lines after the final chunk, up to an empty line (or, leniently, the body's end). */
  private static Map<String, String> readTrailers(ChunkedBodyReader reader) {
    Map<String, String> trailers = new LinkedHashMap<>();
    while (!reader.atEnd()) {
      String line = reader.line("trailer");
      if (line.isEmpty()) {
        if (!reader.atEnd()) {
          throw malformed("unexpected bytes after the end of the aws-chunked body");
        }
        break;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw malformed("trailer line '" + line + "' is not name:value");
      }
      trailers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).strip());
    }
    return trailers;
  }

  static SigV4Exception malformed(String detail) {
    String message = "Malformed aws-chunked body: " + detail + ".";
    return new SigV4Exception(Reason.MALFORMED, message);
  }

  /** {@code hex-size[;chunk-signature=sig][;other=ext]}. */
  private record ChunkHeader(int size, String signature) {
    static ChunkHeader parse(String line, int chunk) {
      String[] parts = line.split(";");
      String hex = parts[0].strip();
      if (!hex.matches("[0-9a-fA-F]{1,8}") || Long.parseLong(hex, 16) > Integer.MAX_VALUE) {
        throw malformed("chunk " + chunk + " starts with '" + abbreviate(line)
            + "', not a hexadecimal size");
      }
      String signature = null;
      for (int i = 1; i < parts.length; i++) {
        String extension = parts[i].strip();
        if (extension.startsWith("chunk-signature=")) {
          signature = extension.substring("chunk-signature=".length());
        }
      }
      return new ChunkHeader(Integer.parseInt(hex, 16), signature);
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
