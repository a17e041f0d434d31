package dev.lapse.internal.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request handed to a world without a socket: what an HTTP client would have put on the
 * wire (method, path and query as encoded, headers as the client library adds them, body).
 *
 * @param headerList name and value pairs in the order sent; a name may repeat
 */
public record InMemoryRequest(String method, String url,
    List<Map.Entry<String, String>> headerList, byte[] body) implements RequestView {

  public InMemoryRequest {
    headerList = List.copyOf(headerList);
  }

  @Override
  public String header(String name) {
    for (Map.Entry<String, String> h : headerList) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  @Override
  public Map<String, List<String>> headers() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> h : headerList) {
      out.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
          .add(h.getValue());
    }
    return out;
  }
}
