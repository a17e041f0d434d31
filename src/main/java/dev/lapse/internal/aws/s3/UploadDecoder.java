package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.SignatureCheck;
import dev.lapse.internal.aws.sigv4.AwsChunkedDecoder;
import dev.lapse.internal.aws.sigv4.AwsChunkedDecoder.DecodedBody;
import dev.lapse.internal.aws.sigv4.SigV4Authorization;
import dev.lapse.internal.aws.sigv4.SigV4Exception;
import dev.lapse.internal.aws.sigv4.SigV4Verifier;
import dev.lapse.internal.aws.sigv4.SignedRequestView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an upload's body as received into the object's bytes: decodes {@code aws-chunked}
 * framing, checks the chunk signature chain of the signed streaming forms, and checks every
 * checksum the client sent (headers, trailers, Content-MD5) against the decoded bytes.
 */
final class UploadDecoder {
  /** What an upload carried once decoded. */
  record Upload(byte[] bytes, PayloadForm form, Map<String, String> checksums) {}

  private final Authority authority;

  UploadDecoder(Authority authority) {
    this.authority = authority;
  }

  Upload decode(Exchange ex, SignatureCheck.Signed signed) {
    PayloadForm form = PayloadForm.of(ex.header(SignedRequestView.CONTENT_SHA256));
    boolean chunked = form != null ? form.chunked() : contentEncodingIsAwsChunked(ex);
    byte[] bytes = ex.body();
    Map<String, String> trailers = Map.of();
    if (chunked) {
      DecodedBody body = decodeChunks(ex);
      if (form != null && form.signedChunks() && !chunkSignaturesHold(body, signed)) {
        throw S3Authentication.chunkSignatureMismatch(ex, signed);
      }
      bytes = body.data();
      trailers = body.trailers();
    }
    Map<String, String> checksums = checksums(ex, trailers);
    for (Map.Entry<String, String> sent : checksums.entrySet()) {
      if (!Checksums.compute(sent.getKey(), bytes).equals(sent.getValue())) {
        throw S3Errors.badDigest(Checksums.displayName(sent.getKey()));
      }
    }
    ContentMd5.check(ex.header("Content-MD5"), bytes);
    return new Upload(bytes, form, checksums);
  }

  private static boolean contentEncodingIsAwsChunked(Exchange ex) {
    String encoding = ex.header("Content-Encoding");
    return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("aws-chunked");
  }

  private static DecodedBody decodeChunks(Exchange ex) {
    String declared = ex.header("x-amz-decoded-content-length");
    if (declared == null) {
      throw S3Errors.missingDecodedLength();
    }
    long length;
    try {
      length = Long.parseLong(declared.strip());
    } catch (NumberFormatException e) {
      throw S3Errors.invalidArgument("x-amz-decoded-content-length must be a number",
          "x-amz-decoded-content-length", declared);
    }
    try {
      return AwsChunkedDecoder.decode(ex.body(), length);
    } catch (SigV4Exception e) {
      throw S3Errors.incompleteBody(e.getMessage());
    }
  }

  private boolean chunkSignaturesHold(DecodedBody body, SignatureCheck.Signed signed) {
    SigV4Authorization auth = signed.auth();
    String secret = authority.secretFor(auth.accessKeyId()).orElseThrow();
    byte[] key = SigV4Verifier.signingKey(secret, auth.date(), auth.region(), auth.service());
    return AwsChunkedDecoder.verifyChunkSignatures(body, key, signed.verdict().amzDate(),
        auth.scope(), auth.signature());
  }

  /**
   * Checksums sent as headers or as trailers; a trailer announced in {@code x-amz-trailer} must
   * have arrived.
   */
  private static Map<String, String> checksums(Exchange ex, Map<String, String> trailers) {
    Map<String, String> out = new LinkedHashMap<>();
    ex.headers().forEach((name, values) -> {
      String algorithm = Checksums.algorithmOf(name);
      if (algorithm != null && !values.isEmpty()) {
        out.put(algorithm, values.get(0).strip());
      }
    });
    String announced = ex.header("x-amz-trailer");
    if (announced != null) {
      for (String name : List.of(announced.split(","))) {
        if (!trailers.containsKey(name.strip().toLowerCase(Locale.ROOT))) {
          throw malformedTrailer();
        }
      }
    }
    trailers.forEach((name, value) -> {
      String algorithm = Checksums.algorithmOf(name);
      if (algorithm != null) {
        out.put(algorithm, value);
      }
    });
    return out;
  }

  private static AwsError malformedTrailer() {
    return new AwsError(400, "MalformedTrailerError", "The request contained trailing data that "
        + "was not well-formed or did not conform to our published schema.");
  }
}
