package dev.lapse.internal.aws.world;

import dev.lapse.internal.aws.HttpDates;
import dev.lapse.internal.aws.WireResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Frames a dispatcher answer as WireMock on Jetty puts it on the wire, so that the in-memory
 * transport hands a client the same status, headers and body as HTTP does: {@code Date} first,
 * then the service's headers in order, then {@code Transfer-Encoding: chunked} wherever Jetty
 * streams a body of unstated length (every status that may carry one, HEAD included, unless
 * the service set {@code Content-Length}). HEAD, 1xx, 204 and 304 responses carry no body;
 * WireMock leaves an empty body out, which a client reads as an empty stream.
 */
final class InMemoryFraming {
  private InMemoryFraming() {}

  static InMemoryResponse frame(Dispatcher.Answered answered, String method) {
    WireResponse r = answered.response();
    if (r.dropConnection()) {
      return new InMemoryResponse(0, List.of(), new byte[0], false, true);
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>(r.headers().size() + 2);
    headers.add(Map.entry("Date", HttpDates.http(answered.date())));
    boolean lengthGiven = false;
    for (Map.Entry<String, String> h : r.headers().entrySet()) {
      headers.add(Map.entry(h.getKey(), h.getValue()));
      lengthGiven |= h.getKey().equalsIgnoreCase("Content-Length");
    }
    boolean statusMayCarryBody = r.status() >= 200 && r.status() != 204 && r.status() != 304;
    if (statusMayCarryBody && !lengthGiven) {
      headers.add(Map.entry("Transfer-Encoding", "chunked"));
    }
    boolean hasBody = statusMayCarryBody && !"HEAD".equals(method);
    return new InMemoryResponse(r.status(), headers, hasBody ? r.body() : new byte[0], hasBody,
        false);
  }
}
