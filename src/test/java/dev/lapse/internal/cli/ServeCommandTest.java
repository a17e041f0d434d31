package dev.lapse.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lapse.clock.VirtualClock;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.World;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** `lapse serve` as a separate process, used the way a client in another language would. */
class ServeCommandTest {

  @Test
  void servePrintsOneJsonLineAndAnswersUntilStopped() throws Exception {
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), "dev.lapse.internal.cli.Main", "serve",
        "--bucket", "photos=eu-west-1", "--start", "2026-05-01T08:00:00Z")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
          StandardCharsets.UTF_8));
      String line = out.readLine();
      assertNotNull(line, "serve printed nothing");
      JsonNode info = new ObjectMapper().readTree(line);
      assertEquals("eu-west-1", info.get("buckets").get("photos").asText());
      assertEquals("login.lapse.dev", info.get("developerProviderName").asText());
      assertTrue(info.get("endpoint").asText().startsWith("http://127.0.0.1:"));

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> advanced = http.send(HttpRequest.newBuilder(
          URI.create(info.get("control").asText() + "/clock/advance"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"by\":\"PT2H\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(advanced.body().contains("2026-05-01T10:00:00Z"), advanced.body());

      try (CognitoIdentityClient cognito = CognitoIdentityClient.builder()
          .endpointOverride(URI.create(info.get("cognitoEndpoint").asText()))
          .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
              info.get("developerAccessKeyId").asText(),
              info.get("developerSecretAccessKey").asText()))).build()) {
        String pool = info.get("identityPoolId").asText();
        assertEquals(pool, cognito.describeIdentityPool(b -> b.identityPoolId(pool))
            .identityPoolId());
      }
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
    }
  }

  /**
   * If the server stops by itself, serve ends with 4 and a sentence rather than live on with
   * nothing listening; a shutdown of the JVM (Ctrl-C) ends it with 0. The real server,
   * stopped as it would stop.
   */
  @Test
  void serveExitsWithFourWhenItsServerStops() throws Exception {
    World world = World.start(
        WorldConfig.defaults(), new VirtualClock());
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    CompletableFuture<Integer> code = new CompletableFuture<>();
    Thread serving = new Thread(() -> {
      try {
        code.complete(ServeCommand.untilStopped(world, new CountDownLatch(1),
            new PrintStream(said, true, StandardCharsets.UTF_8)));
      } catch (Throwable e) {
        code.completeExceptionally(e);
      }
    });
    serving.start();
    world.close();
    assertEquals(Main.INTERNAL_ERROR, code.get(30, TimeUnit.SECONDS));
    assertEquals("lapse serve: the server stopped; exiting", said.toString(StandardCharsets.UTF_8)
        .strip());

    CountDownLatch shutdown = new CountDownLatch(1);
    shutdown.countDown();
    try (World running = World.start(
        WorldConfig.defaults(), new VirtualClock())) {
      assertEquals(0, ServeCommand.untilStopped(running, shutdown, System.err));
    }
  }

  /**
   * With {@code --clock follow} the virtual clock runs with the wall clock: an advance moves
   * its offset, and time keeps passing after it (whatever a request takes, now is at least the
   * advanced instant and no earlier than the previous answer).
   */
  @Test
  void aFollowingClockRunsFromWhereAdvanceLeavesIt() throws Exception {
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), "dev.lapse.internal.cli.Main",
        "serve", "--clock", "follow", "--start", "2026-05-01T08:00:00Z")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String line = new BufferedReader(new InputStreamReader(serve.getInputStream(),
          StandardCharsets.UTF_8)).readLine();
      assertNotNull(line, "serve printed nothing");
      String control = new ObjectMapper().readTree(line).get("control").asText();
      HttpClient http = HttpClient.newHttpClient();
      JsonNode advanced = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(
          URI.create(control + "/clock/advance")).POST(HttpRequest.BodyPublishers.ofString(
              "{\"by\":\"2h\"}")).build(), HttpResponse.BodyHandlers.ofString()).body());
      java.time.Instant after = java.time.Instant.parse(advanced.get("now").asText());
      java.time.Instant start = java.time.Instant.parse("2026-05-01T10:00:00Z");
      assertTrue(!after.isBefore(start) && after.isBefore(start.plusSeconds(300)),
          "2h after a start a few seconds ago: " + after);
      java.time.Instant later = java.time.Instant.parse(new ObjectMapper().readTree(http.send(
          HttpRequest.newBuilder(URI.create(control + "/clock")).build(),
          HttpResponse.BodyHandlers.ofString()).body()).get("now").asText());
      assertTrue(!later.isBefore(after), later + " is before " + after);
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
    }
  }
}
