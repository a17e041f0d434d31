package dev.lapse.internal.aws.world;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Reads every request body before WireMock sees it, within the world's body limit:
 *
 * <ul>
 *   <li>A {@code Content-Length} over the limit is refused at once (S3's EntityTooLarge, the
 *       other services' own), nothing of the body read. The body was read whole first, so one
 *       400 MB PUT took 1.4 GB of memory and four of 1.5 GB ended in empty 500s.
 *   <li>Any other body is collected without holding a thread ({@link BodyCollector}), at most
 *       the limit plus one byte, then refused or handed on: to WireMock with the bytes in hand
 *       ({@link CollectedRequest}), or, when WireMock would misread the request, straight to
 *       the dispatcher ({@link DirectAnswers}).
 *   <li>The bodies being read at once hold at most {@link BodyBudget}'s memory; a body that
 *       would pass it is throttled as the service throttles, its bytes dropped.
 *   <li>A body Jetty cannot read (bad chunking, cut short) is {@code IncompleteBody}, one that
 *       idles or crawls {@code RequestTimeout}, both 400 in the service's format (WireMock
 *       read the body while logging the request, failed, and answered an empty 500).
 * </ul>
 */
final class BodyReadingFilter implements Filter {
  private final Dispatcher dispatcher;
  private final BodyBudget budget;

  BodyReadingFilter(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
    this.budget = new BodyBudget(dispatcher::maxBodyBytes);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse out = (HttpServletResponse) response;
    long limit = dispatcher.maxBodyBytes();
    long declared = http.getContentLengthLong();
    if (declared > limit) {
      refuseOversized(http, out, declared);
      return;
    }
    if (declared == 0 || declared < 0 && http.getHeader("Transfer-Encoding") == null
        && http.getProtocol().startsWith("HTTP/1")) {
      // HTTP/1 has a body only with one of those headers (HTTP/2 may have one without).
      handOn(http, out, chain, new byte[0]);
      return;
    }
    ServletInputStream in = http.getInputStream();
    AsyncContext async = http.startAsync(http, out);
    async.setTimeout(0); // the collector's deadline and Jetty's idle timeout bound it
    in.setReadListener(new BodyCollector(in, limit, declared, budget, new BodyCollector.Outcome() {
      @Override
      public void collected(byte[] body) {
        finish(async, http, out, () -> handOn(http, out, chain, body));
      }

      @Override
      public void tooLarge(long read) {
        finish(async, http, out, () -> refuseOversized(http, out, read));
      }

      @Override
      public void tooSlow() {
        finish(async, http, out,
            () -> AwsErrorPages.refuseUnreadableBody(http, out, 408));
      }

      @Override
      public void overloaded() {
        finish(async, http, out, () -> AwsErrorPages.refuseOverloaded(http, out));
      }

      @Override
      public void unreadable(Throwable failure) {
        finish(async, http, out, () -> AwsErrorPages.refuseUnreadableBody(http,
            out, isTimeout(failure) ? 408 : 400));
      }
    }));
  }

  private void handOn(HttpServletRequest http, HttpServletResponse out, FilterChain chain,
      byte[] body) throws IOException, ServletException {
    if (DirectAnswers.needed(http, body)) {
      DirectAnswers.write(dispatcher.answer(ServletRequestView.of(http, body)), out, false);
    } else {
      chain.doFilter(new CollectedRequest(http, body), out);
    }
  }

  /** The dispatcher refuses it in the service's words and journals it; the rest stays unread. */
  private void refuseOversized(HttpServletRequest http, HttpServletResponse out, long size)
      throws IOException {
    DirectAnswers.write(dispatcher.answer(ServletRequestView.oversized(http, size)), out, true);
  }

  /** A step that answers from a read callback, where Jetty's error page is out of reach. */
  private interface Answering {
    void run() throws IOException, ServletException;
  }

  private static void finish(AsyncContext async, HttpServletRequest http,
      HttpServletResponse out, Answering answering) {
    try {
      answering.run();
    } catch (IOException e) {
      // The client is gone: nothing more can be said.
    } catch (ServletException | RuntimeException e) {
      AwsErrorPages.write(http, out, 500);
    } finally {
      async.complete();
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
