package dev.lapse.internal.aws.sigv4;

import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.BASIC;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.SECRET;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.SESSION;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.request;
import static dev.lapse.internal.aws.sigv4.SdkSignerOracle.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.sigv4.SdkSignerOracle.Signed;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** STS (awsQuery, form body) and Cognito Identity (awsJson1_1): the non-S3 SigV4 variant. */
class SigV4VerifierServicesTest {

  private static final String STS_FORM =
      "Action=GetCallerIdentity&Version=2011-06-15";
  private static final String COGNITO_JSON =
      "{\"IdentityPoolId\":\"us-east-1:5f6e7d8c-0000-4000-8000-000000000001\","
          + "\"Logins\":{\"login.lapse.dev\":\"user-1\"}}";

  static Stream<Arguments> services() {
    return Stream.of(
        Arguments.of("sts", BASIC), Arguments.of("sts", SESSION),
        Arguments.of("cognito-identity", BASIC), Arguments.of("cognito-identity", SESSION));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("services")
  void signedPostVerifies(String service, AwsCredentialsIdentity identity) {
    Signed signed = signPost(service, identity, "us-east-1");
    SigV4Verifier.Verdict verdict = SigV4Verifier.verify(signed.view(), signed.auth(), SECRET,
        false);
    assertTrue(verdict.matches(), verdict.canonicalRequest());
    assertEquals(identity == SESSION,
        signed.auth().signedHeaders().contains("x-amz-security-token"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("services")
  void tamperedBodyDoesNotMatchEvenWithASignedContentSha256(
      String service, AwsCredentialsIdentity identity) {
    Signed signed = signPost(service, identity, "us-east-1");
    assertTrue(signed.auth().signedHeaders().contains("x-amz-content-sha256"));
    byte[] tampered = new String(signed.body(), StandardCharsets.UTF_8)
        .replace("1", "2").getBytes(StandardCharsets.UTF_8);
    SignedRequestView view = SignedRequestView.of("POST", "/", null,
        signed.request().headers(), tampered);
    assertFalse(SigV4Verifier.verify(view, signed.auth(), SECRET, false).matches());
  }

  @Test
  void tamperedHeaderDoesNotMatch() {
    Signed signed = signPost("cognito-identity", SESSION, "us-east-1");
    Map<String, List<String>> headers = new HashMap<>(signed.view().headers());
    headers.put("x-amz-target", List.of("AWSCognitoIdentityService.GetCredentialsForIdentity"));
    SignedRequestView view = SignedRequestView.of("POST", "/", null, headers, signed.body());
    assertFalse(SigV4Verifier.verify(view, signed.auth(), SECRET, false).matches());
  }

  @Test
  void wrongSecretDoesNotMatch() {
    Signed signed = signPost("sts", BASIC, "us-east-1");
    assertFalse(SigV4Verifier.verify(signed.view(), signed.auth(), "not-the-secret", false)
        .matches());
  }

  @Test
  void signatureForAnotherServiceOrRegionDoesNotMatch() {
    Signed forSts = signPost("sts", BASIC, "eu-west-1");
    SigV4Authorization sent = forSts.auth();
    SigV4Authorization asCognito = new SigV4Authorization(sent.accessKeyId(), sent.date(),
        sent.region(), "cognito-identity", sent.signedHeaders(), sent.signature());
    SigV4Authorization asUsEast1 = new SigV4Authorization(sent.accessKeyId(), sent.date(),
        "us-east-1", sent.service(), sent.signedHeaders(), sent.signature());
    assertTrue(SigV4Verifier.verify(forSts.view(), sent, SECRET, false).matches());
    assertFalse(SigV4Verifier.verify(forSts.view(), asCognito, SECRET, false).matches());
    assertFalse(SigV4Verifier.verify(forSts.view(), asUsEast1, SECRET, false).matches());
  }

  @Test
  void nonS3PathIsNormalisedAndEncodedTwice() {
    SdkHttpRequest get = request(SdkHttpMethod.GET, "/v1//a%20b/./c/../d%2Fe/")
        .putRawQueryParameter("q", "x y")
        .build();
    Signed signed = sign(get, null, BASIC, "execute-api", "us-east-1", b -> {});
    SigV4Verifier.Verdict verdict = SigV4Verifier.verify(signed.view(), signed.auth(), SECRET,
        false);
    assertTrue(verdict.matches(), verdict.canonicalRequest());
    assertEquals("/v1/a%2520b/d%252Fe/", verdict.canonicalRequest().split("\n")[1]);
  }

  @Test
  void credentialDateMustBeTheDayOfXAmzDate() {
    Signed signed = signPost("sts", BASIC, "us-east-1");
    SigV4Authorization sent = signed.auth();
    SigV4Authorization otherDay = new SigV4Authorization(sent.accessKeyId(), "20251231",
        sent.region(), sent.service(), sent.signedHeaders(), sent.signature());
    SigV4Exception e = assertThrows(SigV4Exception.class,
        () -> SigV4Verifier.verify(signed.view(), otherDay, SECRET, false));
    assertEquals(SigV4Exception.Reason.MALFORMED, e.reason());
  }

  private static Signed signPost(String service, AwsCredentialsIdentity identity, String region) {
    boolean sts = service.equals("sts");
    byte[] body = (sts ? STS_FORM : COGNITO_JSON).getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest.Builder post = request(SdkHttpMethod.POST, "/")
        .putHeader("Content-Length", String.valueOf(body.length));
    if (sts) {
      post.putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    } else {
      post.putHeader("Content-Type", "application/x-amz-json-1.1")
          .putHeader("X-Amz-Target", "AWSCognitoIdentityService.GetOpenIdTokenForDeveloperIdentity");
    }
    return sign(post.build(), body, identity, service, region, b -> {});
  }
}
