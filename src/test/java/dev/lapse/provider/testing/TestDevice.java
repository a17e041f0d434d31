package dev.lapse.provider.testing;

import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.world.WorldInfo;
import dev.lapse.clock.DeviceClock;
import dev.lapse.clock.VirtualScheduler;
import dev.lapse.provider.Device;
import dev.lapse.provider.Keychain;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * A minimal {@link Device} for driving providers straight against a {@link World}: a map
 * keychain, a {@link DeviceClock} over the world's virtual clock, a {@link VirtualScheduler}
 * the test runs by hand, and the HTTP clients of a {@link ProviderWorld}. {@link #relaunch}
 * gives the next launch's device: same keychain and clock, a fresh scheduler.
 */
public final class TestDevice implements Device {
  private final ProviderWorld world;
  private final DeviceClock clock;
  private final MapKeychain keychain;
  private final VirtualScheduler scheduler;

  TestDevice(ProviderWorld world, DeviceClock clock, MapKeychain keychain) {
    this.world = world;
    this.clock = clock;
    this.keychain = keychain;
    this.scheduler = new VirtualScheduler(clock, e -> {
      throw new AssertionError("a scheduled task failed", e);
    });
  }

  /** The device of the next launch: the scheduled tasks of this one are dropped. */
  public TestDevice relaunch() {
    scheduler.clear();
    return new TestDevice(world, clock, keychain);
  }

  public DeviceClock deviceClock() {
    return clock;
  }

  public VirtualScheduler virtualScheduler() {
    return scheduler;
  }

  private WorldInfo info() {
    return world.world().info();
  }

  @Override
  public Duration elapsed() {
    return clock.elapsed();
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public Keychain keychain() {
    return keychain;
  }

  @Override
  public VirtualScheduler scheduler() {
    return scheduler;
  }

  @Override
  public URI cognitoEndpoint() {
    return URI.create(info().cognitoEndpoint());
  }

  @Override
  public URI stsEndpoint() {
    return URI.create(info().stsEndpoint());
  }

  @Override
  public URI developerBackend() {
    return URI.create(info().developerBackend());
  }

  @Override
  public String cognitoRegion() {
    return info().cognitoRegion();
  }

  @Override
  public String identityPoolId() {
    return info().identityPoolId();
  }

  @Override
  public String developerProviderName() {
    return info().developerProviderName();
  }

  @Override
  public String authenticatedRoleArn() {
    return info().authenticatedRoleArn();
  }

  @Override
  public String user() {
    return "alice";
  }

  @Override
  public Map<String, String> clients() {
    Map<String, String> clients = new LinkedHashMap<>();
    clients.put("default", cognitoRegion());
    info().buckets().forEach(clients::put);
    return clients;
  }

  @Override
  public SdkHttpClient sdkHttpClient() {
    return world.sdkHttpClient();
  }

  @Override
  public HttpClient httpClient() {
    return world.httpClient();
  }
}
