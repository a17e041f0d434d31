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
 * them or change them before any extension runs: a query its {@code URLDecoder} refuses
 * ({@code ?prefix=%ZZ} was an InternalError 500 on every service), and a body it would
 * decompress (it un-gzips any body that starts with gzip's magic bytes or is sent with
 * {@code Content-Encoding: gzip}, so S3 stored an uploaded {@code .gz} file decompressed,
 * a small body could expand past every limit, and one that was not gzip at all was an empty
 * 500). Answered as the in-memory transport is: the same dispatcher, journal and framing.
 */
final class DirectAnswers {
  private DirectAnswers() {}

  static boolean needed(HttpServletRequest http, byte[] body) {
    String query = http.getQueryString();
    if (query != null && !PercentDecoding.escapesWellFormed(query)) {
      return true;
    }
    String encoding = http.getHeader("Content-Encoding");
    return encoding != null && encoding.contains("gzip")
        || body.length >= 2 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b;
  }

  /** Writes {@code answer}; {@code close} when the connection must not be reused. */
  static void write(InMemoryResponse answer, HttpServletResponse out, boolean close)
      throws IOException {
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
    if (close) {
      out.setHeader("Connection", "close");
    }
    if (answer.hasBody()) {
      out.getOutputStream().write(answer.body());
    }
  }
}
