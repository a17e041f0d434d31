package dev.lapse.internal.aws.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.journal.JournalEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.InternalErrorException;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/** Malformed requests over raw HTTP, and injected faults, get Cognito's errors; serving goes on. */
class CognitoRawHttpTest {
  private static final CognitoWorld w = new CognitoWorld();
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterAll
  static void stop() {
    w.close();
  }

  @BeforeEach
  void reset() {
    w.reset();
  }

  private HttpResponse<String> post(String target, String body, String authorization)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(w.world.endpoint())
        .header("Content-Type", "application/x-amz-json-1.1")
        .header("X-Amz-Target", "AWSCognitoIdentityService." + target)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertError(HttpResponse<String> r, int status, String code)
      throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals(code + ":", r.headers().firstValue("x-amzn-ErrorType").orElseThrow());
    assertTrue(r.headers().firstValue("x-amzn-RequestId").isPresent());
    assertEquals("application/x-amz-json-1.1",
        r.headers().firstValue("Content-Type").orElseThrow());
    JsonNode body = JSON.readTree(r.body());
    assertEquals(code, body.get("__type").asText());
    assertTrue(body.get("message").asText().length() > 0);
  }

  private void assertStillServing() {
    assertTrue(w.app.getId(r -> r.identityPoolId(w.pool)).identityId().startsWith("us-east-1:"));
  }

  @Test
  void badJsonIsASerializationError() throws Exception {
    assertError(post("GetId", "{\"IdentityPoolId\": ", null), 400, "SerializationException");
    assertError(post("GetId", "[1, 2]", null), 400, "SerializationException");
    assertError(post("GetId", "{\"IdentityPoolId\": 7}", null), 400, "SerializationException");
    assertError(post("GetCredentialsForIdentity",
        "{\"IdentityId\": \"x\", \"Logins\": [\"a\"]}", null), 400, "SerializationException");
    assertStillServing();
  }

  @Test
  void unknownTargetIsAnUnknownOperation() throws Exception {
    assertError(post("DeleteEverything", "{}", null), 400, "UnknownOperationException");
    assertEquals("Unknown", w.world.journal().entries().get(0).operation().awsName());
    assertStillServing();
  }

  @Test
  void missingRequiredMemberIsNamed() throws Exception {
    HttpResponse<String> r = post("GetId", "{}", null);
    assertError(r, 400, "InvalidParameterException");
    assertTrue(r.body().contains("'identityPoolId'"), r.body());
  }

  @Test
  void signedOperationWithoutOrWithAMangledAuthorization() throws Exception {
    String body = "{\"IdentityPoolId\": \"" + w.pool + "\"}";
    assertError(post("DescribeIdentityPool", body, null), 400,
        "MissingAuthenticationTokenException");
    assertError(post("DescribeIdentityPool", "{not json", null), 400,
        "MissingAuthenticationTokenException");
    assertError(post("DescribeIdentityPool", body, "AWS4-HMAC-SHA256 Credential=garbage"), 400,
        "IncompleteSignatureException");
    assertError(post("DescribeIdentityPool", body, "Bearer abc"), 400,
        "IncompleteSignatureException");
    assertStillServing();
  }

  @Test
  void throttleAndErrorFaultsAreCognitosOwnErrors() {
    w.world.faults().inject(FaultTarget.COGNITO, FaultKind.THROTTLE,
        CognitoWorld.START.plus(Duration.ofMinutes(1)));
    var throttled = assertThrows(TooManyRequestsException.class,
        () -> w.app.getId(r -> r.identityPoolId(w.pool)));
    assertEquals("Rate exceeded", throttled.awsErrorDetails().errorMessage());
    w.world.faults().inject(FaultTarget.COGNITO, FaultKind.ERROR,
        CognitoWorld.START.plus(Duration.ofMinutes(1)));
    var failed = assertThrows(InternalErrorException.class,
        () -> w.app.getId(r -> r.identityPoolId(w.pool)));
    assertEquals(500, failed.statusCode());
    List<JournalEntry> entries = w.world.journal().entries();
    assertEquals(List.of("GetId", "GetId"), entries.stream().map(e -> e.operation().awsName()).toList());
    assertEquals(List.of("throttle", "error"), entries.stream().map(JournalEntry::fault).toList());
    w.world.clock().advance(Duration.ofMinutes(1));
    assertStillServing();
  }
}
