package dev.lapse.internal.cli;

import dev.lapse.Lapse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The self-contained CLI jar as a user without a checkout runs it: {@code java -jar} from a
 * folder outside the project, with nothing but a JRE. A failsafe test, because the jar exists
 * only after {@code package}: it runs in {@code mvn verify}, after the unit tests.
 */
class CliJarIT {
  /** A guard against a hung JVM, not a wait for anything virtual. */
  private static final long LIMIT_SECONDS = 300;
  private static Path jar;

  @TempDir
  Path outside;

  record Result(int exit, String out, String err) {}

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("lapse.cliJar", "target/lapse-0.2.0-cli.jar")).toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "no CLI jar at " + jar + "; run mvn package first");
  }

  @Test
  void runsTheBundledSuiteFromAnyFolder() throws Exception {
    Result r = lapse("run", "--provider", "robust", "--provider", "seed-naive");
    assertEquals(1, r.exit(), r.err());
    Matcher totals = Pattern.compile("(\\d+) passed, (\\d+) failed").matcher(r.out());
    assertTrue(totals.find(), r.out());
    int bundled = Lapse.bundledScenarios().scenarios().size();
    assertEquals(2 * bundled, Integer.parseInt(totals.group(1)) + Integer.parseInt(totals.group(2)));
    assertTrue(r.out().contains("relaunch-after-idle / seed-naive: no-expired-token"), r.out());
    // The jar's SLF4J binding is found, so no logging library speaks into a user's run.
    assertTrue(!r.err().contains("SLF4J"), r.err());
    assertTrue(Files.isRegularFile(outside.resolve("reports/index.html")));
    String robust = Files.readString(outside.resolve("reports/junit/TEST-lapse-robust.xml"));
    assertTrue(robust.contains("tests=\"" + bundled + "\"") && robust.contains("failures=\"0\""),
        robust);
  }

  @Test
  void aMissingFolderIsNamedWithTheWorkingDirectory() throws Exception {
    Result r = lapse("run", "scenarios");
    assertEquals(Main.BAD_INPUT, r.exit());
    assertTrue(r.err().contains("scenarios: no such file or folder (the working directory is "
        + outside.toRealPath()), r.err());
  }

  @Test
  void fuzzFindsTheSeedBugAndRobustSurvives() throws Exception {
    Result naive = lapse("fuzz", "--provider", "seed-naive", "--seed", "1", "--tries", "50");
    assertEquals(1, naive.exit(), naive.out() + naive.err());
    assertTrue(naive.out().contains("found a failure of seed-naive"), naive.out());
    try (var files = Files.list(outside.resolve("reports"))) {
      assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("fuzz-seed-naive")));
    }
    Result robust = lapse("fuzz", "--provider", "robust", "--seed", "1", "--tries", "50",
        "--workers", "2");
    assertEquals(0, robust.exit(), robust.out() + robust.err());
  }

  @Test
  void serveAnswersAnSdkCall() throws Exception {
    Process serve = start("serve", "--bucket", "photos=eu-west-1");
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
          StandardCharsets.UTF_8));
      String first = out.readLine();
      assertTrue(first != null && first.startsWith("{"), "serve printed: " + first);
      JsonNode info = new ObjectMapper().readTree(first);
      try (CognitoIdentityClient cognito = CognitoIdentityClient.builder()
          .endpointOverride(URI.create(info.get("cognitoEndpoint").asText()))
          .region(Region.of(info.get("cognitoRegion").asText()))
          .credentialsProvider(AnonymousCredentialsProvider.create())
          .httpClient(UrlConnectionHttpClient.create()).build()) {
        String id = cognito.getId(r -> r.identityPoolId(info.get("identityPoolId").asText()))
            .identityId();
        assertTrue(id.startsWith("us-east-1:"), id);
      }
      assertEquals("eu-west-1", info.get("buckets").get("photos").asText());
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS), "serve did not stop");
    }
  }

  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(outside.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private Result lapse(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(outside, "out", ".txt");
    Path err = Files.createTempFile(outside, "err", ".txt");
    Process p = new ProcessBuilder(command).directory(outside.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("lapse " + String.join(" ", args) + " did not finish");
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
