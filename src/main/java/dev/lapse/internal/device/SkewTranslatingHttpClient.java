package dev.lapse.internal.device;

import dev.lapse.clock.WallClock;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Lets the SDK's clock-skew correction work on virtual time. The SDK compares a response's
 * {@code Date} with the machine's clock; the fake's {@code Date} is virtual. This client
 * rewrites {@code Date} into the machine's frame so that the gap the SDK sees is exactly the
 * gap between the device clock and the server: {@code wallNow - (deviceNow - serverDate)}.
 * {@link DeviceSigner} then applies the offset the SDK learned to the device clock.
 */
final class SkewTranslatingHttpClient implements SdkHttpClient {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final SdkHttpClient delegate;
  private final Clock deviceClock;

  SkewTranslatingHttpClient(SdkHttpClient delegate, Clock deviceClock) {
    this.delegate = delegate;
    this.deviceClock = deviceClock;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    ExecutableHttpRequest inner = delegate.prepareRequest(request);
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        HttpExecuteResponse response = inner.call();
        return HttpExecuteResponse.builder()
            .response(translate(response.httpResponse()))
            .responseBody(response.responseBody().orElse(null))
            .build();
      }

      @Override
      public void abort() {
        inner.abort();
      }
    };
  }

  private SdkHttpResponse translate(SdkHttpResponse response) {
    String date = response.firstMatchingHeader("Date").orElse(null);
    if (date == null) {
      return response;
    }
    try {
      Instant server = HTTP_DATE.parse(date, Instant::from);
      Duration deviceAhead = Duration.between(server, deviceClock.instant());
      String wallFrame = HTTP_DATE.format(WallClock.now().minus(deviceAhead));
      return response.toBuilder().putHeader("Date", wallFrame).build();
    } catch (DateTimeParseException e) {
      return response;
    }
  }

  @Override
  public String clientName() {
    return delegate.clientName();
  }

  /** The shared client belongs to the runner; this wrapper closes nothing. */
  @Override
  public void close() {}
}
