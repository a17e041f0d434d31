package dev.lapse.provider.testing;

import dev.lapse.provider.Device;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * One signed request (STS GetCallerIdentity) made with a provider's credentials, so that the
 * fake judges them as a service would and journals a violation when they have expired. STS is
 * used because its fake does not check the signing time, which the SDK takes from the wall clock.
 */
public final class SignedCall {
  private SignedCall() {}

  /** Calls GetCallerIdentity; returns the SDK's failure, or null on success. */
  public static SdkException callerIdentity(Device device, AwsCredentialsProvider provider) {
    try (StsClient sts = StsClient.builder()
        .endpointOverride(device.stsEndpoint())
        .region(Region.of(device.cognitoRegion()))
        .httpClient(device.sdkHttpClient())
        .credentialsProvider(provider)
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build()) {
      sts.getCallerIdentity();
      return null;
    } catch (SdkException e) {
      return e;
    }
  }
}
