package dev.lapse.internal.device;

import dev.lapse.history.CallOutcome;
import java.time.Instant;
import java.util.List;

/**
 * The app under test as the scenario runner drives it: its lifecycle, its scheduled tasks on
 * virtual time, and its calls through its own SDK clients. {@link JavaApp} hosts a Java
 * provider in this JVM on the {@link SimulatedDevice}; an adapter process hosts a JavaScript or
 * Python one ({@code dev.lapse.internal.external}). Both share the device's clock, keychain and
 * network switch, so steps that only touch those act on the device directly.
 */
public interface App {

  /** Launches the app (terminating it first if it runs). */
  void launch() throws Exception;

  /** Terminates the app: its memory and scheduled tasks are gone, the keychain stays. */
  void terminate() throws Exception;

  void background();

  /** Back to the foreground: tasks that fell due while suspended run now. */
  void foreground() throws Exception;

  /** Lets virtual time pass until {@code until}, running scheduled tasks at their instants. */
  void passTime(Instant until) throws Exception;

  /** One call; never throws. */
  CallOutcome call(AppCall call);

  /** {@code count} copies of a call released at one virtual instant; never throws. */
  List<CallOutcome> burst(AppCall call, int count);

  /**
   * Presigns a link for {@code call} (GetObject, PutObject or HeadObject) with the app's
   * current credentials, valid for {@code lifetime}; never throws.
   */
  PresignedLink presign(AppCall call, java.time.Duration lifetime);
  /** A multipart upload through the SDK's transfer manager, parts paced; never throws. */
  CallOutcome upload(AppUpload upload);

  /** Turns the device's network on or off for app and provider alike. */
  void network(boolean online);

  /** What the provider logged during this scenario (an adapter's stderr), oldest first. */
  default List<String> log() {
    return List.of();
  }
}
