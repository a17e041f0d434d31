package dev.lapse.aws;

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
          }
        }
      }

      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        super.decorateMockServiceContextBeforeConfig(context);
        context.addFilter(new FilterHolder(new HideContentTypeFromWireMock()), "/*",
            EnumSet.of(DispatcherType.REQUEST));
      }
    };
  }

  /**
   * WireMock's form decoding is switched on by {@code getContentType()} alone; the header
   * itself (which signatures cover) stays readable through {@code getHeader}.
   */
  private static final class HideContentTypeFromWireMock implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request) {
        @Override
        public String getContentType() {
          return null;
        }
      }, response);
    }
  }
}
