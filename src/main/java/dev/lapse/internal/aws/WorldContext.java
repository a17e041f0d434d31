package dev.lapse.internal.aws;

import dev.lapse.clock.VirtualClock;
import dev.lapse.journal.Journal;
import java.net.URI;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * What every service handler of one world shares: its configuration, its clock, the Authority,
 * the journal, the injected faults and the modelled latency.
 */
public final class WorldContext {
  private final WorldConfig config;
  private final VirtualClock clock;
  private final Authority authority;
  private final Journal journal;
  private final Faults faults = new Faults();
  private final Supplier<URI> endpoint;
  private final Supplier<SdkHttpClient> http;
  private volatile Duration latency = Duration.ZERO;
  private volatile boolean deviceOffline;

  /**
   * @param http how the world's own SDK clients (the developer backend's Cognito client) reach
   *             the world: over loopback, or in memory
   */
  public WorldContext(WorldConfig config, VirtualClock clock, Supplier<URI> endpoint,
      JwtSigner signer, Supplier<SdkHttpClient> http) {
    this.config = config;
    this.clock = clock;
    this.authority = new Authority(config, signer);
    this.journal = new Journal(config.journalCapacity());
    this.endpoint = endpoint;
    this.http = http;
  }

  /** An HTTP client for the world's own SDK clients; the caller closes it. */
  public SdkHttpClient newHttpClient() {
    return http.get();
  }

  public WorldConfig config() {
    return config;
  }

  public VirtualClock clock() {
    return clock;
  }

  public Authority authority() {
    return authority;
  }

  public Journal journal() {
    return journal;
  }

  public Faults faults() {
    return faults;
  }

  /**
   * Injects a fault from now until {@code until}; a {@link FaultKind#REVOKE} also revokes, at
   * once and for good, what its target's service has issued so far.
   */
  public void inject(FaultTarget target, FaultKind kind, Instant until) {
    if (!kind.appliesTo(target)) {
      throw new IllegalArgumentException(kind.refusal(target));
    }
    if (kind == FaultKind.REVOKE) {
      if (target == FaultTarget.S3) {
        authority.revokeCredentials();
      } else {
        authority.revokeTokens();
      }
    }
    faults.inject(target, kind, until);
  }

  /** The base URL every service of this world answers on. */
  public URI endpoint() {
    return endpoint.get();
  }

  /** Virtual time between a request being sent and it being judged. */
  public Duration latency() {
    return latency;
  }

  public void latency(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("latency cannot be negative: " + d);
    }
    this.latency = d;
  }

  /**
   * Whether the device's network is off, as the world's door sees it: an app hosted in another
   * process (a JavaScript or Python provider) reaches the world over loopback with its own HTTP
   * stack, which Lapse cannot unplug, so its requests are dropped here instead, unjournaled, as
   * if they had never left the phone. (The in-JVM device switches its own HTTP clients off.)
   */
  public boolean deviceOffline() {
    return deviceOffline;
  }

  public void deviceOffline(boolean offline) {
    this.deviceOffline = offline;
  }
}
