package dev.lapse.internal.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.clock.VirtualClock;
import dev.lapse.clock.WallClock;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.World;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * JS SDK v3's {@code ContentLength} on GetObject (whole and ranged) and HeadObject, which it
 * reads from the Content-Length header real S3 always sends: with a chunked answer it would be
 * missing. The world's clock starts at wall time, since the JS SDK signs with its own clock.
 * Skips with the reason when the Node packages are not installed.
 */
class JsSdkContentLengthTest {
  private static final String SCRIPT = """
      import { S3Client, PutObjectCommand, GetObjectCommand, HeadObjectCommand }
          from "@aws-sdk/client-s3";
      const s3 = new S3Client({ endpoint: process.argv[1], region: "us-east-1",
          forcePathStyle: true, maxAttempts: 1 });
      const where = { Bucket: "lapse-photos", Key: "cat.jpg" };
      await s3.send(new PutObjectCommand({ ...where, Body: "meow, meow" }));
      const whole = await s3.send(new GetObjectCommand(where));
      await whole.Body.transformToString();
      const range = await s3.send(new GetObjectCommand({ ...where, Range: "bytes=2-5" }));
      const part = await range.Body.transformToString();
      const head = await s3.send(new HeadObjectCommand(where));
      console.log(JSON.stringify({ whole: whole.ContentLength, range: range.ContentLength,
          part, head: head.ContentLength }));
      """;

  @Test
  void theJsSdkSeesContentLengthOnGetsRangesAndHeads() throws Exception {
    Adapters.assumeNode();
    try (World world = World.start(WorldConfig.defaults()
        .withBuckets(Map.of("lapse-photos", "us-east-1")), new VirtualClock(WallClock.now()))) {
      IssuedCredentials creds = world.authority().issueCredentials(
          "us-east-1:00000000-0000-4000-8000-000000000001", null, "test", null,
          Duration.ofHours(1), world.clock().instant());
      ProcessBuilder node = new ProcessBuilder(System.getProperty("lapse.node", "node"),
          "--input-type=module", "-e", SCRIPT, world.endpoint().toString())
          .redirectErrorStream(true);
      node.environment().put("AWS_ACCESS_KEY_ID", creds.accessKeyId());
      node.environment().put("AWS_SECRET_ACCESS_KEY", creds.secretAccessKey());
      node.environment().put("AWS_SESSION_TOKEN", creds.sessionToken());
      node.environment().put("AWS_CONFIG_FILE", "/dev/null");
      node.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
      node.environment().remove("AWS_PROFILE");
      Process p = node.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertTrue(p.waitFor(1, TimeUnit.MINUTES), out);
      assertEquals(0, p.exitValue(), out);
      String last = out.lines().reduce((a, b) -> b).orElse("");
      assertEquals("{\"whole\":10,\"range\":4,\"part\":\"ow, \",\"head\":10}", last, out);
    }
  }
}
