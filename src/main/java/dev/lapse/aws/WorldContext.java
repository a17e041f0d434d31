package dev.lapse.aws;

import dev.lapse.clock.VirtualClock;
import dev.lapse.journal.Journal;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

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
  private volatile Duration latency = Duration.ZERO;

  public WorldContext(WorldConfig config, VirtualClock clock, Supplier<URI> endpoint) {
    this.config = config;
    this.clock = clock;
    this.authority = new Authority(config);
    this.journal = new Journal(config.journalCapacity());
    this.endpoint = endpoint;
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
}
