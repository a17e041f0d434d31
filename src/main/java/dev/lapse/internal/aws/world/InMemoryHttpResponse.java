package dev.lapse.internal.aws.world;

import dev.lapse.internal.aws.world.InMemoryResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLSession;

/** A {@code java.net.http} response built from a world's in-memory answer. */
record InMemoryHttpResponse<T>(int statusCode, HttpRequest request, HttpHeaders headers, T body)
    implements HttpResponse<T> {

  /** Runs the caller's body handler over the answer's bytes, as the JDK client would. */
  static <T> HttpResponse<T> of(HttpRequest request, InMemoryResponse response,
      BodyHandler<T> handler) throws IOException {
    HttpHeaders headers = InMemoryHttpClient.lowerCase(response.headers());
    ResponseInfo info = new ResponseInfo() {
      @Override
      public int statusCode() {
        return response.status();
      }

      @Override
      public HttpHeaders headers() {
        return headers;
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };
    BodySubscriber<T> subscriber = handler.apply(info);
    subscriber.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {}

      @Override
      public void cancel() {}
    });
    if (response.body().length > 0) {
      subscriber.onNext(List.of(ByteBuffer.wrap(response.body())));
    }
    subscriber.onComplete();
    try {
      return new InMemoryHttpResponse<>(response.status(), request, headers,
          subscriber.getBody().toCompletableFuture().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the response body", e);
    } catch (ExecutionException e) {
      throw new IOException("the response body handler failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public Optional<HttpResponse<T>> previousResponse() {
    return Optional.empty();
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return Optional.empty();
  }

  @Override
  public URI uri() {
    return request.uri();
  }

  @Override
  public HttpClient.Version version() {
    return HttpClient.Version.HTTP_1_1;
  }
}
