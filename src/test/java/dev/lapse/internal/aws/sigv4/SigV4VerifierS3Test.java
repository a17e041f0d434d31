package dev.lapse.internal.aws.sigv4;

import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.BASIC;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.SECRET;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.SESSION;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.request;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.signS3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.sigv4.SdkSignerOracle.Signed;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

class SigV4VerifierS3Test {

  /** A key with a space, a plus, a euro sign and a CJK character, encoded once as S3 sends it. */
  private static final String ENCODED_KEY = "/my-bucket/dir%20one/a%2Bb%20%E2%82%AC%E6%97%A5.txt";
  private static final byte[] BODY = "hello, lapse".getBytes(StandardCharsets.UTF_8);

  private static SdkHttpRequest get() {
    return request(SdkHttpMethod.GET, ENCODED_KEY)
        .putRawQueryParameter("versionId", "v 1+2")
        .putRawQueryParameter("response-content-type", "text/plain")
        .putRawQueryParameter("acl", (String) null)
        .build();
  }

  private static SdkHttpRequest put() {
    return request(SdkHttpMethod.PUT, ENCODED_KEY)
        .putRawQueryParameter("x-id", "PutObject")
        .putHeader("Content-Type", "text/plain")
        .putHeader("Content-Length", String.valueOf(BODY.length))
        .putHeader("x-amz-meta-note", "  two   spaces  ")
        .build();
  }

  @Test
  void getWithEncodedPathAndQuery() {
    Signed signed = signS3(get(), null, BASIC, b -> {});
    SigV4Verifier.Verdict verdict = verify(signed.view(), signed);
    assertTrue(verdict.matches(), verdict.canonicalRequest());
    assertEquals("20260101T123456Z", verdict.amzDate());
    // S3 signs the path as sent: encoded once, not twice.
    assertEquals(ENCODED_KEY, verdict.canonicalRequest().split("\n")[1]);
  }

  @Test
  void putWithSignedPayloadAndSessionToken() {
    Signed signed = signS3(put(), BODY, SESSION, b -> {});
    assertTrue(signed.auth().signedHeaders().contains("x-amz-security-token"));
    SigV4Verifier.Verdict verdict = verify(signed.view(), signed);
    assertTrue(verdict.matches(), verdict.canonicalRequest());
    assertTrue(verdict.canonicalRequest().contains("\nx-amz-meta-note:two spaces\n"));
  }

  @Test
  void unsignedPayloadIsSignedAsTheLiteralHeaderValue() {
    SdkHttpRequest https = put().toBuilder().protocol("https").port(8443).build();
    Signed signed = signS3(https, BODY, BASIC,
        b -> b.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false));
    assertEquals("UNSIGNED-PAYLOAD", signed.view().header("X-Amz-Content-Sha256"));
    SigV4Verifier.Verdict verdict = verify(signed.view(), signed);
    assertTrue(verdict.matches(), verdict.canonicalRequest());
    assertTrue(verdict.canonicalRequest().endsWith("\nUNSIGNED-PAYLOAD"));
  }

  @Test
  void tamperedHeaderValueDoesNotMatch() {
    Signed signed = signS3(put(), BODY, SESSION, b -> {});
    Map<String, List<String>> headers = new HashMap<>(signed.view().headers());
    headers.put("x-amz-security-token", List.of(SdkSignerOracle.TOKEN + "x"));
    SignedRequestView tampered = SignedRequestView.of("PUT", ENCODED_KEY,
        signed.view().rawQuery(), headers, BODY);
    assertFalse(verify(tampered, signed).matches());
  }

  @Test
  void tamperedPathOrQueryDoesNotMatch() {
    Signed signed = signS3(get(), null, BASIC, b -> {});
    SignedRequestView view = signed.view();
    SignedRequestView otherKey = new SignedRequestView(view.method(), ENCODED_KEY + "x",
        view.rawQuery(), view.headers(), view.payloadHash());
    SignedRequestView otherQuery = new SignedRequestView(view.method(), view.rawPath(),
        view.rawQuery() + "&extra=1", view.headers(), view.payloadHash());
    assertFalse(verify(otherKey, signed).matches());
    assertFalse(verify(otherQuery, signed).matches());
  }

  @Test
  void changedBodyUnderAHexContentSha256IsReportedAsMismatch() {
    Signed signed = signS3(put(), BODY, BASIC, b -> {});
    SignedRequestView changed = SignedRequestView.of("PUT", ENCODED_KEY,
        signed.view().rawQuery(), signed.view().headers(), "hello, LAPSE".getBytes());
    // S3 signs the declared hash, so the signature still matches; S3 answers
    // XAmzContentSHA256Mismatch instead, which the view detects.
    assertTrue(verify(changed, signed).matches());
    assertTrue(changed.declaredContentHashMismatch());
    assertFalse(signed.view().declaredContentHashMismatch());
  }

  @Test
  void wrongSecretDoesNotMatch() {
    Signed signed = signS3(put(), BODY, BASIC, b -> {});
    assertFalse(SigV4Verifier.verify(signed.view(), signed.auth(), SECRET + "x", true).matches());
  }

  @Test
  void signatureForAnotherRegionDoesNotMatchThisRegionsScope() {
    Signed signed = signS3(put(), BODY, BASIC,
        b -> b.putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1"));
    SigV4Authorization claimed = signed.auth();
    SigV4Authorization asIfUsEast1 = new SigV4Authorization(claimed.accessKeyId(),
        claimed.date(), "us-east-1", claimed.service(), claimed.signedHeaders(),
        claimed.signature());
    assertTrue(verify(signed.view(), signed).matches());
    assertFalse(SigV4Verifier.verify(signed.view(), asIfUsEast1, SECRET, true).matches());
  }

  private static SigV4Verifier.Verdict verify(SignedRequestView view, Signed signed) {
    return SigV4Verifier.verify(view, signed.auth(), SECRET, true);
  }
}
