package dev.lapse.provider.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.testing.ProviderWorld;
import dev.lapse.provider.testing.TestDevice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

class SdkCachedProviderTest {
  private final ProviderWorld world = ProviderWorld.start();

  @AfterEach
  void close() {
    world.close();
  }

  // Repeated: the SDK jitters the prefetch time with an unseeded Random.
  @RepeatedTest(3)
  void refreshesBetweenThePrefetchAndTheStaleTime() throws Exception {
    TestDevice device = world.newDevice();
    try (AppProviders app = new SdkCachedProviderFactory().launch(device)) {
      AwsCredentialsProvider provider = app.forClient("photos");
      AwsCredentials first = provider.resolveCredentials();
      Instant expiry = ((AwsSessionCredentials) first).expirationTime().orElseThrow();
      Instant prefetch = expiry.minus(SdkCachedCredentialsProvider.PREFETCH_BEFORE_EXPIRY);
      Instant stale = expiry.minus(SdkCachedCredentialsProvider.STALE_BEFORE_EXPIRY);

      world.clock().set(prefetch.minusSeconds(1));
      assertEquals(first.accessKeyId(), provider.resolveCredentials().accessKeyId());

      Instant refreshedAt = null;
      while (refreshedAt == null && world.clock().instant().isBefore(expiry)) {
        world.advance(Duration.ofSeconds(5));
        if (!provider.resolveCredentials().accessKeyId().equals(first.accessKeyId())) {
          refreshedAt = world.clock().instant();
        }
      }
      assertNotNull(refreshedAt, "never refreshed before expiry");
      assertTrue(!refreshedAt.isBefore(prefetch) && refreshedAt.isBefore(stale),
          "refreshed at " + refreshedAt + ", prefetch " + prefetch + ", stale " + stale);
      assertTrue(device.keychain().get(SdkCachedCredentialsProvider.IDENTITY_ID_KEY).isPresent());
    }
    assertEquals(List.of(), world.violations());
    assertEquals(2, world.calls("GetDeveloperToken").size(), "a fresh login for each refresh");
  }

  @Test
  void aCallerAfterTheStaleTimeBlocksForFreshCredentials() throws Exception {
    try (AppProviders app = new SdkCachedProviderFactory().launch(world.newDevice())) {
      AwsCredentialsProvider provider = app.forClient("default");
      AwsCredentials first = provider.resolveCredentials();
      world.advance(Duration.ofMinutes(59).plusSeconds(30)); // past stale, nobody called since
      AwsCredentials second = provider.resolveCredentials();
      assertNotEquals(first.accessKeyId(), second.accessKeyId());
      assertTrue(!world.expiredWithin(second, Duration.ofMinutes(30)));
    }
    assertEquals(List.of(), world.violations());
  }
}
