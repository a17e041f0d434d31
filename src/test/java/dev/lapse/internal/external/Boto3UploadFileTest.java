package dev.lapse.internal.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.clock.VirtualClock;
import dev.lapse.clock.WallClock;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.World;
import dev.lapse.journal.JournalEntry;
import dev.lapse.vocabulary.Operation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * boto3's {@code upload_file} with its multipart threshold lowered, against the world
 * {@code lapse serve} runs (its clock started at wall time, as serve's is, because boto3 signs
 * with the wall clock): a multipart upload of 12 MiB in 5 MiB parts, then a download compared
 * byte for byte by boto3 itself. Skips with the reason when the .venv is missing.
 */
class Boto3UploadFileTest {
  private static final String SCRIPT = """
      import hashlib, os, sys, tempfile
      import boto3
      from boto3.s3.transfer import TransferConfig
      from botocore.config import Config
      s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1",
          config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}))
      data = bytes(97 + i % 26 for i in range(12 * 1024 * 1024))
      folder = tempfile.mkdtemp()
      up = os.path.join(folder, "video.mp4")
      with open(up, "wb") as f:
          f.write(data)
      mib = 1024 * 1024
      config = TransferConfig(multipart_threshold=5 * mib, multipart_chunksize=5 * mib,
          use_threads=False)
      s3.upload_file(up, "lapse-photos", "videos/video.mp4", Config=config)
      down = os.path.join(folder, "back.mp4")
      s3.download_file("lapse-photos", "videos/video.mp4", down, Config=config)
      with open(down, "rb") as f:
          back = f.read()
      etag = s3.head_object(Bucket="lapse-photos", Key="videos/video.mp4")["ETag"]
      print("same" if back == data else "different", etag)
      """;

  @Test
  void uploadFileSendsAMultipartUploadThatDownloadsTheSame() throws Exception {
    Adapters.assumePython();
    try (World world = World.start(WorldConfig.defaults()
        .withBuckets(Map.of("lapse-photos", "us-east-1")), new VirtualClock(WallClock.now()))) {
      IssuedCredentials creds = world.authority().issueCredentials(
          "us-east-1:00000000-0000-4000-8000-000000000001", null, "test", null,
          Duration.ofHours(1), world.clock().instant());
      ProcessBuilder python = new ProcessBuilder(Path.of(".venv/bin/python").toString(), "-c",
          SCRIPT, world.endpoint().toString()).redirectErrorStream(true);
      python.environment().put("AWS_ACCESS_KEY_ID", creds.accessKeyId());
      python.environment().put("AWS_SECRET_ACCESS_KEY", creds.secretAccessKey());
      python.environment().put("AWS_SESSION_TOKEN", creds.sessionToken());
      python.environment().remove("AWS_PROFILE");
      python.environment().put("AWS_CONFIG_FILE", "/dev/null");
      python.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
      Process p = python.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertTrue(p.waitFor(2, TimeUnit.MINUTES));
      assertEquals(0, p.exitValue(), out);
      assertTrue(out.startsWith("same \"") && out.endsWith("-3\""), out);
      List<JournalEntry> journal = world.journal().entries();
      assertEquals(3, journal.stream().filter(e -> e.operation() == Operation.UPLOAD_PART)
          .count());
      assertEquals(1, journal.stream()
          .filter(e -> e.operation() == Operation.COMPLETE_MULTIPART_UPLOAD).count());
      assertTrue(journal.stream().allMatch(JournalEntry::succeeded),
          () -> journal.stream().filter(e -> !e.succeeded())
              .map(e -> e.operation() + " " + e.errorCode() + " " + e.errorMessage()).toList()
              .toString());
    }
  }
}
