package dev.lapse.internal.aws.world;

import java.util.List;
import java.util.Map;

/**
 * What a world answers a request handed to it without a socket: the status, headers and body
 * the HTTP transport would have put on the wire, or a connection reset.
 *
 * @param headers name and value pairs in the order the server would send them
 * @param hasBody false when HTTP carries no body at all (HEAD, 204, 304), as against an
 *                empty one
 */
public record InMemoryResponse(int status, List<Map.Entry<String, String>> headers, byte[] body,
    boolean hasBody, boolean connectionReset) {

  public InMemoryResponse {
    headers = List.copyOf(headers);
  }

  /** The first value of a header, by case-insensitive name, or null. */
  public String header(String name) {
    for (Map.Entry<String, String> h : headers) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }
}
