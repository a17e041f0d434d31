package dev.lapse.provider.planted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.journal.JournalEntry;
import dev.lapse.provider.AppProviders;
import dev.lapse.provider.testing.ConcurrentCalls;
import dev.lapse.provider.testing.ProviderWorld;
import dev.lapse.provider.testing.SignedCall;
import dev.lapse.provider.testing.TestDevice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/** Each planted provider shows its bug when driven straight against the fake world. */
class PlantedBugsTest {
  private final ProviderWorld world = ProviderWorld.start();
  private final TestDevice device = world.newDevice();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void noMarginHandsOutCredentialsThatExpireInFlight() throws Exception {
    try (AppProviders app = new NoMarginProviderFactory().launch(device)) {
      AwsCredentialsProvider provider = app.forClient("default");
      Instant expiry = expiryOf(provider);
      world.clock().set(expiry.minusSeconds(1));
      world.world().latency(Duration.ofSeconds(2)); // the request lands 2 seconds later

      assertNotNull(SignedCall.callerIdentity(device, provider));
    }
    assertOneViolation("GetCallerIdentity");
  }

  @Test
  void noSingleFlightFetchesOncePerConcurrentCaller() throws Exception {
    try (AppProviders app = new NoSingleFlightProviderFactory().launch(device)) {
      AwsCredentialsProvider provider = app.forClient("default");
      provider.resolveCredentials();
      world.advance(Duration.ofMinutes(56)); // past the rule's 55 minutes: every caller finds it stale
      long before = world.world().journal().lastSeq();

      ConcurrentCalls.run(16, provider::resolveCredentials);

      long exchanges = world.world().journal().entriesAfter(before).stream()
          .filter(e -> e.operation().awsName().equals("GetCredentialsForIdentity")).count();
      assertTrue(exchanges > 1, "16 concurrent callers made " + exchanges + " exchange(s)");
    }
  }

  @Test
  void staleLoginTokenPresentsAnExpiredTokenAtTheFirstRefresh() throws Exception {
    try (AppProviders app = new StaleLoginTokenProviderFactory().launch(device)) {
      AwsCredentialsProvider provider = app.forClient("default");
      provider.resolveCredentials();
      world.advance(Duration.ofMinutes(56));
      assertThrows(NotAuthorizedException.class, provider::resolveCredentials);
    }
    assertOneViolation("GetCredentialsForIdentity");
  }

  @Test
  void trustsDeviceClockServesExpiredCredentialsWhenTheClockIsTenMinutesSlow() throws Exception {
    device.deviceClock().setSkew(Duration.ofMinutes(-10));
    try (AppProviders app = new TrustsDeviceClockProviderFactory().launch(device)) {
      AwsCredentialsProvider provider = app.forClient("default");
      Instant expiry = expiryOf(provider);
      world.clock().set(expiry.plus(Duration.ofMinutes(5))); // the device reads 55 minutes in

      assertTrue(world.expiredWithin(provider.resolveCredentials(), Duration.ZERO));
      assertNotNull(SignedCall.callerIdentity(device, provider));
    }
    assertOneViolation("GetCallerIdentity");
  }

  @Test
  void backgroundTimerWorksInTheForegroundButServesExpiredCredentialsAfterSuspension()
      throws Exception {
    try (AppProviders app = new BackgroundTimerProviderFactory().launch(device)) {
      AwsCredentialsProvider provider = app.forClient("default");
      for (int minute = 5; minute <= 180; minute += 5) { // foreground: the timer runs
        world.advance(Duration.ofMinutes(5));
        device.virtualScheduler().runDue(device.clock().instant());
        assertNull(SignedCall.callerIdentity(device, provider), "minute " + minute);
      }
      world.advance(Duration.ofHours(2)); // suspended: the timer does not run

      assertNotNull(SignedCall.callerIdentity(device, provider));
    }
    assertOneViolation("GetCallerIdentity");
  }

  @Test
  void hardCodedLifetimeServesThirtyMinuteCredentialsAfterTheyExpired() throws Exception {
    try (ProviderWorld short30 = ProviderWorld.start(
        WorldConfig.defaults().withCredentialsTtl(Duration.ofMinutes(30)))) {
      TestDevice phone = short30.newDevice();
      try (AppProviders app = new HardCodedLifetimeProviderFactory().launch(phone)) {
        AwsCredentialsProvider provider = app.forClient("default");
        Instant expiry = expiryOf(provider);
        assertEquals(short30.clock().instant().plus(Duration.ofMinutes(30)), expiry);
        short30.advance(Duration.ofMinutes(40)); // expired 10 minutes ago; "an hour" is not up

        assertEquals(expiry, expiryOf(provider));
        assertNotNull(SignedCall.callerIdentity(phone, provider));
      }
      List<JournalEntry> violations = short30.violations();
      assertEquals(1, violations.size(), () -> "violations: " + violations);
      assertEquals("GetCallerIdentity", violations.get(0).operation().awsName());
    }
  }

  private static Instant expiryOf(AwsCredentialsProvider provider) {
    return ((AwsSessionCredentials) provider.resolveCredentials()).expirationTime().orElseThrow();
  }

  private void assertOneViolation(String operation) {
    List<JournalEntry> violations = world.violations();
    assertEquals(1, violations.size(), () -> "violations: " + violations);
    assertEquals(operation, violations.get(0).operation().awsName());
  }
}
