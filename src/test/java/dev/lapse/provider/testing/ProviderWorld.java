package dev.lapse.provider.testing;

import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.DeviceClock;
import dev.lapse.clock.VirtualClock;
import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * A fake AWS world for provider tests, with the HTTP clients a device shares, and questions a
 * test asks of it: is this credential expired at virtual now, how many times was an operation
 * called. Close it after the test.
 */
public final class ProviderWorld implements AutoCloseable {
  private final World world;
  private final SdkHttpClient sdkHttpClient = UrlConnectionHttpClient.create();
  // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every plain-http request.
  private final HttpClient httpClient =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private ProviderWorld(WorldConfig config) {
    this.world = World.start(config, new VirtualClock());
  }

  /** A world with the bucket "photos" in eu-west-1 (a second region) and no signing-skew check. */
  public static ProviderWorld start() {
    return start(WorldConfig.defaults());
  }

  public static ProviderWorld start(WorldConfig base) {
    return new ProviderWorld(base.withCheckSkew(false).withBuckets(Map.of("photos", "eu-west-1")));
  }

  /** A first launch's device: empty keychain, device clock without skew. */
  public TestDevice newDevice() {
    return new TestDevice(this, new DeviceClock(world.clock()), new MapKeychain());
  }

  public World world() {
    return world;
  }

  public VirtualClock clock() {
    return world.clock();
  }

  public void advance(Duration by) {
    world.clock().advance(by);
  }

  /** What the fake's Authority knows of credentials a provider handed out. */
  public CredentialFacts factsOf(AwsCredentials credentials) {
    return world.authority().credentials(credentials.accessKeyId())
        .map(IssuedCredentials::facts)
        .orElseThrow(() -> new AssertionError("the world never issued " + credentials));
  }

  /** True when the credentials are expired at virtual now plus {@code within}. */
  public boolean expiredWithin(AwsCredentials credentials, Duration within) {
    return factsOf(credentials).expiredAt(world.clock().instant().plus(within));
  }

  public List<JournalEntry> violations() {
    return world.journal().violations();
  }

  public List<JournalEntry> calls(String operation) {
    return world.journal().entries().stream().filter(e -> e.operation().awsName().equals(operation))
        .toList();
  }

  SdkHttpClient sdkHttpClient() {
    return sdkHttpClient;
  }

  HttpClient httpClient() {
    return httpClient;
  }

  @Override
  public void close() {
    world.close();
    sdkHttpClient.close();
  }
}
