package dev.lapse.internal.aws.world;

import com.github.tomakehurst.wiremock.jetty.JettyFaultInjector;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpUtils;
import dev.lapse.internal.aws.PercentDecoding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Requests the dispatcher answers itself, without WireMock, because WireMock would fail on
 * them before any extension runs: a query its {@code URLDecoder} refuses ({@code ?prefix=%ZZ}
 * was an InternalError 500 on every service). Answered as the in-memory transport is: the
 * same dispatcher, journal and framing.
 */
final class DirectAnswers {
  private DirectAnswers() {}

  static boolean needed(HttpServletRequest http, byte[] body) {
    String query = http.getQueryString();
    return query != null && !PercentDecoding.escapesWellFormed(query);
  }

  static void write(InMemoryResponse answer, HttpServletResponse out) throws IOException {
    if (answer.connectionReset()) {
      new JettyFaultInjector(out, new Jetty11HttpUtils()).connectionResetByPeer();
      return;
    }
    out.setStatus(answer.status());
    for (Map.Entry<String, String> h : answer.headers()) {
      // Jetty frames the body itself.
      if (!h.getKey().equalsIgnoreCase("Transfer-Encoding")) {
        out.addHeader(h.getKey(), h.getValue());
      }
    }
    if (answer.hasBody()) {
      out.getOutputStream().write(answer.body());
    }
  }
}
