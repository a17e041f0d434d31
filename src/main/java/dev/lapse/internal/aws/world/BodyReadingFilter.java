package dev.lapse.internal.aws.world;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Reads every request body before WireMock sees it, then hands it on: to WireMock with the
 * bytes in hand ({@link CollectedRequest}), or, when WireMock would misread the request,
 * straight to the dispatcher ({@link DirectAnswers}). A body Jetty cannot read (bad chunking,
 * cut short, too slow) is {@code IncompleteBody} or {@code RequestTimeout}, 400 in the
 * service's format: WireMock read the body while logging the request, failed, and answered an
 * empty 500.
 */
final class BodyReadingFilter implements Filter {
  private final Dispatcher dispatcher;

  BodyReadingFilter(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse out = (HttpServletResponse) response;
    byte[] body;
    try {
      body = http.getInputStream().readAllBytes();
    } catch (IOException e) {
      AwsErrorPages.refuseUnreadableBody(http, out, isTimeout(e) ? 408 : 400);
      return;
    }
    if (DirectAnswers.needed(http, body)) {
      DirectAnswers.write(dispatcher.answer(ServletRequestView.of(http, body)), out);
    } else {
      chain.doFilter(new CollectedRequest(http, body), out);
    }
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.BadMessageException b && b.getCode() == 408
          || t instanceof java.util.concurrent.TimeoutException) {
        return true;
      }
    }
    return false;
  }
}
