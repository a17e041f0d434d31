package dev.lapse.internal.aws.world;

import dev.lapse.internal.aws.InMemoryRequest;

import dev.lapse.internal.aws.JwtSigner;

import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.Faults;
import dev.lapse.internal.aws.ObjectStore;
import dev.lapse.internal.aws.ServiceHandler;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.WorldContext;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.lapse.internal.aws.world.ControlService;
import dev.lapse.clock.VirtualClock;
import dev.lapse.journal.Journal;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A fake AWS (Cognito Identity, STS, S3 and the app's developer backend) on one embedded
 * WireMock server bound to 127.0.0.1, reading time only from its {@link VirtualClock}. A world
 * {@link #inMemory in memory} has no server: clients hand it requests through
 * {@link #answer(InMemoryRequest)} ({@code dev.lapse.aws.memory} has SDK and
 * {@code java.net.http} clients that do), and the same dispatcher, services, Authority and
 * journal answer them.
 *
 * <pre>{@code
 * try (World world = World.start(WorldConfig.defaults(), new VirtualClock())) {
 *   URI endpoint = world.endpoint();   // endpointOverride for every SDK client
 *   world.clock().advance(Duration.ofHours(2));
 * }
 * }</pre>
 */
public final class World implements AutoCloseable {
  /**
   * Where an in-memory world says it is. Nothing listens there, and {@code .invalid} never
   * resolves, so a client that bypasses the device's HTTP clients fails at once, visibly.
   */
  public static final URI IN_MEMORY_ENDPOINT = URI.create("http://lapse-in-memory.invalid");
  static final int CONTAINER_THREADS = 256;
  static final long IDLE_TIMEOUT_MILLIS = 10_000;

  private final WireMockServer server;
  private final Dispatcher dispatcher;
  private final JwtSigner signer;
  private volatile WorldContext context;
  private volatile List<ServiceHandler> services;

  private World(WorldConfig config, VirtualClock clock, JwtSigner signer, boolean http) {
    this.signer = signer;
    this.context = context(config, clock);
    this.services = Services.create(context);
    this.dispatcher = new Dispatcher(new Dispatcher.Setup(context, services),
        new ControlService(this));
    this.server = http ? server(config, dispatcher) : null;
  }

  private WorldContext context(WorldConfig config, VirtualClock clock) {
    return new WorldContext(config, clock, this::endpoint, signer, this::ownHttpClient);
  }

  private software.amazon.awssdk.http.SdkHttpClient ownHttpClient() {
    return server == null ? new dev.lapse.internal.aws.world.InMemorySdkHttpClient(this)
        : software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create();
  }

  static WireMockServer server(WorldConfig config, Dispatcher dispatcher) {
    WireMockConfiguration options = options()
        .bindAddress("127.0.0.1")
        // Request bodies are read without holding a thread (BodyReadingFilter), so slow
        // senders cost connections, not threads; the idle timeout closes a silent one.
        .containerThreads(CONTAINER_THREADS)
        .jettyIdleTimeout(IDLE_TIMEOUT_MILLIS)
        .disableRequestJournal()
        .stubRequestLoggingDisabled(true)
        .gzipDisabled(true)
        .notifier(new ConsoleNotifier(false))
        .httpServerFactory(new RawRequestServerFactory(dispatcher))
        .extensions(dispatcher);
    options = config.port() == 0 ? options.dynamicPort() : options.port(config.port());
    return new WireMockServer(options);
  }

  /** Starts a world on loopback HTTP with RS512 login tokens; close it to stop the server. */
  public static World start(WorldConfig config, VirtualClock clock) {
    return start(config, clock, JwtSigner.rs512());
  }

  /** Starts a world on loopback HTTP whose login tokens {@code signer} signs. */
  public static World start(WorldConfig config, VirtualClock clock, JwtSigner signer) {
    signer.warmUp();
    World world = new World(config, clock, signer, true);
    world.server.start();
    return world;
  }

  /** A world without a server, answering only {@link #answer(InMemoryRequest)}. */
  public static World inMemory(WorldConfig config, VirtualClock clock, JwtSigner signer) {
    signer.warmUp();
    return new World(config, clock, signer, false);
  }

  /** Whether this world has no server and is reached only in memory. */
  public boolean isInMemory() {
    return server == null;
  }

  /**
   * Answers a request handed over without a socket, exactly as the server would answer it
   * over HTTP: same dispatcher, services, Authority and journal, same status, headers and body.
   */
  public InMemoryResponse answer(InMemoryRequest request) {
    return dispatcher.answer(request);
  }

  public static World start(WorldConfig config) {
    return start(config, new VirtualClock());
  }

  /** The base URL of every service (use it as each SDK client's endpointOverride). */
  public URI endpoint() {
    return server == null ? IN_MEMORY_ENDPOINT : URI.create("http://127.0.0.1:" + server.port());
  }

  /**
   * A plain HTTP client to this world, with no credentials of its own (over loopback, or in
   * memory for a world without a server), for opening presigned links. The caller closes it.
   */
  public software.amazon.awssdk.http.SdkHttpClient plainHttpClient() {
    return ownHttpClient();
  }

  /** Whether the server is still listening (a world in memory has none, and never stops). */
  public boolean isRunning() {
    return server == null || server.isRunning();
  }

  /** The server's port; 0 for a world in memory. */
  public int port() {
    return server == null ? 0 : server.port();
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

  /** Injects a fault until {@code until} (see {@link WorldContext#inject}). */
  public void inject(dev.lapse.vocabulary.FaultTarget target, dev.lapse.vocabulary.FaultKind kind,
      java.time.Instant until) {
    context.inject(target, kind, until);
  }

  /** Every request from now on is judged this much virtual time after it arrives. */
  public void latency(Duration latency) {
    context.latency(latency);
  }

  public Duration latency() {
    return context.latency();
  }

  /** Drops the device's requests at the door while it is offline (see WorldContext). */
  public void deviceOffline(boolean offline) {
    context.deviceOffline(offline);
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

  /** Bytes of object content the world's stores keep in memory (patterns count nothing). */
  public long retainedObjectBytes() {
    return services.stream().filter(ObjectStore.class::isInstance).map(ObjectStore.class::cast)
        .mapToLong(ObjectStore::retainedBytes).sum();
  }

  /**
   * Gives the running server another configuration (regions, lifetimes, buckets, seed): a
   * fresh Authority, journal and services, the same port and clock. Starting a server costs
   * far more than a scenario, so a runner reconfigures one world instead of starting many.
   * The port in {@code config} is ignored.
   */
  public synchronized void reconfigure(WorldConfig config) {
    WorldContext next = context(config.withPort(port()), context.clock());
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
    context.deviceOffline(false);
    services.forEach(ServiceHandler::reset);
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
    services.forEach(ServiceHandler::close);
  }
}
