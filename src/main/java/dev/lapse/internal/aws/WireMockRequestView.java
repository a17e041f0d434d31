package dev.lapse.internal.aws;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A request that came over HTTP, as WireMock hands it to the dispatcher. */
public record WireMockRequestView(Request request) implements RequestView {
  @Override
  public String method() {
    return request.getMethod().getName();
  }

  @Override
  public String url() {
    return request.getUrl();
  }

  @Override
  public String header(String name) {
    return request.getHeader(name);
  }

  @Override
  public Map<String, List<String>> headers() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (HttpHeader h : request.getHeaders().all()) {
      out.computeIfAbsent(h.key().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .addAll(h.values());
    }
    // HTTP/2 carries the host as :authority, which never shows up as a header here; the
    // client signed it as "host", so put it back for signature checks.
    if (!out.containsKey("host") && request.getHost() != null) {
      int port = request.getPort();
      out.put("host", List.of(request.getHost() + (port > 0 ? ":" + port : "")));
    }
    return out;
  }

  @Override
  public byte[] body() {
    byte[] b = request.getBody();
    return b == null ? new byte[0] : b;
  }
}
