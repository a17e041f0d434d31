package dev.lapse.provider.reference;

import dev.lapse.provider.Device;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;

/**
 * Trades a developer-authenticated login token for one-hour credentials with Cognito's
 * {@code GetCredentialsForIdentity}, through the device's shared Cognito client
 * ({@link Device#cognitoClient()}), which outlives the launch: closing the exchange leaves it
 * open.
 *
 * <p>The SDK client does not retry: its back-off sleeps on the wall clock while virtual time
 * stands still, so a retry would only repeat the request at the same virtual instant, slower
 * and less deterministically. Each provider decides for itself what to do with a failure.
 *
 * <p>Thread-safe (the SDK client is).
 */
public final class CognitoCredentialsExchange implements AutoCloseable {
  /** The Logins key under which a developer-authenticated identity presents its OpenID token. */
  public static final String DEVELOPER_LOGIN_KEY = "cognito-identity.amazonaws.com";

  private final CognitoIdentityClient client;
  private final String providerName;

  /**
   * @param providerName put into the credentials' {@code providerName}, for error messages
   */
  public CognitoCredentialsExchange(Device device, String providerName) {
    this.providerName = providerName;
    // GetCredentialsForIdentity is unsigned, as on the wire from every AWS SDK.
    this.client = device.cognitoClient();
  }

  /**
   * Calls GetCredentialsForIdentity with {@code Logins: {cognito-identity.amazonaws.com:
   * loginToken}}; the result carries Cognito's {@code Expiration} as its expiration time.
   *
   * @throws software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException when
   *     the token has expired or does not fit the identity
   */
  public AwsSessionCredentials exchange(String identityId, String loginToken) {
    return exchangeDated(identityId, loginToken).credentials();
  }

  /** Credentials with the server's time of issue, when its answer carried a {@code Date}. */
  public record Dated(AwsSessionCredentials credentials, Optional<Instant> serverDate) {}

  /** Like {@link #exchange}, also reading the answer's {@code Date} header (server time). */
  public Dated exchangeDated(String identityId, String loginToken) {
    GetCredentialsForIdentityResponse response = client.getCredentialsForIdentity(r -> r
        .identityId(identityId)
        .logins(Map.of(DEVELOPER_LOGIN_KEY, loginToken)));
    Optional<Instant> date = response.sdkHttpResponse().firstMatchingHeader("Date")
        .flatMap(CognitoCredentialsExchange::httpDate);
    return new Dated(credentials(response), date);
  }

  private static Optional<Instant> httpDate(String value) {
    try {
      return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private AwsSessionCredentials credentials(GetCredentialsForIdentityResponse response) {
    Credentials c = response.credentials();
    return AwsSessionCredentials.builder()
        .accessKeyId(c.accessKeyId())
        .secretAccessKey(c.secretKey())
        .sessionToken(c.sessionToken())
        .expirationTime(c.expiration())
        .providerName(providerName)
        .build();
  }

  /** Nothing to release: the Cognito client belongs to the device. */
  @Override
  public void close() {}
}
