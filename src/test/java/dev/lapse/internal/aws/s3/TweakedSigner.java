package dev.lapse.internal.aws.s3;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.scheme.AuthScheme;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignRequest;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignedRequest;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignerProperty;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.IdentityProviders;

/**
 * The SDK's own SigV4 signer with some of its properties overridden after the SDK set them:
 * the signing clock (so a test signs at a virtual instant, not wall time), the signing name, or
 * the payload forms. Installed as the client's "aws.auth#sigv4" scheme.
 */
final class TweakedSigner implements HttpSigner<AwsCredentialsIdentity> {
  private final HttpSigner<AwsCredentialsIdentity> delegate = AwsV4HttpSigner.create();
  private final Map<SignerProperty<?>, Object> overrides = new HashMap<>();
  private boolean pretendHttps;

  static TweakedSigner create() {
    return new TweakedSigner();
  }

  /** Signs as if the time were {@code clock}'s (a VirtualClock follows the world). */
  TweakedSigner clock(Clock clock) {
    return with(HttpSigner.SIGNING_CLOCK, clock);
  }

  /**
   * Signs as if the request went over https, then sends it over http anyway. Over http the SDK
   * always signs the payload, so this is the only way to make it send the unsigned forms
   * (UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER) to a loopback server.
   */
  TweakedSigner pretendHttps() {
    this.pretendHttps = true;
    return this;
  }

  <T> TweakedSigner with(SignerProperty<T> property, T value) {
    overrides.put(property, value);
    return this;
  }

  @Override
  public SignedRequest sign(SignRequest<? extends AwsCredentialsIdentity> request) {
    SignRequest.Builder<? extends AwsCredentialsIdentity> b = request.toBuilder();
    overrides.forEach((p, v) -> put(b, p, v));
    if (!pretendHttps) {
      return delegate.sign(b.build());
    }
    String protocol = request.request().protocol();
    b.request(request.request().toBuilder().protocol("https").build());
    SignedRequest signed = delegate.sign(b.build());
    return signed.toBuilder()
        .request(signed.request().toBuilder().protocol(protocol).build())
        .build();
  }

  @Override
  public CompletableFuture<AsyncSignedRequest> signAsync(
      AsyncSignRequest<? extends AwsCredentialsIdentity> request) {
    throw new UnsupportedOperationException("tests use synchronous clients");
  }

  @SuppressWarnings("unchecked")
  private static <T> void put(SignRequest.Builder<?> b, SignerProperty<T> p, Object v) {
    b.putProperty(p, (T) v);
  }

  /** The auth scheme to hand to {@code S3Client.builder().putAuthScheme(...)}. */
  AuthScheme<AwsCredentialsIdentity> scheme() {
    TweakedSigner signer = this;
    return new AuthScheme<>() {
      @Override
      public String schemeId() {
        return "aws.auth#sigv4";
      }

      @Override
      public IdentityProvider<AwsCredentialsIdentity> identityProvider(IdentityProviders p) {
        return p.identityProvider(AwsCredentialsIdentity.class);
      }

      @Override
      public HttpSigner<AwsCredentialsIdentity> signer() {
        return signer;
      }
    };
  }
}
