package dev.lapse.internal.device;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Presigns S3 URLs as the SDK's {@code S3Presigner} does, on the device's clock. The presigner
 * itself cannot be used: {@code DefaultS3Presigner.presign} reads {@code Instant.now()} and takes
 * no clock (a leak of real time), so its links would be dated in wall time while the world
 * lives in virtual time. This hands the SDK's own {@link AwsV4HttpSigner} the same properties
 * the presigner sets for a path-style S3 link (query-string auth, X-Amz-Expires, unsigned
 * payload, S3's single URL encoding) with the device clock as the signing clock, and the
 * credentials from the app's provider, resolved at this instant as any of its calls would.
 */
final class DevicePresigner {
  private final HttpSigner<AwsCredentialsIdentity> signer = AwsV4HttpSigner.create();
  private final URI endpoint;
  private final Clock deviceClock;

  DevicePresigner(URI endpoint, Clock deviceClock) {
    this.endpoint = endpoint;
    this.deviceClock = deviceClock;
  }

  /** @param method GET, PUT or HEAD */
  URI presign(AwsCredentialsProvider credentials, String region, String method, String bucket,
      String key, Duration lifetime) {
    AwsCredentials resolved = credentials.resolveCredentials();
    SdkHttpRequest request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.fromValue(method))
        .uri(URI.create(endpoint + "/" + SdkHttpUtils.urlEncodeIgnoreSlashes(bucket) + "/"
            + SdkHttpUtils.urlEncodeIgnoreSlashes(key)))
        .build();
    SignRequest<AwsCredentialsIdentity> sign = SignRequest.builder(
            (AwsCredentialsIdentity) resolved)
        .request(request)
        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
        .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
        .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, lifetime)
        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)
        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
        .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
        .putProperty(HttpSigner.SIGNING_CLOCK, deviceClock)
        .build();
    return signer.sign(sign).request().getUri();
  }
}
