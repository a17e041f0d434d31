package dev.lapse.internal.aws;

import com.github.tomakehurst.wiremock.http.Request;
import dev.lapse.journal.JournalEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request being handled: the raw request, the virtual instant it is judged at, and the
 * journal entry the handler fills in as it learns what the request carried.
 */
public final class Exchange {
  private final RequestView request;
  private final JournalEntry.Builder entry;
  private final String requestId;

  public Exchange(Request request, JournalEntry.Builder entry, String requestId) {
    this(new WireMockRequestView(request), entry, requestId);
  }

  public Exchange(RequestView request, JournalEntry.Builder entry, String requestId) {
    this.request = request;
    this.entry = entry;
    this.requestId = requestId;
  }

  public JournalEntry.Builder entry() {
    return entry;
  }

  /** The virtual instant at which validity is judged: arrival plus modelled latency. */
  public Instant judgedAt() {
    return entry.judgedAt();
  }

  public String requestId() {
    return requestId;
  }

  public String method() {
    return request.method();
  }

  /** The path as sent, still percent-encoded, without the query. */
  public String rawPath() {
    String url = request.url();
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** The query as sent, still percent-encoded, or null. */
  public String rawQuery() {
    String url = request.url();
    int q = url.indexOf('?');
    return q < 0 ? null : url.substring(q + 1);
  }

  /** Decoded query parameters (first value wins); a name without '=' maps to "". */
  public Map<String, String> query() {
    return decodeForm(rawQuery());
  }

  public String header(String name) {
    return request.header(name);
  }

  public byte[] body() {
    return request.body();
  }

  /** The body's length, or for a body refused unread its declared one (RequestView). */
  public long bodySize() {
    return request.bodySize();
  }

  /** Every header, names in lower case, values in order. */
  public Map<String, List<String>> headers() {
    return request.headers();
  }

  /** Decodes an application/x-www-form-urlencoded string; first value of a name wins. */
  public static Map<String, String> decodeForm(String form) {
    Map<String, String> out = new LinkedHashMap<>();
    if (form == null || form.isEmpty()) {
      return out;
    }
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        out.putIfAbsent(PercentDecoding.decode(name, true), PercentDecoding.decode(value, true));
      } catch (IllegalArgumentException e) {
        throw new AwsError(400, "MalformedQueryString",
            "The query string is malformed: " + e.getMessage() + " in '" + pair + "'");
      }
    }
    return out;
  }
}
