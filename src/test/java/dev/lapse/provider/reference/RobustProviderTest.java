package dev.lapse.provider.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.testing.ProviderWorld;
import dev.lapse.provider.testing.SignedCall;
import dev.lapse.provider.testing.TestDevice;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

class RobustProviderTest {
  private final ProviderWorld world = ProviderWorld.start();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void handsOutLiveCredentialsForThreeHoursOfCalls() throws Exception {
    TestDevice device = world.newDevice();
    try (AppProviders app = new RobustProviderFactory().launch(device)) {
      AwsCredentialsProvider provider = app.forClient("photos");
      for (int minute = 0; minute <= 180; minute++) {
        for (int call = 0; call < 3; call++) {
          AwsCredentials c = provider.resolveCredentials();
          assertFalse(world.expiredWithin(c, ExpiryRule.DEFAULT_MARGIN),
              "credentials within the margin at minute " + minute);
        }
        if (minute % 5 == 0) { // a signed request, judged by the fake like any service call
          assertNull(SignedCall.callerIdentity(device, provider), "minute " + minute);
        }
        world.advance(Duration.ofMinutes(1).plusSeconds(7));
      }
    }
    assertEquals(java.util.List.of(), world.violations());
    // One-hour credentials used for 41 minutes each: 5 fetches in ~3h04m, not one per call.
    int fetches = world.calls("GetCredentialsForIdentity").size();
    assertTrue(fetches >= 4 && fetches <= 6, "fetches: " + fetches);
  }

  @Test
  void reusesCredentialsUntilTheMarginAndFetchesAFreshTokenForEachRefresh() throws Exception {
    TestDevice device = world.newDevice();
    try (AppProviders app = new RobustProviderFactory().launch(device)) {
      AwsCredentialsProvider provider = app.forClient("default");
      AwsCredentials first = provider.resolveCredentials();
      // The advisory window opens a quarter of the usable 55 minutes (an hour less the 5-minute
      // margin, counted on the monotonic clock) before the mandatory point: at 41m15s.
      world.advance(Duration.ofMinutes(41).plusSeconds(14));
      assertSame(first, provider.resolveCredentials());
      world.advance(Duration.ofSeconds(2));
      AwsCredentials second = provider.resolveCredentials();
      assertNotEquals(first.accessKeyId(), second.accessKeyId());
    }
    assertEquals(2, world.calls("GetDeveloperToken").size());
    assertEquals(java.util.List.of(), world.violations());
  }

  @Test
  void invalidateForcesARefresh() throws Exception {
    TestDevice device = world.newDevice();
    try (AppProviders app = new RobustProviderFactory().launch(device)) {
      RobustCognitoCredentialsProvider provider =
          (RobustCognitoCredentialsProvider) app.forClient("default");
      AwsCredentials first = provider.resolveCredentials();
      provider.invalidate();
      assertNotEquals(first.accessKeyId(), provider.resolveCredentials().accessKeyId());
      assertTrue(provider.identityId().isPresent());
    }
  }
}
