package dev.lapse.internal.device;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The device's network, which a scenario can switch off ({@code network: offline}). Every HTTP
 * client the device hands out (the app's SDK clients' and the provider's) goes through it, so
 * while it is off every request from the app and from the provider fails to connect, as on a
 * phone in airplane mode, before anything reaches the fake AWS (nothing is journaled).
 */
public final class DeviceNetwork {
  private volatile boolean offline;

  public boolean offline() {
    return offline;
  }

  public void set(boolean online) {
    this.offline = !online;
  }

  /** Refuses a request while offline, with the error a phone's HTTP stack gives. */
  void requireOnline() throws ConnectException {
    if (offline) {
      throw new ConnectException("Network is unreachable: the device is offline");
    }
  }

  /** {@code delegate}, refusing every request while the device is offline. */
  SdkHttpClient guard(SdkHttpClient delegate) {
    return new SdkHttpClient() {
      @Override
      public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest inner = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
          @Override
          public HttpExecuteResponse call() throws IOException {
            requireOnline();
            return inner.call();
          }

          @Override
          public void abort() {
            inner.abort();
          }
        };
      }

      @Override
      public String clientName() {
        return delegate.clientName();
      }

      @Override
      public void close() {
        // The delegate is shared and closed by its owner.
      }
    };
  }

  /** {@code delegate}, refusing every request while the device is offline. */
  HttpClient guard(HttpClient delegate) {
    return new OfflineAwareHttpClient(delegate, this);
  }
}
