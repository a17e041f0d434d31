package dev.lapse.internal.fuzz;

import dev.lapse.scenario.DeviceSpec;
import dev.lapse.vocabulary.WorldSpec;
import java.time.Duration;
import java.util.List;

/**
 * The worlds generated scenarios run in: one region or two, and the lifetimes the fake issues,
 * drawn from short menus. Few on purpose: the runner keeps a handful of fake AWS servers and
 * reconfigures one for a world spec it has not seen lately, so a fuzz run of thousands of
 * scenarios meets a few dozen specs, not thousands. The first entry of each menu is the
 * default (15-minute login tokens, one-hour credentials), where a shrinker should end unless
 * the lifetime matters to the failure; {@link Boundaries} draws waits as fractions of whichever
 * lifetimes the world has.
 */
final class GeneratedWorlds {
  static final String PHOTOS = "photos";
  static final String BACKUP = "backup";
  static final String BACKUP_REGION = "eu-west-1";

  /**
   * Credential lifetimes: from STS's range for AssumeRoleWithWebIdentity (15 minutes to 12
   * hours) around Cognito's fixed hour. The short ones catch a provider that assumes an hour,
   * or whose margin is longer than the lifetime (15 minutes, an STS session's shortest).
   */
  static final List<Duration> CREDENTIALS_TTLS = List.of(
      Duration.ofHours(1), Duration.ofMinutes(30), Duration.ofMinutes(45), Duration.ofHours(2),
      Duration.ofHours(12), Duration.ofMinutes(15));
  static final int[] CREDENTIALS_WEIGHTS = {30, 25, 10, 15, 10, 10};

  /**
   * Login-token lifetimes, as the developer backend asks Cognito for them (TokenDuration,
   * 1 second to 1 day): Cognito's 15-minute default, shorter and longer ones.
   */
  static final List<Duration> LOGIN_TOKEN_TTLS = List.of(
      Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1));
  static final int[] LOGIN_TOKEN_WEIGHTS = {40, 25, 20, 15};

  /**
   * Cognito and one bucket in us-east-1; the app has only its default client. Every generated
   * bucket refuses guests: the device always has a user, so a correct provider never holds a
   * guest's credentials, and one that falls back to a guest identity is refused at once.
   */
  static final WorldSpec ONE_REGION =
      WorldSpec.defaults().withBucket(PHOTOS, "us-east-1", false);
  static final DeviceSpec ONE_REGION_DEVICE = DeviceSpec.defaults();

  /** Plus a bucket in eu-west-1 reached by a second client, as the seed app's S3 provider. */
  static final WorldSpec TWO_REGIONS = ONE_REGION.withBucket(BACKUP, BACKUP_REGION, false);
  static final DeviceSpec TWO_REGIONS_DEVICE =
      DeviceSpec.defaults().withClient(DeviceSpec.DEFAULT_CLIENT, WorldSpec.DEFAULT_REGION)
          .withClient(BACKUP, BACKUP_REGION);

  private GeneratedWorlds() {}

  /** The world a generated scenario runs in, and its lifetimes for the waits to aim at. */
  record Drawn(boolean twoRegions, WorldSpec world, DeviceSpec device, Lifetimes lifetimes) {}

  /** How long the world's login tokens and credentials live. */
  record Lifetimes(Duration loginToken, Duration credentials) {
    static final Lifetimes DEFAULT =
        new Lifetimes(WorldSpec.DEFAULT_LOGIN_TOKEN_TTL, WorldSpec.DEFAULT_CREDENTIALS_TTL);
  }

  static Drawn draw(Choices c) {
    boolean twoRegions = c.weighted(70, 30) == 1;
    Duration credentials = CREDENTIALS_TTLS.get(c.weighted(CREDENTIALS_WEIGHTS));
    Duration loginToken = LOGIN_TOKEN_TTLS.get(c.weighted(LOGIN_TOKEN_WEIGHTS));
    WorldSpec world = (twoRegions ? TWO_REGIONS : ONE_REGION)
        .withCredentialsTtl(credentials).withLoginTokenTtl(loginToken);
    return new Drawn(twoRegions, world, twoRegions ? TWO_REGIONS_DEVICE : ONE_REGION_DEVICE,
        new Lifetimes(loginToken, credentials));
  }
}
