package dev.lapse.internal.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * boto3's {@code generate_presigned_url} and {@code upload_file} against {@code lapse serve
 * --clock follow} in another process, with the .venv's Python (skipped, with the reason, when
 * there is none): boto3 signs with its wall clock, which the following clock keeps close to
 * virtual now; its GET and PUT links work, its multipart upload (threshold lowered) arrives
 * as three parts and downloads the same, and a link that outlives its one-hour credentials
 * dies with them.
 */
class Boto3PresignAgainstServeTest {
  private static final Path SCRIPT =
      Path.of("src/test/resources/dev/lapse/internal/external/boto3_presign_against_serve.py");

  @Test
  void boto3PresignedLinksWorkAndDieWithTheirCredentials() throws Exception {
    Adapters.assumePython();
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), "dev.lapse.internal.cli.Main",
        "serve", "--clock", "follow", "--bucket", "photos=eu-west-1")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String info = new BufferedReader(new InputStreamReader(serve.getInputStream(),
          StandardCharsets.UTF_8)).readLine();
      assertNotNull(info, "serve printed nothing");
      Process python = new ProcessBuilder(".venv/bin/python", SCRIPT.toString(), info)
          .redirectErrorStream(true).start();
      String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(python.waitFor(60, TimeUnit.SECONDS), "python did not finish: " + out);
      assertEquals(0, python.exitValue(), out);
      JsonNode seen = new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
      assertTrue(seen.get("getUrl").asText().contains("X-Amz-Algorithm=AWS4-HMAC-SHA256"),
          seen.toString());
      assertEquals(200, seen.get("get").get("status").asInt(), seen.toString());
      assertEquals("meow", seen.get("get").get("body").asText());
      assertEquals(200, seen.get("put").get("status").asInt(), seen.toString());
      assertEquals(4, seen.get("contentLength").asInt(), "boto3's ContentLength on GetObject");
      JsonNode upload = seen.get("uploadFile");
      assertTrue(upload.get("same").asBoolean(), "download_file gave back other bytes");
      assertTrue(upload.get("etag").asText().endsWith("-3\""), upload.toString());
      JsonNode journal = journal(new ObjectMapper().readTree(info));
      assertEquals(3, count(journal, "UploadPart"), journal.toString());
      assertEquals(1, count(journal, "CompleteMultipartUpload"));
      JsonNode expired = seen.get("afterCredentialsExpired");
      assertEquals(400, expired.get("status").asInt(), seen.toString());
      assertTrue(expired.get("body").asText().contains("<Code>ExpiredToken</Code>"),
          expired.toString());
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
    }
  }

  /** What serve's journal says, from its control endpoint. */
  private static JsonNode journal(JsonNode info) throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
        info.get("control").asText() + "/journal?limit=1000")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(answer.body()).get("entries");
  }

  /** Successful requests of one operation in the journal. */
  private static long count(JsonNode entries, String operation) {
    long n = 0;
    for (JsonNode e : entries) {
      if (operation.equals(e.get("operation").asText()) && e.get("status").asInt() == 200) {
        n++;
      }
    }
    return n;
  }
}
