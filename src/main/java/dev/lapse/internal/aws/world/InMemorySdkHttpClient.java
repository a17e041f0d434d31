package dev.lapse.internal.aws.world;

import dev.lapse.internal.aws.InMemoryRequest;
import dev.lapse.internal.aws.world.InMemoryResponse;
import dev.lapse.internal.aws.world.World;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK HTTP client that hands each request to a world in the same JVM instead of writing it
 * to a socket. The SDK still marshals, signs and parses everything for real; only the bytes'
 * trip through the kernel and Jetty is skipped. The request reaches the dispatcher as the
 * Apache client would send it (its {@code Host}, {@code Connection: Keep-Alive} and, for a PUT
 * with a body, {@code Expect: 100-continue}); the response comes back as WireMock on Jetty
 * frames it, and a "down" fault is the {@code SocketException: Connection reset} the Apache
 * client throws. Thread-safe; closing it does nothing.
 */
public final class InMemorySdkHttpClient implements SdkHttpClient {
  private final World world;

  public InMemorySdkHttpClient(World world) {
    this.world = world;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        return execute(request);
      }

      @Override
      public void abort() {
        // Nothing is in flight: the call runs on the caller's thread from start to end.
      }
    };
  }

  private HttpExecuteResponse execute(HttpExecuteRequest execute) throws IOException {
    SdkHttpRequest request = execute.httpRequest();
    byte[] body = null;
    if (execute.contentStreamProvider().isPresent()) {
      try (InputStream in = execute.contentStreamProvider().get().newStream()) {
        body = in.readAllBytes();
      }
    }
    URI uri = request.getUri();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String url = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    InMemoryResponse response = world.answer(new InMemoryRequest(request.method().name(), url,
        headers(request, uri, body), body == null ? new byte[0] : body));
    if (response.connectionReset()) {
      throw new SocketException("Connection reset");
    }
    SdkHttpResponse.Builder head = SdkHttpResponse.builder()
        .statusCode(response.status())
        .statusText(HttpStatus.getMessage(response.status()));
    for (Map.Entry<String, String> h : response.headers()) {
      head.appendHeader(h.getKey(), h.getValue());
    }
    return HttpExecuteResponse.builder()
        .response(head.build())
        .responseBody(response.hasBody()
            ? AbortableInputStream.create(new ByteArrayInputStream(response.body())) : null)
        .build();
  }

  /** The headers as the Apache client puts them on the wire. */
  private static List<Map.Entry<String, String>> headers(SdkHttpRequest request, URI uri,
      byte[] body) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    request.forEachHeader((name, values) -> values.forEach(v -> out.add(Map.entry(name, v))));
    if (request.firstMatchingHeader("Host").isEmpty()) {
      out.add(Map.entry("Host", uri.getRawAuthority()));
    }
    out.add(Map.entry("Connection", "Keep-Alive"));
    boolean hasBody = body != null && body.length > 0;
    if (hasBody && request.firstMatchingHeader("Content-Length").isEmpty()) {
      out.add(Map.entry("Transfer-Encoding", "chunked"));
    }
    if (hasBody && "PUT".equals(request.method().name())
        && request.firstMatchingHeader("Expect").isEmpty()) {
      out.add(Map.entry("Expect", "100-continue"));
    }
    return out;
  }

  @Override
  public String clientName() {
    // What the SDK's user agent reports (md/http#...); the Apache client reports "Apache".
    return "Apache";
  }

  @Override
  public void close() {}
}
