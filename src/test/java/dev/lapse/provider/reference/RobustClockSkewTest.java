package dev.lapse.provider.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.testing.ProviderWorld;
import dev.lapse.provider.testing.TestDevice;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** The robust provider against a device clock up to ten minutes wrong, either way. */
class RobustClockSkewTest {

  @ParameterizedTest(name = "device clock {0} minutes off")
  @ValueSource(ints = {-10, -5, 0, 5, 10})
  void staysValidUnderConstantSkew(int skewMinutes) throws Exception {
    runThreeHours(minute -> Duration.ofMinutes(skewMinutes));
  }

  @ParameterizedTest(name = "skew flips every {0} minutes between +10 and -10")
  @ValueSource(ints = {7, 20, 45})
  void staysValidWhenTheSkewChangesBetweenFetchAndUse(int period) throws Exception {
    runThreeHours(minute -> Duration.ofMinutes((minute / period) % 2 == 0 ? 10 : -10));
  }

  @ParameterizedTest(name = "device clock {0} hours off (outside the ±10 min contract)")
  @ValueSource(ints = {-24, 24})
  void aClockADayWrongIsSeenFromTheTokenAndJudgedByElapsedTime(int hours) throws Exception {
    int exchanges = runThreeHours(minute -> Duration.ofHours(hours));
    // Not a refresh per call (a day fast) nor none at all (a day slow): one every 42 minutes
    // (the advisory point 41m15s in, 13m45s before the mandatory one 55 minutes in), counted
    // on the monotonic clock, which the wrong device clock does not move.
    assertEquals(5, exchanges);
  }

  @ParameterizedTest(name = "clock set {0} hours wrong in the middle of the run")
  @ValueSource(ints = {-24, 24})
  void aClockMovedADayAfterFetchForcesARefresh(int hours) throws Exception {
    runThreeHours(minute -> minute < 30 ? Duration.ZERO : Duration.ofHours(hours));
  }

  /** Calls once a minute for 3 hours; returns how many credential sets were fetched. */
  private static int runThreeHours(IntFunction<Duration> skewAtMinute) throws Exception {
    try (ProviderWorld world = ProviderWorld.start()) {
      TestDevice device = world.newDevice();
      try (AppProviders app = new RobustProviderFactory().launch(device)) {
        AwsCredentialsProvider provider = app.forClient("default");
        for (int minute = 0; minute <= 180; minute++) {
          device.deviceClock().setSkew(skewAtMinute.apply(minute));
          AwsCredentials c = provider.resolveCredentials();
          assertFalse(world.expiredWithin(c, ExpiryRule.DEFAULT_MARGIN),
              "credentials within the margin at minute " + minute + ", skew "
                  + device.deviceClock().skew());
          world.advance(Duration.ofMinutes(1));
        }
      }
      assertEquals(List.of(), world.violations());
      return world.calls("GetCredentialsForIdentity").size();
    }
  }
}
