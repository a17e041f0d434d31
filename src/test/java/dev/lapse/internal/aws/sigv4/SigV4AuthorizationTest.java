package dev.lapse.internal.aws.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.sigv4.SigV4Exception.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SigV4AuthorizationTest {

  private static final String SIG = "a".repeat(64);

  @Test
  void parsesTheSdkShape() {
    SigV4Authorization auth = SigV4Authorization.parse(
        "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/aws4_request,"
            + " SignedHeaders=host;x-amz-date, Signature=" + SIG);
    assertEquals(
        new SigV4Authorization("AKID", "20260101", "us-east-1", "s3",
            List.of("host", "x-amz-date"), SIG),
        auth);
    assertEquals("20260101/us-east-1/s3/aws4_request", auth.scope());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/sts/aws4_request,SignedHeaders=host,Signature=%s",
      "  AWS4-HMAC-SHA256   Signature=%s ,  SignedHeaders=host ,Credential=AKID/20260101/eu-west-1/sts/aws4_request  ",
      "AWS4-HMAC-SHA256 SignedHeaders=host Credential=AKID/20260101/eu-west-1/sts/aws4_request Signature=%s",
  })
  void acceptsAnySpacingAndOrder(String header) {
    SigV4Authorization auth = SigV4Authorization.parse(header.formatted(SIG));
    assertEquals("AKID", auth.accessKeyId());
    assertEquals("eu-west-1", auth.region());
    assertEquals("sts", auth.service());
    assertEquals(List.of("host"), auth.signedHeaders());
    assertEquals(SIG, auth.signature());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void missingHeader(String header) {
    SigV4Exception e = assertThrows(SigV4Exception.class, () -> SigV4Authorization.parse(header));
    assertEquals(Reason.MISSING, e.reason());
    assertThrows(SigV4Exception.class, () -> SigV4Authorization.parse(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AWS AKID:c2lnbmF0dXJl", "Bearer eyJhbGciOi", "AWS4-HMAC-SHA512 Credential=x"})
  void otherAlgorithmsAreUnsupported(String header) {
    SigV4Exception e = assertThrows(SigV4Exception.class, () -> SigV4Authorization.parse(header));
    assertEquals(Reason.UNSUPPORTED_ALGORITHM, e.reason());
    assertEquals("Unsupported Authorization Type", e.s3Message());
    assertTrue(e.getMessage().startsWith("Authorization header requires 'Credential' parameter."),
        e.getMessage());
  }

  @Test
  void missingComponentsAreNamedAsAwsDoes() {
    SigV4Exception e = assertThrows(SigV4Exception.class, () -> SigV4Authorization.parse(
        "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/sts/aws4_request"));
    assertEquals(Reason.MALFORMED, e.reason());
    assertEquals("Authorization header requires 'Signature' parameter. Authorization header"
        + " requires 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256"
        + " Credential=AKID/20260101/us-east-1/sts/aws4_request", e.getMessage());
    assertEquals("The authorization header is malformed; the authorization header requires three"
        + " components: Credential, SignedHeaders, and Signature.", e.s3Message());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "AKID/20260101/us-east-1/s3",
      "AKID/2026-01-01/us-east-1/s3/aws4_request",
      "AKID/20260101/us-east-1/s3/aws5_request",
      "/20260101/us-east-1/s3/aws4_request",
      "AKID/20260101//s3/aws4_request",
  })
  void malformedCredential(String credential) {
    SigV4Exception e = assertThrows(SigV4Exception.class, () -> SigV4Authorization.parse(
        "AWS4-HMAC-SHA256 Credential=" + credential + ", SignedHeaders=host, Signature=" + SIG));
    assertEquals(Reason.MALFORMED, e.reason());
    assertEquals("The authorization header is malformed; the Credential is mal-formed; expecting"
        + " \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".", e.s3Message());
  }

  @Test
  void blankInsideTheCredentialIsNotAKeyValuePair() {
    // What a key id pasted with a trailing blank produces; AWS's IncompleteSignature wording.
    SigV4Exception e = assertThrows(SigV4Exception.class, () -> SigV4Authorization.parse(
        "AWS4-HMAC-SHA256 Credential=AKID /20260101/us-east-1/sts/aws4_request,"
            + " SignedHeaders=host, Signature=" + SIG));
    assertEquals(Reason.MALFORMED, e.reason());
    assertTrue(e.getMessage().startsWith("'/20260101/us-east-1/sts/aws4_request' not a valid"
        + " key=value pair (missing equal-sign) in Authorization header"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/aws4_request, SignedHeaders=host;;x-amz-date, Signature=%s",
      "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=",
      "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=%s, Signature=%s",
      "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=%s, Extra=1",
  })
  void otherMalformedShapes(String header) {
    SigV4Exception e = assertThrows(SigV4Exception.class,
        () -> SigV4Authorization.parse(header.formatted(SIG, SIG)));
    assertEquals(Reason.MALFORMED, e.reason());
    assertTrue(e.s3Message().startsWith("The authorization header is malformed; "), e.s3Message());
  }
}
