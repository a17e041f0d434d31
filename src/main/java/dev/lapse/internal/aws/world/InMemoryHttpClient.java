package dev.lapse.internal.aws.world;

import dev.lapse.internal.aws.InMemoryRequest;
import dev.lapse.internal.aws.world.InMemoryResponse;
import dev.lapse.internal.aws.world.World;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A {@code java.net.http.HttpClient} that hands each request to a world in the same JVM: what
 * the device gives providers for the developer backend when a run goes without sockets. The
 * request reaches the dispatcher as the JDK's HTTP/1.1 client sends it ({@code User-Agent},
 * {@code Host}, {@code Content-Length}); the response keeps the headers the JDK client reports
 * (lower-case names), and a "down" fault is what the JDK client makes of a connection the
 * server resets before answering: a GET or HEAD is sent once more, then the {@code IOException}
 * ("header parser received no bytes", caused by "Connection reset") is thrown. Thread-safe.
 */
public final class InMemoryHttpClient extends HttpClient {
  static final String RESET_MESSAGE = "HTTP/1.1 header parser received no bytes";
  private static final String USER_AGENT = "Java-http-client/" + System.getProperty("java.version");

  private final World world;

  public InMemoryHttpClient(World world) {
    this.world = world;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException {
    byte[] body = RequestBodies.read(request);
    URI uri = request.uri();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String url = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    headers.add(Map.entry("Content-Length", Integer.toString(body.length)));
    headers.add(Map.entry("Host", uri.getRawAuthority()));
    headers.add(Map.entry("User-Agent", USER_AGENT));
    request.headers().map().forEach((name, values) ->
        values.forEach(v -> headers.add(Map.entry(name, v))));
    InMemoryRequest sent = new InMemoryRequest(request.method(), url, headers, body);
    InMemoryResponse response = world.answer(sent);
    if (response.connectionReset() && idempotent(request.method())) {
      response = world.answer(sent);
    }
    if (response.connectionReset()) {
      throw new IOException(RESET_MESSAGE, new IOException(RESET_MESSAGE,
          new java.net.SocketException("Connection reset")));
    }
    return InMemoryHttpResponse.of(request, response, handler);
  }

  /** The JDK client sends a GET or HEAD once more after the server reset the connection. */
  private static boolean idempotent(String method) {
    return "GET".equals(method) || "HEAD".equals(method);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
      HttpResponse.BodyHandler<T> handler) {
    try {
      return CompletableFuture.completedFuture(send(request, handler));
    } catch (IOException | RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
      HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
    return sendAsync(request, handler);
  }

  static HttpHeaders lowerCase(List<Map.Entry<String, String>> pairs) {
    Map<String, List<String>> map = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, String> h : pairs) {
      map.computeIfAbsent(h.getKey().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
          .add(h.getValue());
    }
    return HttpHeaders.of(map, (name, value) -> true);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return Optional.empty();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return Optional.empty();
  }

  @Override
  public Redirect followRedirects() {
    return Redirect.NEVER;
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return Optional.empty();
  }

  @Override
  public SSLContext sslContext() {
    try {
      return SSLContext.getDefault();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public SSLParameters sslParameters() {
    return new SSLParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return Optional.empty();
  }

  @Override
  public Version version() {
    return Version.HTTP_1_1;
  }

  @Override
  public Optional<Executor> executor() {
    return Optional.empty();
  }
}
