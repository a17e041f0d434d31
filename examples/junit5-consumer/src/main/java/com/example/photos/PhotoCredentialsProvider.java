package com.example.photos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * The app's credentials: a fresh login from its own backend, then Cognito credentials for that
 * identity, refreshed 15 minutes before they expire, one refresh at a time.
 */
public final class PhotoCredentialsProvider implements AwsCredentialsProvider {
  private static final Duration MARGIN = Duration.ofMinutes(15);

  /** The app's backend: a Cognito identity id and an OpenID token for it. */
  public interface LoginSource {
    Login fetch() throws IOException;
  }

  public record Login(String identityId, String token) {}

  private final CognitoIdentityClient cognito;
  private final LoginSource logins;
  private final Clock clock;
  private Credentials cached;

  public PhotoCredentialsProvider(CognitoIdentityClient cognito, LoginSource logins, Clock clock) {
    this.cognito = cognito;
    this.logins = logins;
    this.clock = clock;
  }

  @Override
  public synchronized AwsCredentials resolveCredentials() {
    if (cached == null || clock.instant().plus(MARGIN).isAfter(cached.expiration())) {
      Login login = login();
      cached = cognito.getCredentialsForIdentity(r -> r.identityId(login.identityId())
          .logins(Map.of("cognito-identity.amazonaws.com", login.token()))).credentials();
    }
    return AwsSessionCredentials.create(cached.accessKeyId(), cached.secretKey(),
        cached.sessionToken());
  }

  private Login login() {
    try {
      return logins.fetch();
    } catch (IOException e) {
      throw new UncheckedIOException("the login backend failed", e);
    }
  }
}
