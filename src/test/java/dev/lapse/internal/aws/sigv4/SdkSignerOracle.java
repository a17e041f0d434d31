package dev.lapse.internal.aws.sigv4;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * The AWS SDK's own SigV4 signer, used only as a test oracle: whatever it signs, the hand-written
 * verifier must accept. Its clock is fixed so that X-Amz-Date never comes from the wall clock.
 */
final class SdkSignerOracle {

  static final Instant SIGNING_TIME = Instant.parse("2026-01-01T12:34:56Z");
  static final String AKID = "AKIDLAPSEFAKE0000001";
  static final String SECRET = "lapse/fake+secret/key/0000000000000000001";
  static final String TOKEN = "FQoGZXIvYXdzEFAKE//session+token==";

  static final AwsCredentialsIdentity BASIC = AwsCredentialsIdentity.create(AKID, SECRET);
  static final AwsCredentialsIdentity SESSION =
      AwsSessionCredentialsIdentity.create(AKID, SECRET, TOKEN);

  /** What the signer produced: the request as it would go on the wire, and its body bytes. */
  record Signed(SdkHttpRequest request, byte[] body) {

    String authorization() {
      return request.firstMatchingHeader("Authorization").orElseThrow();
    }

    SigV4Authorization auth() {
      return SigV4Authorization.parse(authorization());
    }

    SignedRequestView view() {
      return SignedRequestView.of(
          request.method().name(),
          request.encodedPath(),
          request.encodedQueryParameters().orElse(null),
          request.headers(),
          body);
    }
  }

  private SdkSignerOracle() {}

  static SdkHttpRequest.Builder request(SdkHttpMethod method, String encodedPath) {
    return SdkHttpRequest.builder()
        .method(method)
        .protocol("http")
        .host("127.0.0.1")
        .port(8421)
        .encodedPath(encodedPath);
  }

  /** Signs as S3 does: path encoded once and not normalised, payload hash in a header. */
  static Signed signS3(
      SdkHttpRequest request,
      byte[] body,
      AwsCredentialsIdentity identity,
      Consumer<SignRequest.Builder<AwsCredentialsIdentity>> options) {
    return sign(request, body, identity, "s3", "us-east-1", b -> {
      b.putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
          .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
          .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true);
      options.accept(b);
    });
  }

  static Signed sign(
      SdkHttpRequest request,
      byte[] body,
      AwsCredentialsIdentity identity,
      String service,
      String region,
      Consumer<SignRequest.Builder<AwsCredentialsIdentity>> options) {
    SignedRequest signed = AwsV4HttpSigner.create().sign(b -> {
      b.identity(identity)
          .request(request)
          .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(SIGNING_TIME, ZoneOffset.UTC))
          .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
          .putProperty(AwsV4HttpSigner.REGION_NAME, region);
      if (body != null) {
        b.payload(ContentStreamProvider.fromByteArray(body));
      }
      options.accept(b);
    });
    byte[] sentBody = signed.payload().map(SdkSignerOracle::readAll).orElse(new byte[0]);
    return new Signed(signed.request(), sentBody);
  }

  private static byte[] readAll(ContentStreamProvider provider) {
    try (InputStream in = provider.newStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
