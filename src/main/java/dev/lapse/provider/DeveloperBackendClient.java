package dev.lapse.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Calls the app's own backend for a developer-authenticated login token, as the seed app's
 * {@code refresh()} does. Shared by the bundled providers; a user's provider may use it too.
 */
public final class DeveloperBackendClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the backend answers: the identity id and an OpenID token for it. */
  public record Login(String identityId, String token) {}

  private final Device device;

  public DeveloperBackendClient(Device device) {
    this.device = device;
  }

  /** Fetches a fresh login for the device's user; throws IOException when the backend fails. */
  public Login fetch() throws IOException {
    URI uri = URI.create(device.developerBackend() + "?user="
        + URLEncoder.encode(device.user(), StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
    HttpResponse<String> response;
    try {
      response = device.httpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while calling the developer backend", e);
    }
    if (response.statusCode() != 200) {
      throw new IOException("developer backend answered " + response.statusCode() + ": "
          + response.body());
    }
    JsonNode body = JSON.readTree(response.body());
    return new Login(body.path("identityId").asText(), body.path("token").asText());
  }
}
