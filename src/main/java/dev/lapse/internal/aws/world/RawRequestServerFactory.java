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
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
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
 *   <li>Bodies are read within the world's limit, without a thread each, and handed to
 *       WireMock as read, form bodies undecoded ({@link BodyReadingFilter}); requests WireMock
 *       would misread go to the dispatcher directly ({@link DirectAnswers}).
 *   <li>A path whose {@code ..} segments climb above the root reaches the dispatcher as sent
 *       ({@link ClimbingTargets}): it is a legal S3 key.
 * </ul>
 */
final class RawRequestServerFactory implements HttpServerFactory {
  private final Dispatcher dispatcher;

  RawRequestServerFactory(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

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
            // depended on load. Bodies are read without holding a thread instead, with a
            // deadline only for bodies nearly stalled (BodyCollector; README, reliability).
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
        FilterHolder bodies = new FilterHolder(new BodyReadingFilter(dispatcher));
        bodies.setAsyncSupported(true); // it reads bodies asynchronously
        context.addFilter(bodies, "/*", EnumSet.of(DispatcherType.REQUEST));
      }
    };
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
}
