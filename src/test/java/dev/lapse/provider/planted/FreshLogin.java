package dev.lapse.provider.planted;

import dev.lapse.provider.DeveloperBackendClient;
import dev.lapse.provider.DeveloperBackendClient.Login;
import dev.lapse.provider.Device;
import dev.lapse.provider.reference.CognitoCredentialsExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * The correct part the planted providers share: fetch a login token from the developer backend
 * and trade it for credentials straight away. Keeping it here means each planted provider
 * differs from a correct one in exactly the place its name says.
 */
final class FreshLogin implements AutoCloseable {
  private final DeveloperBackendClient backend;
  private final CognitoCredentialsExchange cognito;

  FreshLogin(Device device, String name) {
    this.backend = new DeveloperBackendClient(device);
    this.cognito = new CognitoCredentialsExchange(device, name);
  }

  Login login() {
    try {
      return backend.fetch();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  AwsSessionCredentials exchange(Login login) {
    return cognito.exchange(login.identityId(), login.token());
  }

  /** A fresh login, exchanged at once: always safe to present. */
  AwsSessionCredentials credentials() {
    return exchange(login());
  }

  /** Like {@link #credentials()}, with the server's Date of the answer (when it sent one). */
  CognitoCredentialsExchange.Dated datedCredentials() {
    Login login = login();
    return cognito.exchangeDated(login.identityId(), login.token());
  }

  static Instant expiryOf(AwsSessionCredentials c) {
    return c.expirationTime().orElseThrow();
  }

  @Override
  public void close() {
    cognito.close();
  }
}
