package dev.lapse.internal.aws.world;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.EnumSet;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server, made to hand requests to the dispatcher as the client sent them:
 *
 * <ul>
 *   <li>Header values keep their exact spelling. Jetty's parser otherwise swaps a value it
 *       recognises, case-insensitively, for its own cached spelling: the SDK's STS calls sign
 *       {@code content-type: application/x-www-form-urlencoded; charset=utf-8}, Jetty reported
 *       {@code charset=UTF-8}, and every such signature failed to verify.
 *   <li>Form bodies are not decoded by WireMock. It decodes every
 *       {@code application/x-www-form-urlencoded} body before any extension runs, and a bad
 *       percent-escape became Jetty's HTML 500 page with a stack trace instead of STS's
 *       {@code MalformedInput}. The services read the raw body themselves.
 *   <li>A path whose {@code ..} segments climb above the root reaches the dispatcher as sent
 *       ({@link ClimbingTargets}): it is a legal S3 key.
 * </ul>
 */
final class RawRequestServerFactory implements HttpServerFactory {
  @Override
  public HttpServer buildHttpServer(Options options, AdminRequestHandler admin,
      StubRequestHandler stubs) {
    return new Jetty11HttpServer(options, admin, stubs) {
      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options opts) {
        super.applyAdditionalServerConfiguration(server, opts);
        for (Connector connector : server.getConnectors()) {
          HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
          if (http != null) {
            http.getHttpConfiguration().setHeaderCacheCaseSensitive(true);
            // No minimum request data rate: Jetty measures it from a body's first byte to
            // each read, so on a loaded machine a small PUT read a few hundred ms late was
            // refused with 408 (seen in S3ObjectsTest beside another build), a verdict that
            // depended on load. Slow bodies are bounded by the idle timeout and the thread
            // count instead (see README, reliability).
            http.getHttpConfiguration().setSendServerVersion(false);
            // Same protocol name, so it replaces Jetty's HTTP/1.1 factory in place.
            ((org.eclipse.jetty.server.AbstractConnector) connector)
                .addConnectionFactory(LapseChannels.connectionFactory(http));
          }
        }
        server.setErrorHandler(new AwsErrorPages());
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateMockServiceContextAfterConfig(context);
        context.setErrorHandler(new AwsErrorPages());
      }

      @Override
      protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
        super.decorateAdminServiceContextBeforeConfig(context);
        context.addFilter(new FilterHolder(new NoAdminApi()), "/*",
            EnumSet.of(DispatcherType.REQUEST));
        context.setErrorHandler(new AwsErrorPages());
      }

      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        super.decorateMockServiceContextBeforeConfig(context);
        context.addFilter(new FilterHolder(new HideContentTypeFromWireMock()), "/*",
            EnumSet.of(DispatcherType.REQUEST));
      }
    };
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

  /** A body already read, handed to WireMock as the stream it expects. */
  private static final class BytesInput extends jakarta.servlet.ServletInputStream {
    private final java.io.ByteArrayInputStream in;

    BytesInput(byte[] body) {
      this.in = new java.io.ByteArrayInputStream(body);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, len);
    }

    @Override
    public byte[] readAllBytes() {
      return in.readAllBytes();
    }

    @Override
    public boolean isFinished() {
      return in.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(jakarta.servlet.ReadListener listener) {
      throw new UnsupportedOperationException("the body is already read");
    }
  }

  /**
   * WireMock's admin API ({@code /__admin}) would let any local process delay every answer,
   * write files or stop the port. Lapse controls its world through {@code /__lapse} only, so
   * every admin path is answered as S3 answers a bucket that does not exist.
   */
  private static final class NoAdminApi implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException {
      jakarta.servlet.http.HttpServletResponse http =
          (jakarta.servlet.http.HttpServletResponse) response;
      http.setStatus(404);
      http.setContentType("application/xml");
      http.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>"
          + "<Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message>"
          + "<BucketName>__admin</BucketName><RequestId>LAPSE000000000000000</RequestId>"
          + "<HostId>lapse</HostId></Error>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /**
   * WireMock's form decoding is switched on by {@code getContentType()} alone; the header
   * itself (which signatures cover) stays readable through {@code getHeader}.
   */
  private static final class HideContentTypeFromWireMock implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      byte[] body;
      try {
        body = http.getInputStream().readAllBytes();
      } catch (IOException e) {
        // Bad chunking, a body cut short or one slower than the minimum data rate. WireMock
        // would read it while logging the request, fail, and answer an empty 500.
        AwsErrorPages.refuseUnreadableBody(http, (jakarta.servlet.http.HttpServletResponse) response,
            isTimeout(e) ? 408 : 400);
        return;
      }
      String climbing = ClimbingTargets.originalPath(http);
      chain.doFilter(new HttpServletRequestWrapper(http) {
        @Override
        public String getContentType() {
          return null;
        }

        @Override
        public String getRequestURI() {
          return climbing == null ? super.getRequestURI() : climbing;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
          return new BytesInput(body);
        }
      }, response);
    }
  }
}
