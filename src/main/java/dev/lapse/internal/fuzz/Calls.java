package dev.lapse.internal.fuzz;

import static dev.lapse.internal.fuzz.GeneratedWorlds.BACKUP;
import static dev.lapse.internal.fuzz.GeneratedWorlds.PHOTOS;

import dev.lapse.scenario.DeviceSpec;
import dev.lapse.vocabulary.Operation;
import dev.lapse.scenario.Step;

/**
 * The app calls a generated scenario makes. Keys are fixed so that every call can succeed:
 * the runner seeds the objects that gets and heads read, and deletes go to a key nothing reads.
 */
final class Calls {
  private Calls() {}

  static final Step GET = new Step.S3Call(Operation.GET_OBJECT, PHOTOS, "cat.jpg", DeviceSpec.DEFAULT_CLIENT);

  /** One call; the second region's calls are only drawn in the two-region world. */
  static Step single(Choices c, boolean twoRegions) {
    int other = twoRegions ? 1 : 0;
    return switch (c.weighted(40, 15, 10, 10, 10, 5, 20 * other, 5 * other)) {
      case 0 -> GET;
      case 1 -> new Step.CallerIdentity(DeviceSpec.DEFAULT_CLIENT);
      case 2 -> new Step.S3Call(Operation.PUT_OBJECT, PHOTOS, "new.jpg", DeviceSpec.DEFAULT_CLIENT);
      case 3 -> new Step.S3Call(Operation.HEAD_OBJECT, PHOTOS, "cat.jpg", DeviceSpec.DEFAULT_CLIENT);
      case 4 -> new Step.S3Call(Operation.LIST_OBJECTS_V2, PHOTOS, null, DeviceSpec.DEFAULT_CLIENT);
      case 5 -> new Step.S3Call(Operation.DELETE_OBJECT, PHOTOS, "old.jpg", DeviceSpec.DEFAULT_CLIENT);
      case 6 -> twoRegions ? backupGet() : GET;
      default -> twoRegions ? new Step.CallerIdentity(BACKUP) : GET;
    };
  }

  /** The call a burst repeats: a thumbnail grid, or identity checks, in either region. */
  static Step burst(Choices c, boolean twoRegions) {
    return switch (c.weighted(65, 15, twoRegions ? 20 : 0)) {
      case 0 -> GET;
      case 1 -> new Step.CallerIdentity(DeviceSpec.DEFAULT_CLIENT);
      default -> twoRegions ? backupGet() : GET;
    };
  }

  private static Step backupGet() {
    return new Step.S3Call(Operation.GET_OBJECT, BACKUP, "cat.jpg", BACKUP);
  }
}
