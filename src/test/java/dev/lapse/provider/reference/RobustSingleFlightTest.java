package dev.lapse.provider.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.provider.AppProviders;
import dev.lapse.provider.testing.ConcurrentCalls;
import dev.lapse.provider.testing.ProviderWorld;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

class RobustSingleFlightTest {
  private final ProviderWorld world = ProviderWorld.start();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void sixteenCallersAtTheRefreshPointShareOneRefresh() throws Exception {
    try (AppProviders app = new RobustProviderFactory().launch(world.newDevice())) {
      AwsCredentialsProvider provider = app.forClient("default");
      AwsCredentials first = provider.resolveCredentials();
      world.advance(Duration.ofMinutes(45)); // exactly the refresh point: 60 - 10 skew - 5 margin
      long before = world.world().journal().lastSeq();

      List<ConcurrentCalls.Outcome<AwsCredentials>> outcomes =
          ConcurrentCalls.run(16, provider::resolveCredentials);

      Set<String> keys = outcomes.stream().map(o -> o.value().accessKeyId())
          .collect(Collectors.toSet());
      assertEquals(1, keys.size(), "every caller gets the one refreshed credential set");
      assertEquals(false, keys.contains(first.accessKeyId()));
      long exchanges = world.world().journal().entriesAfter(before).stream()
          .filter(e -> e.operation().awsName().equals("GetCredentialsForIdentity")).count();
      assertEquals(1, exchanges, "exactly one GetCredentialsForIdentity for 16 callers");
    }
    assertEquals(List.of(), world.violations());
  }

  @Test
  void callersThatWaitedForAFailedRefreshShareItsFailure() throws Exception {
    try (AppProviders app = new RobustProviderFactory().launch(world.newDevice())) {
      AwsCredentialsProvider provider = app.forClient("default");
      world.world().faults().inject(FaultTarget.DEVELOPER_BACKEND, FaultKind.ERROR,
          world.clock().instant().plus(Duration.ofDays(1)));
      long before = world.world().journal().lastSeq();

      List<ConcurrentCalls.Outcome<AwsCredentials>> outcomes =
          ConcurrentCalls.run(16, provider::resolveCredentials);

      assertEquals(16, outcomes.stream().filter(o -> o.failure() != null).count());
      long backendCalls = world.world().journal().entriesAfter(before).stream()
          .filter(e -> e.operation().awsName().equals("GetDeveloperToken")).count();
      // Callers that queued behind a failing refresh take its failure instead of trying again;
      // a caller that arrives after the queue drained may try once more.
      assertEquals(true, backendCalls >= 1 && backendCalls < 8, "backend calls: " + backendCalls);
    }
  }
}
