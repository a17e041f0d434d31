package com.example.photos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The app's login backend, played by the fake's developer backend: {"identityId","token"}. */
final class BackendLogins implements PhotoCredentialsProvider.LoginSource {
  private static final Pattern FIELD = Pattern.compile("\"(identityId|token)\"\\s*:\\s*\"([^\"]+)\"");
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI backend;
  int fetches;

  BackendLogins(URI backend, String user) {
    this.backend = URI.create(backend + "?user=" + user);
  }

  @Override
  public PhotoCredentialsProvider.Login fetch() throws IOException {
    fetches++;
    try {
      String body = http.send(HttpRequest.newBuilder(backend).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      String id = null;
      String token = null;
      for (Matcher m = FIELD.matcher(body); m.find(); ) {
        if (m.group(1).equals("identityId")) {
          id = m.group(2);
        } else {
          token = m.group(2);
        }
      }
      return new PhotoCredentialsProvider.Login(id, token);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
