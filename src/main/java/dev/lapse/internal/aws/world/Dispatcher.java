package dev.lapse.internal.aws.world;

import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.HttpDates;
import dev.lapse.internal.aws.RequestView;
import dev.lapse.internal.aws.ServiceHandler;
import dev.lapse.internal.aws.WireMockRequestView;
import dev.lapse.internal.aws.WireResponse;
import dev.lapse.internal.aws.WorldContext;

import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.Service;
import dev.lapse.vocabulary.Operation;
import dev.lapse.vocabulary.FaultTarget;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.lapse.journal.JournalEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The WireMock extension that is the fake AWS: one catch-all stub routes every request here,
 * and this hands it to the service that owns it, applies injected faults and modelled latency,
 * journals the outcome and stamps the virtual {@code Date}. Control requests are answered but
 * not journaled.
 */
final class Dispatcher implements RequestFilterV2 {
  static final String NAME = "lapse-dispatcher";

  /** The world's configuration and services, swapped as one when the world is reconfigured. */
  record Setup(WorldContext world, List<ServiceHandler> services) {}

  private volatile Setup setup;
  private final ServiceHandler control;
  private final AtomicLong requestIds = new AtomicLong();

  Dispatcher(Setup setup, ServiceHandler control) {
    this.setup = setup;
    this.control = control;
  }

  void use(Setup next) {
    this.setup = next;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyToAdmin() {
    return false;
  }

  @Override
  public boolean applyToStubs() {
    return true;
  }

  /**
   * Answers every request before WireMock matches it against stubs: there is nothing to
   * match, and skipping the matcher is a large share of the per-request cost.
   */
  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    return RequestFilterAction.stopWith(toDefinition(respond(new WireMockRequestView(request)),
        request.getMethod().getName()));
  }

  /**
   * A request handed over without WireMock (in memory, or one WireMock cannot read): the same
   * answer, as HTTP would frame it.
   */
  InMemoryResponse answer(RequestView request) {
    return InMemoryFraming.frame(respond(request), request.method());
  }

  /** The current world's body limit, which the HTTP door enforces before reading a body. */
  long maxBodyBytes() {
    return setup.world().config().maxBodyBytes();
  }

  /** The response and the virtual instant its Date header carries. */
  record Answered(WireResponse response, Instant date) {}

  private Answered respond(RequestView request) {
    Answered answered = respondUnframed(request);
    return new Answered(answered.response().withStatedLength(request.method()), answered.date());
  }

  private Answered respondUnframed(RequestView request) {
    Setup current = setup;
    WorldContext world = current.world();
    Instant received = world.clock().instant();
    Exchange probe = exchange(request, received, received);
    if (control.accepts(probe)) {
      return new Answered(withinLimit(control, probe, world), received);
    }
    if (world.deviceOffline()) {
      return new Answered(WireResponse.connectionReset(), received); // never reached AWS
    }
    ServiceHandler handler = route(current.services(), probe);
    FaultKind fault = FaultTarget.of(handler.service())
        .map(target -> world.faults().activeAt(target, received)).orElse(null);
    Instant judged = received.plus(world.latency());
    if (fault == FaultKind.SLOW) {
      judged = judged.plus(world.config().slowBy());
    }
    Exchange exchange = exchange(request, received, judged);
    JournalEntry.Builder entry = exchange.entry();
    entry.service = handler.service();
    entry.operation = safeOperation(handler, exchange);
    // A revocation shapes only the requests its service refuses; that service marks them.
    entry.fault = fault == null || fault == FaultKind.REVOKE ? null : fault.keyword();
    WireResponse response;
    if (fault == FaultKind.DOWN) {
      response = WireResponse.connectionReset();
    } else if (fault == FaultKind.ERROR || fault == FaultKind.THROTTLE) {
      response = handler.render(handler.faultError(fault), exchange);
    } else {
      response = withinLimit(handler, exchange, world);
    }
    world.journal().append(entry.build(response.status(), response.errorCode(),
        response.errorMessage()));
    return new Answered(response, judged);
  }

  private Exchange exchange(RequestView request, Instant received, Instant judged) {
    return new Exchange(request, JournalEntry.builder(received, judged),
        requestId(requestIds.incrementAndGet()));
  }

  /** {@code LAPSE} and 15 digits, like S3's 16-character ids; String.format is slow here. */
  private static String requestId(long n) {
    String digits = Long.toString(n);
    return "LAPSE" + "0".repeat(Math.max(0, 15 - digits.length())) + digits;
  }

  private static ServiceHandler route(List<ServiceHandler> services, Exchange exchange) {
    for (ServiceHandler s : services) {
      if (s.accepts(exchange)) {
        return s;
      }
    }
    return services.get(services.size() - 1);
  }

  private static Operation safeOperation(ServiceHandler handler, Exchange exchange) {
    try {
      return handler.operationOf(exchange);
    } catch (RuntimeException e) {
      return Operation.UNKNOWN;
    }
  }

  private static WireResponse withinLimit(ServiceHandler handler, Exchange exchange,
      WorldContext world) {
    long max = world.config().maxBodyBytes();
    return exchange.bodySize() > max ? handler.render(tooLarge(handler, exchange, max), exchange)
        : answer(handler, exchange);
  }

  /** Asks the handler; any failure becomes the service's own error, never a stack trace. */
  private static WireResponse answer(ServiceHandler handler, Exchange exchange) {
    try {
      exchange.query(); // a query that does not decode is refused alike by every service
      return handler.handle(exchange);
    } catch (AwsError e) {
      return handler.render(e, exchange);
    } catch (RuntimeException e) {
      // No class name or trace leaves the process: they tell a client nothing it can act on.
      return handler.render(new AwsError(500, "InternalFailure",
          "We encountered an internal error. Please try again."), exchange);
    }
  }

  /** S3 names the size it was offered, when the request declared one, and its limit. */
  private static AwsError tooLarge(ServiceHandler handler, Exchange exchange, long max) {
    if (handler.service() != Service.S3) {
      return new AwsError(413, "RequestEntityTooLarge", "Request Entity Too Large");
    }
    Map<String, String> extras = new LinkedHashMap<>();
    String declared = exchange.header("Content-Length");
    if (declared != null && declared.matches("\\d{1,19}")) {
      extras.put("ProposedSize", declared);
    }
    extras.put("MaxSizeAllowed", String.valueOf(max));
    return new AwsError(400, "EntityTooLarge",
        "Your proposed upload exceeds the maximum allowed size", extras, Map.of());
  }

  private static ResponseDefinition toDefinition(Answered answered, String method) {
    WireResponse r = answered.response();
    ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition();
    if (r.dropConnection()) {
      return b.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
    }
    b.withStatus(r.status()).withHeader("Date", HttpDates.http(answered.date()));
    r.headers().forEach(b::withHeader);
    if (!"HEAD".equals(method) && r.body().length > 0) {
      b.withBody(r.body());
    }
    return b.build();
  }
}
