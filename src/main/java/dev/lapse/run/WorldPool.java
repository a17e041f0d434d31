package dev.lapse.run;

import dev.lapse.internal.aws.JwtSigner;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.world.InMemoryHttpClient;
import dev.lapse.internal.aws.world.InMemorySdkHttpClient;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import dev.lapse.internal.device.DeviceEndpoints;
import dev.lapse.internal.device.SimulatedDevice;
import dev.lapse.vocabulary.WorldSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * A few worlds and devices kept for every scenario of a runner: starting a server and building
 * SDK clients costs far more than a scenario on virtual time. A scenario gets the world that
 * already holds its spec, or the least recently used one reconfigured; the world is reset (and
 * the device returned to factory state) between runs. Not thread-safe: one runner thread uses
 * it.
 */
final class WorldPool implements AutoCloseable {
  record Slot(World world, SimulatedDevice device) {}

  /**
   * How many servers a runner keeps: enough for the few world specs a suite or the fuzzer
   * alternates between (each switch would otherwise rebuild the world's services), few enough
   * that a long suite of odd specs does not start a server per scenario.
   */
  static final int MAX_WORLDS = 4;

  private final Transport transport;
  private SdkHttpClient sdkHttp;
  private HttpClient http;
  private final Duration stepLimit;
  /** Worlds by the configuration they hold now, least recently used first. */
  private final LinkedHashMap<WorldConfig, Slot> slots = new LinkedHashMap<>(8, 0.75f, true);

  WorldPool(Duration stepLimit, Transport transport) {
    this.stepLimit = stepLimit;
    this.transport = transport;
  }

  Transport transport() {
    return transport;
  }

  static WorldConfig configOf(WorldSpec spec, long seed) {
    return WorldConfig.defaults().withWorld(spec).withSeed(seed);
  }

  /** A clean world and device for this spec, the clock at {@code VirtualClock.DEFAULT_START}. */
  Slot acquire(WorldSpec spec, long seed) {
    WorldConfig config = configOf(spec, seed);
    Slot slot = slots.get(config);
    if (slot == null) {
      slot = slots.size() < MAX_WORLDS ? open(config) : reuseOldest(config);
      slots.put(config, slot);
    }
    slot.device().resetForScenario();
    slot.world().reset();
    slot.world().clock().set(VirtualClock.DEFAULT_START);
    return slot;
  }

  /**
   * Closes a slot whose provider was cut off: its stuck thread may still hold connections to
   * that server, and nothing it sends may reach the next scenario's journal.
   */
  void discard(Slot slot) {
    slots.values().remove(slot);
    slot.device().close();
    slot.world().close();
  }

  /** Reconfigures the least recently used world for a spec not seen lately. */
  private Slot reuseOldest(WorldConfig config) {
    WorldConfig oldest = slots.keySet().iterator().next();
    Slot slot = slots.remove(oldest);
    slot.world().reconfigure(config);
    slot.device().endpoints(endpoints(slot.world(), config));
    return slot;
  }

  /**
   * Login tokens are signed with the cheap in-run scheme on either transport: only Lapse
   * verifies them here, and both transports then give identical runs.
   */
  private Slot open(WorldConfig config) {
    if (transport == Transport.MEMORY) {
      World world = World.inMemory(config, new VirtualClock(), JwtSigner.inRun());
      return new Slot(world, new SimulatedDevice(world.clock(), endpoints(world, config),
          new InMemorySdkHttpClient(world), new InMemoryHttpClient(world), stepLimit));
    }
    World world = World.start(config, new VirtualClock(), JwtSigner.inRun());
    if (sdkHttp == null) {
      sdkHttp = ApacheHttpClient.builder().maxConnections(128).build();
      http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1).build();
    }
    return new Slot(world, new SimulatedDevice(world.clock(), endpoints(world, config), sdkHttp,
        http, stepLimit));
  }

  private static DeviceEndpoints endpoints(World world, WorldConfig config) {
    return new DeviceEndpoints(world.endpoint(), URI.create(world.info().developerBackend()),
        config.cognitoRegion(), config.identityPoolId(), WorldConfig.DEVELOPER_PROVIDER,
        config.authenticatedRoleArn());
  }

  @Override
  public void close() {
    slots.values().forEach(slot -> {
      slot.device().close();
      slot.world().close();
    });
    slots.clear();
    if (sdkHttp != null) {
      sdkHttp.close();
    }
  }
}
