package dev.lapse.internal.device;

import dev.lapse.clock.DeviceClock;
import dev.lapse.clock.Scheduler;
import dev.lapse.clock.VirtualClock;
import dev.lapse.clock.VirtualScheduler;
import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import dev.lapse.provider.Keychain;
import dev.lapse.scenario.Lifecycle;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The phone: a keychain that outlives launches, a clock that may be skewed, the app's
 * lifecycle, its scheduler, and its SDK clients. The scenario runner drives it step by step.
 * One thread drives it; only calls inside a parallel burst run on several threads.
 */
public final class SimulatedDevice implements Device, AutoCloseable {
  private final VirtualClock truth;
  private final DeviceClock clock;
  private final MapKeychain keychain = new MapKeychain();
  private volatile DeviceEndpoints endpoints;
  private final SdkHttpClient sdkHttp;
  private final HttpClient http;
  private final AppClients clients;
  private final TimeLimit timeLimit;
  private final DeviceNetwork network = new DeviceNetwork();
  private final List<Throwable> taskFailures = new ArrayList<>();
  private VirtualScheduler scheduler;
  private AppProviders providers;
  private Lifecycle lifecycle = Lifecycle.NOT_RUNNING;
  private Map<String, String> clientRegions = Map.of("default", "us-east-1");
  private String user = "alice";

  public SimulatedDevice(VirtualClock truth, DeviceEndpoints endpoints, SdkHttpClient sdkHttp,
      HttpClient http, Duration stepLimit) {
    this.truth = truth;
    this.clock = new DeviceClock(truth);
    this.endpoints = endpoints;
    this.sdkHttp = network.guard(sdkHttp);
    this.http = network.guard(http);
    this.clients = new AppClients(endpoints.aws(), this.sdkHttp, clock);
    this.timeLimit = new TimeLimit(stepLimit);
    this.scheduler = newScheduler();
  }

  /** Points the device at a (re)configured world: same server, other pool and region. */
  public void endpoints(DeviceEndpoints endpoints) {
    if (!endpoints.aws().equals(this.endpoints.aws())) {
      throw new IllegalArgumentException("a device stays with its server: " + this.endpoints.aws()
          + ", not " + endpoints.aws());
    }
    this.endpoints = endpoints;
  }

  /** Sets who uses the app and which clients it has, for the next scenario. */
  public void configure(String user, Map<String, String> clientRegions) {
    this.user = user;
    this.clientRegions = Map.copyOf(clientRegions);
  }

  /** Back to a factory-fresh phone: not running, empty keychain, no skew, online. */
  public void resetForScenario() {
    terminateQuietly();
    network.set(true);
    keychain.wipe();
    clock.setSkew(Duration.ZERO);
    clients.forgetClockCorrections();
    taskFailures.clear();
  }

  private VirtualScheduler newScheduler() {
    return new VirtualScheduler(truth, taskFailures::add);
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  /** The virtual clock itself (the device's clock is a skewed view of it). */
  public VirtualClock truth() {
    return truth;
  }

  public DeviceClock deviceClock() {
    return clock;
  }

  /** The network switch: {@code network: offline} turns it off for app and provider alike. */
  public DeviceNetwork network() {
    return network;
  }

  public MapKeychain mapKeychain() {
    return keychain;
  }

  /** Launches the app: asks the factory for this launch's providers (within the time limit). */
  public void launch(CredentialsProviderFactory factory) throws Exception {
    if (lifecycle != Lifecycle.NOT_RUNNING) {
      terminate();
    }
    scheduler = newScheduler();
    clients.forgetClockCorrections();
    AppProviders launched = timeLimit.call(() -> factory.launch(this));
    if (launched == null) {
      throw new IllegalStateException("the provider factory returned null from launch()");
    }
    providers = launched;
    clients.use(launched);
    lifecycle = lifecycle.after(Lifecycle.Event.LAUNCH);
  }

  /** Terminates the app: memory and scheduled tasks gone, keychain kept. */
  public void terminate() throws Exception {
    AppProviders closing = providers;
    terminateQuietly();
    if (closing != null) {
      timeLimit.call(() -> {
        closing.close();
        return null;
      });
    }
  }

  private void terminateQuietly() {
    scheduler.clear();
    providers = null;
    clients.use(null);
    lifecycle = lifecycle.after(Lifecycle.Event.TERMINATE);
  }

  public void background() {
    lifecycle = lifecycle.after(Lifecycle.Event.BACKGROUND);
  }

  /** Back to the foreground: the tasks that fell due while suspended run now. */
  public void foreground() throws Exception {
    Lifecycle before = lifecycle;
    lifecycle = lifecycle.after(Lifecycle.Event.FOREGROUND);
    if (before != lifecycle) {
      runDue();
    }
  }

  /**
   * Runs the tasks due now under the step limit, like any provider code: a task that blocks
   * is cut off instead of hanging the run on the driving thread.
   */
  private void runDue() throws Exception {
    VirtualScheduler current = scheduler;
    Instant now = truth.instant();
    timeLimit.call(() -> current.runDue(now));
  }

  /**
   * Lets virtual time pass until {@code until}. In the foreground, scheduled tasks run at their
   * due instants in order, the clock standing at each task's instant while it runs.
   */
  public void passTime(Instant until) throws Exception {
    while (lifecycle.acceptsCalls()) {
      Instant next = scheduler.nextDue().orElse(null);
      if (next == null || next.isAfter(until)) {
        break;
      }
      if (next.isAfter(truth.instant())) {
        truth.set(next);
      }
      runDue();
    }
    if (until.isAfter(truth.instant())) {
      truth.set(until);
    }
  }

  /** Failures thrown by scheduled tasks since the last call, then forgotten. */
  public List<Throwable> drainTaskFailures() {
    List<Throwable> out = new ArrayList<>(taskFailures);
    taskFailures.clear();
    return out;
  }

  AppClients sdkClients() {
    return clients;
  }

  TimeLimit timeLimit() {
    return timeLimit;
  }

  /**
   * Runs provider work hosted in another process under the step limit: a cut-off names
   * {@code stuck} (that process's last words) as what was running.
   */
  public <T> T withinStepLimit(Callable<T> work, Supplier<String> stuck) throws Exception {
    return timeLimit.call(work, stuck);
  }

  /** Like {@link #withinStepLimit(Callable, Supplier)} for work that is {@code calls} calls. */
  public <T> T withinStepLimit(Callable<T> work, Supplier<String> stuck, int calls)
      throws Exception {
    return timeLimit.call(work, stuck, calls);
  }

  /** Moves the lifecycle of an app this device does not launch itself (an adapter's). */
  public void lifecycle(Lifecycle.Event event) {
    lifecycle = lifecycle.after(event);
  }

  /** Failures of scheduled tasks reported by an adapter, as the device's own are kept. */
  public void taskFailed(Throwable failure) {
    taskFailures.add(failure);
  }

  /** The real-time limit for one step of provider code (the runner lengthens it to rerun). */
  public void stepLimit(Duration limit) {
    timeLimit.limit(limit);
  }

  public Duration stepLimit() {
    return timeLimit.limit();
  }

  /**
   * What no step of provider code may exceed whatever the step limit (null from the supplier:
   * nothing), asked before each wait: the runner's real-time budget left.
   */
  public void stepCeiling(Supplier<Duration> ceiling) {
    timeLimit.ceiling(ceiling);
  }

  /** Provider code cut off by the step limit since the last call, then forgotten. */
  public List<StepCutOff> drainCutOffs() {
    return timeLimit.drainCutOffs();
  }

  public String regionOf(String client) {
    return clientRegions.getOrDefault(client, clientRegions.get("default"));
  }

  // ---- Device, as the provider sees it ----

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public Duration elapsed() {
    return clock.elapsed();
  }

  @Override
  public Keychain keychain() {
    return keychain;
  }

  @Override
  public Scheduler scheduler() {
    return scheduler;
  }

  @Override
  public URI cognitoEndpoint() {
    return endpoints.aws();
  }

  @Override
  public URI stsEndpoint() {
    return endpoints.aws();
  }

  @Override
  public URI developerBackend() {
    return endpoints.developerBackend();
  }

  @Override
  public String cognitoRegion() {
    return endpoints.cognitoRegion();
  }

  @Override
  public String identityPoolId() {
    return endpoints.identityPoolId();
  }

  @Override
  public String developerProviderName() {
    return endpoints.developerProviderName();
  }

  @Override
  public String authenticatedRoleArn() {
    return endpoints.authenticatedRoleArn();
  }

  @Override
  public String user() {
    return user;
  }

  @Override
  public Map<String, String> clients() {
    return clientRegions;
  }

  @Override
  public SdkHttpClient sdkHttpClient() {
    return sdkHttp;
  }

  @Override
  public HttpClient httpClient() {
    return http;
  }

  /** Built once per region and shared by every launch and scenario of this device. */
  @Override
  public CognitoIdentityClient cognitoClient() {
    return clients.cognito(endpoints.cognitoRegion(), Device.super::cognitoClient);
  }

  @Override
  public void close() {
    terminateQuietly();
    clients.close();
    timeLimit.close();
  }
}
