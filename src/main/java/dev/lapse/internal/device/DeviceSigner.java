package dev.lapse.internal.device;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.scheme.AuthScheme;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignRequest;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignedRequest;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.IdentityProviders;

/**
 * Makes the SDK sign with the device's clock instead of the machine's. Without it the SDK
 * signs with wall time (a known leak of real time): {@code X-Amz-Date} would say November
 * while the virtual world says January, and skew scenarios would mean nothing. The SDK's own
 * clock-skew correction still applies, on top of the device clock.
 */
final class DeviceSigner implements HttpSigner<AwsCredentialsIdentity> {
  private final HttpSigner<AwsCredentialsIdentity> delegate = AwsV4HttpSigner.create();
  private final Clock deviceClock;

  DeviceSigner(Clock deviceClock) {
    this.deviceClock = deviceClock;
  }

  /** The SigV4 auth scheme with this signer, for {@code builder.putAuthScheme(...)}. */
  AuthScheme<AwsCredentialsIdentity> authScheme() {
    DeviceSigner signer = this;
    return new AuthScheme<>() {
      @Override
      public String schemeId() {
        return AwsV4AuthScheme.SCHEME_ID;
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

  /** Whether the SDK has corrected this client's clock since it was built. */
  boolean corrected() {
    return corrected;
  }

  private volatile boolean corrected;

  /**
   * The device clock, shifted by the skew correction the SDK has learned: the SDK hands the
   * signer {@code systemUTC} minus its offset, and {@link SkewTranslatingHttpClient} made that
   * offset the device's own gap to the server.
   */
  private Clock signingClock(Clock sdkClock) {
    java.time.Duration learned = sdkClock == null ? java.time.Duration.ZERO
        : dev.lapse.clock.WallClock.offsetOf(sdkClock);
    if (learned.isZero()) {
      return deviceClock;
    }
    corrected = true;
    return Clock.offset(deviceClock, learned);
  }

  @Override
  public SignedRequest sign(SignRequest<? extends AwsCredentialsIdentity> request) {
    Clock clock = signingClock(request.property(SIGNING_CLOCK));
    return delegate.sign(request.copy(b -> b.putProperty(SIGNING_CLOCK, clock)));
  }

  @Override
  public CompletableFuture<AsyncSignedRequest> signAsync(
      AsyncSignRequest<? extends AwsCredentialsIdentity> request) {
    Clock clock = signingClock(request.property(SIGNING_CLOCK));
    return delegate.signAsync(request.copy(b -> b.putProperty(SIGNING_CLOCK, clock)));
  }
}
