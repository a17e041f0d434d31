package dev.lapse.internal.fuzz;

import dev.lapse.scenario.CheckName;
import dev.lapse.scenario.DeviceSpec;
import dev.lapse.scenario.Expectation;
import dev.lapse.vocabulary.WorldSpec;
import java.util.List;

/**
 * The two fixed worlds generated scenarios run in. Few on purpose: the runner keeps one fake
 * AWS server per distinct world spec and reuses it, so a fuzz run of thousands of scenarios
 * starts two servers, not thousands. Both use the default lifetimes (15-minute login tokens,
 * one-hour credentials), which {@link Boundaries} is tuned to.
 */
final class GeneratedWorlds {
  static final String PHOTOS = "photos";
  static final String BACKUP = "backup";
  static final String BACKUP_REGION = "eu-west-1";

  /** Cognito and one bucket in us-east-1; the app has only its default client. */
  static final WorldSpec ONE_REGION = WorldSpec.defaults().withBucket(PHOTOS, "us-east-1");
  static final DeviceSpec ONE_REGION_DEVICE = DeviceSpec.defaults();

  /** Plus a bucket in eu-west-1 reached by a second client, as the seed app's S3 provider. */
  static final WorldSpec TWO_REGIONS = ONE_REGION.withBucket(BACKUP, BACKUP_REGION);
  static final DeviceSpec TWO_REGIONS_DEVICE =
      DeviceSpec.defaults().withClient(DeviceSpec.DEFAULT_CLIENT, WorldSpec.DEFAULT_REGION)
          .withClient(BACKUP, BACKUP_REGION);

  /**
   * What every generated scenario expects. Order matters: the fuzzer shrinks toward the first
   * violated check, and an expired token usually also fails the call that carried it, so the
   * more telling checks come before calls-succeed.
   */
  static final List<Expectation> EXPECT = List.of(
      Expectation.of(CheckName.NO_EXPIRED_TOKEN), Expectation.of(CheckName.SINGLE_FLIGHT),
      Expectation.of(CheckName.CALLS_SUCCEED));

  private GeneratedWorlds() {}
}
