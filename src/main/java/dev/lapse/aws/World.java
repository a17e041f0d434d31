package dev.lapse.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.lapse.aws.control.ControlService;
import dev.lapse.clock.VirtualClock;
import dev.lapse.journal.Journal;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A fake AWS (Cognito Identity, STS, S3 and the app's developer backend) on one embedded
 * WireMock server bound to 127.0.0.1, reading time only from its {@link VirtualClock}.
 *
 * <pre>{@code
 * try (World world = World.start(WorldConfig.defaults(), new VirtualClock())) {
 *   URI endpoint = world.endpoint();   // endpointOverride for every SDK client
 *   world.clock().advance(Duration.ofHours(2));
 * }
 * }</pre>
 */
public final class World implements AutoCloseable {
  static final int CONTAINER_THREADS = 256;
  static final long IDLE_TIMEOUT_MILLIS = 10_000;

  private final WireMockServer server;
  private final Dispatcher dispatcher;
  private volatile WorldContext context;
  private volatile List<ServiceHandler> services;

  private World(WorldConfig config, VirtualClock clock) {
    this.context = new WorldContext(config, clock, this::endpoint);
    this.services = Services.create(context);
    this.dispatcher = new Dispatcher(new Dispatcher.Setup(context, services),
        new ControlService(this));
    WireMockConfiguration options = options()
        .bindAddress("127.0.0.1")
        // Each request body is read by a blocking servlet thread: enough threads that slow
        // senders (cut off by the minimum data rate, RawRequestServerFactory) cannot take
        // them all, and an idle timeout that frees a thread held by a silent sender.
        .containerThreads(CONTAINER_THREADS)
        .jettyIdleTimeout(IDLE_TIMEOUT_MILLIS)
        .disableRequestJournal()
        .stubRequestLoggingDisabled(true)
        .gzipDisabled(true)
        .notifier(new ConsoleNotifier(false))
        .httpServerFactory(new RawRequestServerFactory())
        .extensions(dispatcher);
    options = config.port() == 0 ? options.dynamicPort() : options.port(config.port());
    this.server = new WireMockServer(options);
  }

  /** Starts a world; close it to stop the server. */
  public static World start(WorldConfig config, VirtualClock clock) {
    JwtSigner.warmUp();
    World world = new World(config, clock);
    world.server.start();
    return world;
  }

  public static World start(WorldConfig config) {
    return start(config, new VirtualClock());
  }

  /** The base URL of every service (use it as each SDK client's endpointOverride). */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** Whether the server is still listening. */
  public boolean isRunning() {
    return server.isRunning();
  }

  public int port() {
    return server.port();
  }

  public WorldConfig config() {
    return context.config();
  }

  public VirtualClock clock() {
    return context.clock();
  }

  public Authority authority() {
    return context.authority();
  }

  public Journal journal() {
    return context.journal();
  }

  public Faults faults() {
    return context.faults();
  }

  /** Every request from now on is judged this much virtual time after it arrives. */
  public void latency(Duration latency) {
    context.latency(latency);
  }

  public Duration latency() {
    return context.latency();
  }

  public WorldInfo info() {
    return WorldInfo.of(context);
  }

  /**
   * Puts an object in place without a request (nothing is journaled), so a scenario's first
   * {@code get} finds something. Ignored when the world has no object store.
   */
  public void seedObject(String bucket, String key, byte[] data) {
    services.stream().filter(ObjectStore.class::isInstance).map(ObjectStore.class::cast)
        .forEach(store -> store.seed(bucket, key, data));
  }

  /**
   * Gives the running server another configuration (regions, lifetimes, buckets, seed): a
   * fresh Authority, journal and services, the same port and clock. Starting a server costs
   * far more than a scenario, so a runner reconfigures one world instead of starting many.
   * The port in {@code config} is ignored.
   */
  public synchronized void reconfigure(WorldConfig config) {
    WorldContext next = new WorldContext(config.withPort(server.port()), context.clock(),
        this::endpoint);
    List<ServiceHandler> nextServices = Services.create(next);
    List<ServiceHandler> old = services;
    context = next;
    services = nextServices;
    dispatcher.use(new Dispatcher.Setup(next, nextServices));
    old.forEach(ServiceHandler::close);
  }

  /** Forgets identities, tokens, credentials, objects, journal, faults and latency. */
  public void reset() {
    context.authority().reset();
    context.journal().clear();
    context.faults().clear();
    context.latency(Duration.ZERO);
    services.forEach(ServiceHandler::reset);
  }

  @Override
  public void close() {
    server.stop();
    services.forEach(ServiceHandler::close);
  }
}
