package dev.lapse.provider.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.provider.AppProviders;
import dev.lapse.provider.testing.ProviderWorld;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The robust provider when the backend is down. */
class RobustFailureTest {

  @Test
  void keepsUsingLiveCredentialsDuringABackendOutageBacksOffThenFails() throws Exception {
    try (ProviderWorld world = ProviderWorld.start();
        AppProviders app = new RobustProviderFactory().launch(world.newDevice())) {
      AwsCredentialsProvider provider = app.forClient("default");
      AwsCredentials first = provider.resolveCredentials();
      world.world().faults().inject(FaultTarget.DEVELOPER_BACKEND, FaultKind.ERROR,
          world.clock().instant().plus(Duration.ofHours(2)));

      world.advance(Duration.ofMinutes(42)); // advisory refresh due (41m15s), it fails: 18 min left
      assertSame(first, provider.resolveCredentials());
      long asked = world.world().journal().lastSeq();
      world.advance(Duration.ofMinutes(4)); // backing off 5 to 10 minutes: no new attempt
      assertSame(first, provider.resolveCredentials());
      assertEquals(asked, world.world().journal().lastSeq());
      world.advance(Duration.ofMinutes(10)); // 4 min left: past the mandatory point (55 min)
      assertThrows(SdkClientException.class, provider::resolveCredentials);

      world.advance(Duration.ofHours(2)); // backend back
      assertNotEquals(first.accessKeyId(), provider.resolveCredentials().accessKeyId());
      assertEquals(List.of(), world.violations());
    }
  }
}
