package dev.lapse.internal.aws.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.lapse.clock.VirtualClock;
import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.JwtSigner;
import dev.lapse.internal.aws.ServiceHandler;
import dev.lapse.internal.aws.WireResponse;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.WorldContext;
import dev.lapse.vocabulary.Service;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A service that throws reaches the dispatcher's last catch, and what goes out is the
 * service's own error saying "We encountered an internal error", never the exception. No real
 * request makes a Lapse service throw, so each real service here is wrapped in one that does,
 * behind the real dispatcher on the real HTTP server.
 */
class HostileInternalFailuresTest {
  private static final String SECRET = "dev.lapse.internal.Secret$Inner at com.github.Foo";

  /** A real service whose handle throws what an unforeseen bug would. */
  private record Throwing(ServiceHandler real) implements ServiceHandler {
    @Override
    public Service service() {
      return real.service();
    }

    @Override
    public boolean accepts(Exchange exchange) {
      return real.accepts(exchange);
    }

    @Override
    public WireResponse handle(Exchange exchange) {
      throw new IllegalStateException(SECRET, new NullPointerException(SECRET));
    }

    @Override
    public WireResponse render(AwsError error, Exchange exchange) {
      return real.render(error, exchange);
    }
  }

  /** Control answers nothing here: every request goes to a (throwing) service. */
  private record NoControl(ServiceHandler s3) implements ServiceHandler {
    @Override
    public Service service() {
      return Service.CONTROL;
    }

    @Override
    public boolean accepts(Exchange exchange) {
      return false;
    }

    @Override
    public WireResponse handle(Exchange exchange) {
      throw new AssertionError("never asked");
    }

    @Override
    public WireResponse render(AwsError error, Exchange exchange) {
      return s3.render(error, exchange);
    }
  }

  @Test
  void internalFailuresNameNoClass() throws Exception {
    WorldConfig config = WorldConfig.defaults();
    WorldContext context = new WorldContext(config, new VirtualClock(),
        () -> URI.create("http://127.0.0.1"), JwtSigner.rs512(), () -> null);
    List<ServiceHandler> services = Services.create(context).stream()
        .map(s -> (ServiceHandler) new Throwing(s)).toList();
    Dispatcher dispatcher = new Dispatcher(new Dispatcher.Setup(context, services),
        new NoControl(services.get(services.size() - 1)));
    WireMockServer server = World.server(config, dispatcher);
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newHttpClient();
      for (HttpRequest request : List.of(
          HttpRequest.newBuilder(URI.create(base + "/")).header("X-Amz-Target",
              "AWSCognitoIdentityService.GetId").POST(HttpRequest.BodyPublishers.ofString("{}"))
              .build(),
          HttpRequest.newBuilder(URI.create(base + "/")).header("Content-Type",
              "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
              "Action=GetCallerIdentity&Version=2011-06-15")).build(),
          HttpRequest.newBuilder(URI.create(base + "/developer/token?user=alice")).build(),
          HttpRequest.newBuilder(URI.create(base + "/lapse-photos/x")).build())) {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        String answer = r.headers().map() + " " + r.body();
        assertEquals(500, r.statusCode(), answer);
        assertTrue(r.body().contains("We encountered an internal error"), answer);
        for (String tell : new String[] {"IllegalStateException", "NullPointerException",
            "Secret", "dev.lapse", "com.github", "at java."}) {
          assertFalse(answer.contains(tell), () -> "the answer shows '" + tell + "': " + answer);
        }
      }
      assertEquals(4, context.journal().entries().size(), "each failure is journaled");
    } finally {
      server.stop();
      services.forEach(ServiceHandler::close);
    }
  }
}
