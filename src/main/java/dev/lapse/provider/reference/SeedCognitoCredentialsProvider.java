package dev.lapse.provider.reference;

import dev.lapse.provider.Device;
import dev.lapse.provider.Keychain;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Port of the iOS SDK's {@code AWSCognitoCredentialsProvider} as the seed app used it:
 * {@code AWSCognitoCredentialsProvider(regionType: cognitoRegion, identityProvider:
 * identityProvider, ...)}. It keeps its credentials in the keychain (so they outlive the app),
 * reuses them while more than 10 minutes from expiry by the device clock, and otherwise asks
 * Cognito for new ones with whatever token the identity provider holds, without asking it to
 * refresh (the 2.3.x SDK left that to the developer, as the question's answers say).
 *
 * <p>The keychain entries are named after the identity pool, as the iOS SDK names its keychain
 * service after the bundle, the class and the pool: two providers of one pool share them.
 * Thread-safe: one refresh at a time, as the iOS SDK's refresh semaphore allows.
 */
final class SeedCognitoCredentialsProvider implements AwsCredentialsProvider, AutoCloseable {
  /** iOS: {@code [expiration compare:[NSDate dateWithTimeIntervalSinceNow:10 * 60]]}. */
  static final Duration REUSE_WHILE_MORE_THAN = Duration.ofMinutes(10);

  private final Device device;
  private final Keychain keychain;
  private final SeedDeveloperAuthenticatedIdentityProvider identityProvider;
  private final CognitoCredentialsExchange cognito;
  private final String prefix;

  SeedCognitoCredentialsProvider(Device device, String keychainPrefix,
      SeedDeveloperAuthenticatedIdentityProvider identityProvider, String clientName) {
    this.device = device;
    this.keychain = device.keychain();
    this.identityProvider = identityProvider;
    // Each AWSCognitoCredentialsProvider owns an AWSCognitoIdentity client in the Cognito region.
    this.cognito = new CognitoCredentialsExchange(device, "lapse-seed-naive/" + clientName);
    this.prefix = keychainPrefix;
  }

  @Override
  public synchronized AwsCredentials resolveCredentials() {
    // if (self.internalCredentials && [self.internalCredentials.expiration
    //     compare:[NSDate dateWithTimeIntervalSinceNow:10 * 60]] == NSOrderedDescending)
    //   return internalCredentials    -- the keychain copy, from this launch or an earlier one
    AwsSessionCredentials cached = fromKeychain();
    Instant deviceNow = device.clock().instant();
    if (cached != null && cached.expirationTime().orElseThrow()
        .isAfter(deviceNow.plus(REUSE_WHILE_MORE_THAN))) {
      return cached;
    }
    try {
      // [[self.identityProvider getIdentityId] continueWithSuccessBlock: ...]
      // (refreshes only when there is no identity id: the seed's getIdentityId)
      String identityId = identityProvider.getIdentityId();
      // logins = @{@"cognito-identity.amazonaws.com": self.identityProvider.token}
      // AWSCognitoIdentityGetCredentialsForIdentityInput: identityId, logins
      AwsSessionCredentials fresh = cognito.exchange(identityId, identityProvider.token());
      // [self.keychain setString:... forKey:AWSCredentialsProviderKeychain{AccessKeyId,...}]
      toKeychain(fresh);
      return fresh;
    } catch (IOException e) {
      throw SdkClientException.create("the developer backend failed: " + e.getMessage(), e);
    }
  }

  private AwsSessionCredentials fromKeychain() {
    String accessKey = keychain.get(prefix + "accessKey").orElse(null);
    String expiration = keychain.get(prefix + "expiration").orElse(null);
    if (accessKey == null || expiration == null) {
      return null;
    }
    return AwsSessionCredentials.builder()
        .accessKeyId(accessKey)
        .secretAccessKey(keychain.get(prefix + "secretKey").orElse(""))
        .sessionToken(keychain.get(prefix + "sessionKey").orElse(""))
        .expirationTime(Instant.parse(expiration))
        .providerName("lapse-seed-naive/keychain")
        .build();
  }

  private void toKeychain(AwsSessionCredentials c) {
    keychain.put(prefix + "accessKey", c.accessKeyId());
    keychain.put(prefix + "secretKey", c.secretAccessKey());
    keychain.put(prefix + "sessionKey", c.sessionToken());
    keychain.put(prefix + "expiration", c.expirationTime().orElseThrow().toString());
  }

  @Override
  public void close() {
    cognito.close();
  }
}
