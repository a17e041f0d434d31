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
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * One world and one device kept for every scenario of a runner: starting a server and
 * building SDK clients costs far more than a scenario on virtual time, so the world is
 * reconfigured when the next scenario's spec differs, and reset (and the device returned to
 * factory state) between runs. Not thread-safe: one runner thread uses it.
 */
final class WorldPool implements AutoCloseable {
  record Slot(World world, SimulatedDevice device) {}

  private final SdkHttpClient sdkHttp = ApacheHttpClient.builder().maxConnections(128).build();
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  private final Duration stepLimit;
  private Slot slot;
  private WorldConfig current;

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
    if (slot == null) {
      slot = open(config);
    } else if (!config.equals(current)) {
      slot.world().reconfigure(config);
      slot.device().endpoints(endpoints(slot.world(), config));
    }
    current = config;
    slot.device().resetForScenario();
    slot.world().reset();
    slot.world().clock().set(VirtualClock.DEFAULT_START);
    return slot;
  }

  private Slot open(WorldConfig config) {
    World world = World.start(config, new VirtualClock());
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
    if (slot != null) {
      slot.device().close();
      slot.world().close();
    }
    sdkHttp.close();
  }
}
