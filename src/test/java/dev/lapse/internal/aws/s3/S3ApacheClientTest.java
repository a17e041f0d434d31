package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Apache HTTP client sends PutObject with {@code Expect: 100-continue} and waits for the
 * interim answer before the body; Jetty gives it.
 */
class S3ApacheClientTest {

  @Test
  void putAndGetWithExpectContinue() {
    WorldConfig config = WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1"))
        .withCheckSkew(false);
    VirtualClock clock = new VirtualClock(Instant.parse("2026-03-01T10:00:00Z"));
    try (World world = World.start(config, clock)) {
      WireCapture wire = new WireCapture();
      try (S3Client s3 = S3Clients.builder(world, "eu-west-1",
              S3Clients.sdk(S3Clients.issue(world, Duration.ofHours(1))))
          .httpClientBuilder(ApacheHttpClient.builder())
          .overrideConfiguration(o -> o.addExecutionInterceptor(wire))
          .build()) {
        byte[] body = new byte[1_500_000];
        new SplittableRandom(7).nextBytes(body);
        s3.putObject(b -> b.bucket("photos").key("apache/big.bin"), RequestBody.fromBytes(body));
        assertEquals("100-continue", wire.lastHeader("Expect"));
        assertArrayEquals(body,
            s3.getObjectAsBytes(b -> b.bucket("photos").key("apache/big.bin")).asByteArray());
        assertEquals(body.length,
            s3.headObject(b -> b.bucket("photos").key("apache/big.bin")).contentLength());
      }
    }
  }
}
