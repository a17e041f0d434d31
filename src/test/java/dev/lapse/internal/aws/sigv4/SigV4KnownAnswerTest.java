package dev.lapse.internal.aws.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values published in the AWS SigV4 documentation, so that the verifier is checked against the
 * specification itself and not only against the SDK it is meant to be independent of.
 */
class SigV4KnownAnswerTest {

  @Test
  void signingKeyFromTheGeneralReference() {
    byte[] key = SigV4Verifier.signingKey(
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830", "us-east-1", "iam");
    assertEquals("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9",
        SigV4Crypto.hex(key));
  }

  /** The S3 "GET Object" example of the S3 API reference (header-based auth). */
  @Test
  void s3GetObjectExample() {
    SignedRequestView request = new SignedRequestView("GET", "/test.txt", null, Map.of(
        "Host", List.of("examplebucket.s3.amazonaws.com"),
        "Range", List.of("bytes=0-9"),
        "x-amz-content-sha256", List.of(SigV4Crypto.EMPTY_SHA256),
        "x-amz-date", List.of("20130524T000000Z")), SigV4Crypto.EMPTY_SHA256);
    SigV4Authorization auth = SigV4Authorization.parse("AWS4-HMAC-SHA256"
        + " Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
        + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    SigV4Verifier.Verdict verdict = SigV4Verifier.verify(
        request, auth, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", true);
    assertTrue(verdict.matches(), verdict.stringToSign());
  }

  /** The chunked-upload example of the S3 API reference: 64 KiB + 1 KiB of 'a', then 0. */
  @Test
  void s3ChunkedUploadExample() {
    byte[] data = new byte[66560];
    Arrays.fill(data, (byte) 'a');
    AwsChunkedDecoder.DecodedBody body = new AwsChunkedDecoder.DecodedBody(data, Map.of(),
        List.of("ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648",
            "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497",
            "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9"),
        List.of(65536, 1024, 0));
    byte[] key = SigV4Verifier.signingKey(
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "20130524", "us-east-1", "s3");
    assertTrue(AwsChunkedDecoder.verifyChunkSignatures(body, key, "20130524T000000Z",
        "20130524/us-east-1/s3/aws4_request",
        "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9"));
  }
}
