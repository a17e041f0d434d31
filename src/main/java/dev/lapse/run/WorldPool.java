package dev.lapse.run;

import dev.lapse.aws.World;
import dev.lapse.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import dev.lapse.device.DeviceEndpoints;
import dev.lapse.device.SimulatedDevice;
import dev.lapse.scenario.WorldSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * Worlds and devices kept for reuse: starting a server and building SDK clients costs far more
 * than a scenario on virtual time, so scenarios with the same world spec share one world
 * (reset between runs) and its device (reset to factory state). Not thread-safe: one runner
 * thread uses it.
 */
final class WorldPool implements AutoCloseable {
  record Slot(World world, SimulatedDevice device) {}

  private final Map<WorldConfig, Slot> slots = new HashMap<>();
  private final SdkHttpClient sdkHttp = ApacheHttpClient.builder().maxConnections(128).build();
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  private final Duration stepLimit;

  WorldPool(Duration stepLimit) {
    this.stepLimit = stepLimit;
  }

  static WorldConfig configOf(WorldSpec spec, long seed) {
    return WorldConfig.defaults()
        .withCognitoRegion(spec.cognitoRegion())
        .withLoginTokenTtl(spec.loginTokenTtl())
        .withCredentialsTtl(spec.credentialsTtl())
        .withBuckets(spec.buckets())
        .withSeed(seed);
  }

  /** A clean world and device for this spec, the clock at {@code VirtualClock.DEFAULT_START}. */
  Slot acquire(WorldSpec spec, long seed) {
    WorldConfig config = configOf(spec, seed);
    Slot slot = slots.computeIfAbsent(config, this::open);
    slot.device().resetForScenario();
    slot.world().reset();
    slot.world().clock().set(VirtualClock.DEFAULT_START);
    return slot;
  }

  private Slot open(WorldConfig config) {
    World world = World.start(config, new VirtualClock());
    URI endpoint = world.endpoint();
    DeviceEndpoints endpoints = new DeviceEndpoints(endpoint,
        URI.create(world.info().developerBackend()), config.cognitoRegion(),
        config.identityPoolId(), WorldConfig.DEVELOPER_PROVIDER, config.authenticatedRoleArn());
    return new Slot(world, new SimulatedDevice(world.clock(), endpoints, sdkHttp, http, stepLimit));
  }

  @Override
  public void close() {
    slots.values().forEach(s -> {
      s.device().close();
      s.world().close();
    });
    slots.clear();
    sdkHttp.close();
  }
}
