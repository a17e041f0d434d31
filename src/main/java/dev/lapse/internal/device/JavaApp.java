package dev.lapse.internal.device;

import dev.lapse.history.CallOutcome;
import dev.lapse.provider.CredentialsProviderFactory;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** A Java provider hosted in this JVM: the device launches the factory, its SDK clients call. */
public final class JavaApp implements App {
  private final SimulatedDevice device;
  private final CredentialsProviderFactory factory;
  private final AppCalls calls;
  private final AppUploads uploads;

  /** @param faultActiveAt whether an injected fault is active at a virtual instant */
  public JavaApp(SimulatedDevice device, CredentialsProviderFactory factory,
      Predicate<Instant> faultActiveAt) {
    this.device = device;
    this.factory = factory;
    this.calls = new AppCalls(device, faultActiveAt);
    this.uploads = new AppUploads(device, faultActiveAt);
  }

  @Override
  public void launch() throws Exception {
    device.launch(factory);
  }

  @Override
  public void terminate() throws Exception {
    device.terminate();
  }

  @Override
  public void background() {
    device.background();
  }

  @Override
  public void foreground() throws Exception {
    device.foreground();
  }

  @Override
  public void passTime(Instant until) throws Exception {
    device.passTime(until);
  }

  @Override
  public CallOutcome call(AppCall call) {
    return calls.call(call);
  }

  @Override
  public List<CallOutcome> burst(AppCall call, int count) {
    return calls.burst(call, count);
  }

  @Override
  public PresignedLink presign(AppCall call, java.time.Duration lifetime) {
    return calls.presign(call, lifetime);
  }

  @Override
  public CallOutcome upload(AppUpload upload) {
    return uploads.upload(upload);
  }

  @Override
  public void network(boolean online) {
    device.network().set(online);
  }
}
