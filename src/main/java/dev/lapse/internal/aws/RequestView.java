package dev.lapse.internal.aws;

import java.util.List;
import java.util.Map;

/**
 * A request as the services read it, whichever transport delivered it: Jetty through WireMock
 * ({@link WireMockRequestView}) or the in-memory transport ({@link InMemoryRequest}). Only what
 * the services need, so both transports are read by exactly the same code.
 */
public interface RequestView {
  String method();

  /** Path and query as sent, still percent-encoded. */
  String url();

  /** The first value of a header, by case-insensitive name, or null. */
  String header(String name);

  /** Every header, names in lower case, values in the order sent. */
  Map<String, List<String>> headers();

  byte[] body();

  /**
   * How many bytes the body has: {@code body().length}, unless the request was refused at the
   * door for a body over the limit, which was never read (then what its Content-Length said,
   * or the bytes read before the limit was passed).
   */
  default long bodySize() {
    return body().length;
  }
}
