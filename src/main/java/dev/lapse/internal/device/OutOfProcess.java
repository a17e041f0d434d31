package dev.lapse.internal.device;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A provider whose app runs in another process (a JavaScript or Python adapter). The runner
 * asks it for the {@link App} to drive instead of launching it in this JVM; such an app reaches
 * the fake AWS over loopback HTTP, never in memory.
 */
public interface OutOfProcess {

  /**
   * The app on this device for one scenario.
   *
   * @param faultActiveAt  whether an injected fault is active at a virtual instant
   * @param offlineAtDoor  drops (true) or lets through (false) the device's requests at the
   *                       world's door, as its network goes off and on
   */
  App host(SimulatedDevice device, Predicate<Instant> faultActiveAt,
      Consumer<Boolean> offlineAtDoor);
}
