package dev.lapse.provider.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.journal.JournalEntry;
import dev.lapse.provider.AppProviders;
import dev.lapse.provider.testing.ProviderWorld;
import dev.lapse.provider.testing.TestDevice;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

class SeedNaiveProviderTest {
  private final ProviderWorld world = ProviderWorld.start();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void worksThroughASessionWithoutAnIdleGap() throws Exception {
    try (AppProviders app = new SeedNaiveProviderFactory().launch(world.newDevice())) {
      assertNotSame(app.forClient("default"), app.forClient("photos"));
      for (int minute = 0; minute <= 45; minute++) {
        app.forClient("default").resolveCredentials();
        app.forClient("photos").resolveCredentials();
        world.advance(Duration.ofMinutes(1));
      }
    }
    assertEquals(List.of(), world.violations());
    // The two regional providers share the identity provider and the keychain entries.
    assertEquals(1, world.calls("GetDeveloperToken").size());
    assertEquals(1, world.calls("GetCredentialsForIdentity").size());
  }

  @Test
  void presentsTheExpiredLoginTokenAfterRelaunchAfterIdle() throws Exception {
    TestDevice device = world.newDevice();
    try (AppProviders app = new SeedNaiveProviderFactory().launch(device)) {
      app.forClient("photos").resolveCredentials();
    } // terminate: only the keychain survives
    world.advance(Duration.ofHours(3));

    TestDevice relaunched = device.relaunch();
    try (AppProviders app = new SeedNaiveProviderFactory().launch(relaunched)) {
      NotAuthorizedException refused = assertThrows(NotAuthorizedException.class,
          () -> app.forClient("photos").resolveCredentials());
      assertTrue(refused.getMessage().contains("Invalid login token. Token expired"),
          refused.getMessage());
    }

    List<JournalEntry> violations = world.violations();
    assertEquals(1, violations.size());
    JournalEntry v = violations.get(0);
    assertEquals("GetCredentialsForIdentity", v.operation().awsName());
    assertTrue(v.loginToken().expiredAt(v.judgedAt()));
    // It never asked the backend for a new token: getIdentityId() had a cached identity id.
    assertEquals(1, world.calls("GetDeveloperToken").size());
  }

  @Test
  void failsInALongSessionOnceCredentialsOutliveTheLoginToken() throws Exception {
    try (AppProviders app = new SeedNaiveProviderFactory().launch(world.newDevice())) {
      app.forClient("default").resolveCredentials();
      world.advance(Duration.ofMinutes(51)); // within 10 minutes of expiry: the iOS rule refreshes
      assertThrows(NotAuthorizedException.class,
          () -> app.forClient("default").resolveCredentials());
    }
    assertEquals(1, world.violations().size());
  }
}
