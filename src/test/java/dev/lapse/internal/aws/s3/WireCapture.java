package dev.lapse.internal.aws.s3;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Records the headers of each request exactly as the SDK hands it to the HTTP client, after
 * signing: the only place a test can see which payload form the SDK chose.
 */
final class WireCapture implements ExecutionInterceptor {
  private final List<Map<String, List<String>>> sent = new CopyOnWriteArrayList<>();

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attrs) {
    sent.add(context.httpRequest().headers());
  }

  /** A header of the last request sent, or null. */
  String lastHeader(String name) {
    if (sent.isEmpty()) {
      return null;
    }
    for (Map.Entry<String, List<String>> h : sent.get(sent.size() - 1).entrySet()) {
      if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
        return h.getValue().get(0);
      }
    }
    return null;
  }

  void clear() {
    sent.clear();
  }
}
