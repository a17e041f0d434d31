package dev.lapse.aws;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * WireMock's Jetty server, made to hand over header values exactly as the client sent them.
 * Jetty's parser otherwise swaps a value it recognises, case-insensitively, for its own cached
 * spelling: the SDK's STS calls sign {@code content-type: application/x-www-form-urlencoded;
 * charset=utf-8}, Jetty reported {@code charset=UTF-8}, and every signature failed to verify.
 */
final class ExactHeadersServerFactory implements HttpServerFactory {
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
    };
  }
}
