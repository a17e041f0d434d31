package dev.lapse.internal.aws.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.internal.aws.SdkClients;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.Verdicts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The app's own token endpoint, end to end over plain HTTP as an app would call it. */
class DeveloperBackendTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final World world = World.start(
      WorldConfig.defaults().withLoginTokenTtl(Duration.ofMinutes(20)), new VirtualClock(START));

  @AfterAll
  static void stop() {
    world.close();
  }

  @BeforeEach
  void reset() {
    world.reset();
    world.clock().set(START);
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(world.endpoint() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
    return JSON.readTree(r.body());
  }

  private static JsonNode assertError(HttpResponse<String> r, int status, String error)
      throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode body = json(r);
    assertEquals(error, body.get("error").asText());
    assertTrue(body.get("message").asText().length() > 0);
    return body;
  }

  @Test
  void mintsALoginTokenThroughTheFakeCognito() throws Exception {
    HttpResponse<String> r = get("/developer/token?user=alice");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = json(r);
    String identityId = body.get("identityId").asText();
    String token = body.get("token").asText();
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    assertEquals(identityId, claims.get("sub").asText());
    assertEquals(1200, claims.get("exp").asLong() - claims.get("iat").asLong());
    assertTrue(world.authority().verifiedClaims(token).isPresent());

    List<JournalEntry> journal = world.journal().entries();
    assertEquals(2, journal.size());
    JournalEntry cognito = journal.get(0);
    assertEquals("cognito-identity", cognito.service().journalName());
    assertEquals("GetOpenIdTokenForDeveloperIdentity", cognito.operation().awsName());
    assertEquals(Verdicts.Signature.VALID, cognito.signature());
    JournalEntry backend = journal.get(1);
    assertEquals("developer-backend", backend.service().journalName());
    assertEquals("GetDeveloperToken", backend.operation().awsName());
    assertEquals("alice", backend.resource());
    assertEquals(identityId, backend.issuedIdentityId());
    assertEquals(cognito.issuedToken(), backend.issuedToken());

    assertEquals(identityId, json(get("/developer/token?user=alice")).get("identityId").asText());
    try (CognitoIdentityClient app = SdkClients.cognito(world)) {
      assertEquals(identityId, app.getCredentialsForIdentity(b -> b.identityId(identityId)
          .logins(Map.of("cognito-identity.amazonaws.com", token))).identityId());
    }
  }

  @Test
  void badRequestsGetJsonErrors() throws Exception {
    assertError(get("/developer/token"), 400, "MissingUser");
    assertError(get("/developer/token?user="), 400, "MissingUser");
    assertError(get("/developer/nothing-here"), 404, "NotFound");
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(
        URI.create(world.endpoint() + "/developer/token?user=a"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertError(post, 405, "MethodNotAllowed");
    assertEquals(200, get("/developer/token?user=still-serving").statusCode());
  }

  @Test
  void injectedFaults() throws Exception {
    Instant until = START.plus(Duration.ofMinutes(1));
    world.faults().inject(FaultTarget.DEVELOPER_BACKEND, FaultKind.ERROR, until);
    assertError(get("/developer/token?user=bob"), 500, "InternalServerError");
    world.faults().inject(FaultTarget.DEVELOPER_BACKEND, FaultKind.THROTTLE, until);
    assertError(get("/developer/token?user=bob"), 429, "TooManyRequests");
    world.faults().inject(FaultTarget.DEVELOPER_BACKEND, FaultKind.DOWN, until);
    assertThrows(IOException.class, () -> get("/developer/token?user=bob"));
    List<JournalEntry> journal = world.journal().entries();
    assertEquals(List.of("error", "throttle", "down"),
        journal.stream().map(JournalEntry::fault).toList());
    assertEquals(List.of("GetDeveloperToken", "GetDeveloperToken", "GetDeveloperToken"),
        journal.stream().map(e -> e.operation().awsName()).toList());
  }

  @Test
  void aSlowBackendIsJudgedLaterAndStillAnswers() throws Exception {
    world.faults().inject(FaultTarget.DEVELOPER_BACKEND, FaultKind.SLOW,
        START.plus(Duration.ofMinutes(1)));
    HttpResponse<String> r = get("/developer/token?user=carol");
    assertEquals(200, r.statusCode(), r.body());
    JournalEntry backend = world.journal().entries().get(1);
    assertEquals("slow", backend.fault());
    assertEquals(START.plus(world.config().slowBy()), backend.judgedAt());
    assertEquals(json(r).get("identityId").asText(), backend.issuedIdentityId());
  }

  @Test
  void cognitoRefusingTheBackendIsABadGateway() throws Exception {
    world.faults().inject(FaultTarget.COGNITO, FaultKind.THROTTLE,
        START.plus(Duration.ofMinutes(1)));
    JsonNode body = assertError(get("/developer/token?user=dave"), 502, "CognitoError");
    assertTrue(body.get("message").asText().contains("TooManyRequestsException"));
    world.faults().inject(FaultTarget.COGNITO, FaultKind.DOWN, START.plus(Duration.ofMinutes(1)));
    assertError(get("/developer/token?user=dave"), 502, "CognitoUnavailable");
  }
}
