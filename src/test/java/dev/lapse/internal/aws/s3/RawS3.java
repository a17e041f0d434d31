package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.world.World;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Raw S3 requests for the cases no SDK would send: signed by the SDK's own signer (a test
 * oracle, never the code under test) at virtual time, then changed and sent over
 * java.net.http.
 */
final class RawS3 {
  /** Headers java.net.http sets itself and refuses to be given. */
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "expect",
      "connection", "upgrade");

  /** A signed request and the body the signer produced for it (aws-chunked when streaming). */
  record Signed(SdkHttpRequest request, byte[] body) {}

  private final World world;
  private final AwsSessionCredentials creds;
  // HTTP/1.1 as the SDKs speak it: over h2c the Host header becomes :authority, which WireMock
  // does not list among the headers, so a signed "host" could not be checked.
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .build();

  RawS3(World world, IssuedCredentials issued) {
    this.world = world;
    this.creds = S3Clients.sdk(issued);
  }

  SdkHttpRequest.Builder request(String method, String pathAndQuery) {
    return SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method))
        .uri(URI.create(world.endpoint() + pathAndQuery));
  }

  /** Signs for s3 in eu-west-1 at virtual now; {@code tweak} may change any property. */
  Signed sign(SdkHttpRequest request, byte[] body,
      Consumer<SignRequest.Builder<AwsCredentialsIdentity>> tweak) {
    SdkHttpRequest withLength = body == null ? request
        : request.toBuilder().putHeader("Content-Length", String.valueOf(body.length)).build();
    SignRequest.Builder<AwsCredentialsIdentity> b = SignRequest.builder(
            (AwsCredentialsIdentity) creds)
        .request(withLength)
        .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
        .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true)
        .putProperty(HttpSigner.SIGNING_CLOCK, world.clock());
    if (body != null) {
      b.payload(ContentStreamProvider.fromByteArray(body));
    }
    tweak.accept(b);
    SignedRequest signed = AwsV4HttpSigner.create().sign(b.build());
    return new Signed(signed.request(), signed.payload().map(RawS3::readAll).orElse(null));
  }

  Signed sign(SdkHttpRequest request, byte[] body) {
    return sign(request, body, b -> {});
  }

  HttpResponse<String> send(SdkHttpRequest request, byte[] body) {
    return send(request, body, b -> {});
  }

  /** Sends every signed header java.net.http allows; it adds Host and Content-Length itself. */
  HttpResponse<String> send(SdkHttpRequest request, byte[] body,
      Consumer<HttpRequest.Builder> tweak) {
    HttpRequest.Builder b = HttpRequest.newBuilder(request.getUri()).method(
        request.method().name(), body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    request.forEachHeader((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase())) {
        values.forEach(v -> b.header(name, v));
      }
    });
    tweak.accept(b);
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> send(Signed signed) {
    return send(signed.request(), signed.body());
  }

  private static byte[] readAll(ContentStreamProvider provider) {
    try (InputStream in = provider.newStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
