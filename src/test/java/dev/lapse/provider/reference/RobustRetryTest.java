package dev.lapse.provider.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.journal.JournalEntry;
import dev.lapse.provider.AppProviders;
import dev.lapse.provider.testing.ProviderWorld;
import dev.lapse.provider.testing.TestDevice;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** The robust provider's one retry with a fresh login when Cognito refuses the cached one. */
class RobustRetryTest {

  @Test
  void anIdentityThePoolForgotIsDroppedAndRetriedWithAFreshLogin() throws Exception {
    // Tokens that live 3 hours, so the provider would reuse its cached one at the next refresh.
    try (ProviderWorld world = ProviderWorld.start(
        WorldConfig.defaults().withLoginTokenTtl(Duration.ofHours(3)));
        AppProviders app = new RobustProviderFactory().launch(world.newDevice())) {
      AwsCredentialsProvider provider = app.forClient("default");
      provider.resolveCredentials();
      world.world().reset(); // forgets identities and tokens (and clears the journal)
      world.advance(Duration.ofMinutes(46));

      AwsCredentials fresh = provider.resolveCredentials();

      List<JournalEntry> exchanges = world.calls("GetCredentialsForIdentity");
      assertEquals("ResourceNotFoundException", exchanges.get(0).errorCode());
      assertEquals(1, world.calls("GetDeveloperToken").size(), "one fresh login after refusal");
      assertTrue(exchanges.get(1).succeeded());
      assertFalse(world.expiredWithin(fresh, Duration.ofMinutes(5)));
    }
  }

  @Test
  void aClockMovedBackBeyondTheContractCostsNothingOnTheMonotonicClock() throws Exception {
    // 60-minute tokens and 20-minute credentials: a refresh finds a cached token to reuse.
    try (ProviderWorld world = ProviderWorld.start(WorldConfig.defaults()
        .withLoginTokenTtl(Duration.ofMinutes(60)).withCredentialsTtl(Duration.ofMinutes(20)))) {
      TestDevice device = world.newDevice();
      try (AppProviders app = new RobustProviderFactory().launch(device)) {
        AwsCredentialsProvider provider = app.forClient("default");
        provider.resolveCredentials();
        world.advance(Duration.ofMinutes(65));
        // 30 minutes back: three times the tolerated skew. By the device clock the cached token
        // looks 35 minutes old; Device.elapsed() says 65, so it is not presented (counted on the
        // device clock, it was: one refused token, then a recovery).
        device.deviceClock().setSkew(Duration.ofMinutes(-30));

        AwsCredentials fresh = provider.resolveCredentials();

        List<JournalEntry> exchanges = world.calls("GetCredentialsForIdentity");
        assertEquals(2, exchanges.size());
        assertTrue(exchanges.get(1).succeeded());
        assertEquals(2, world.calls("GetDeveloperToken").size(), "a fresh login, not the old");
        assertEquals(List.of(), world.violations());
        assertFalse(world.expiredWithin(fresh, Duration.ofMinutes(5)));
      }
    }
  }
}
