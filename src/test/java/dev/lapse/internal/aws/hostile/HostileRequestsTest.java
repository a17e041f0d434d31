package dev.lapse.internal.aws.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.journal.JournalEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each class of hostile request, refused as AWS refuses it, without growing anything. */
class HostileRequestsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static World world;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults());
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  private static HttpResponse<String> send(String method, String path, String body,
      String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(world.endpoint() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> cognito(String op, String body) throws Exception {
    return send("POST", "/", body, "Content-Type", "application/x-amz-json-1.1",
        "X-Amz-Target", "AWSCognitoIdentityService." + op);
  }

  @Test
  void adminApiIsClosedAndCannotStopOrSlowThePort() throws Exception {
    for (String[] call : new String[][] {{"POST", "/__admin/settings", "{\"fixedDelay\":1500}"},
        {"PUT", "/__admin/files/owned.txt", "owned"}, {"GET", "/__admin/mappings", null},
        {"POST", "/__admin/shutdown", ""}}) {
      HttpResponse<String> r = send(call[0], call[1], call[2]);
      assertEquals(404, r.statusCode(), call[1]);
      assertTrue(r.body().contains("<Code>NoSuchBucket</Code>"), r.body());
    }
    assertTrue(world.isRunning());
    assertEquals(200, send("GET", "/__lapse/clock", null).statusCode());
    assertTrue(!java.nio.file.Files.exists(java.nio.file.Path.of("__files", "owned.txt")));
  }

  @Test
  void overlongPoolIdIsRefusedWithoutEchoAndJournaledSmall() throws Exception {
    String huge = "us-east-1:" + "a".repeat(2 << 20);
    HttpResponse<String> r = cognito("GetId", "{\"IdentityPoolId\":\"" + huge + "\"}");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("InvalidParameterException"), r.body());
    assertTrue(r.body().contains("less than or equal to 55"), r.body());
    assertTrue(r.body().length() < 1000, "answer of " + r.body().length() + " chars");
    JournalEntry last = world.journal().newest(1).get(0);
    assertTrue(last.errorMessage().length() < 1000);
  }

  @Test
  void cognitoLengthLimitsFollowTheApiReference() throws Exception {
    String pool = world.config().identityPoolId();
    HttpResponse<String> id = cognito("GetCredentialsForIdentity",
        "{\"IdentityId\":\"us-east-1:" + "f".repeat(60) + "\"}");
    assertTrue(id.body().contains("'identityId' failed to satisfy constraint: Member must have "
        + "length less than or equal to 55"), id.body());
    HttpResponse<String> value = cognito("GetId", "{\"IdentityPoolId\":\"" + pool
        + "\",\"Logins\":{\"accounts.google.com\":\"" + "t".repeat(50_001) + "\"}}");
    assertTrue(value.body().contains("less than or equal to 50000"), value.body());
    HttpResponse<String> key = cognito("GetId", "{\"IdentityPoolId\":\"" + pool
        + "\",\"Logins\":{\"" + "k".repeat(129) + "\":\"t\"}}");
    assertTrue(key.body().contains("less than or equal to 128"), key.body());
  }

  @Test
  void customRoleArnAndAccountIdFollowTheApiReference() throws Exception {
    String pool = world.config().identityPoolId();
    String unknown = "\"IdentityId\":\"us-east-1:00000000-0000-4000-8000-00000000dead\"";
    String role = "arn:aws:iam::123456789012:role/";
    HttpResponse<String> longRole = cognito("GetCredentialsForIdentity", "{" + unknown
        + ",\"CustomRoleArn\":\"" + role + "r".repeat(2049 - role.length()) + "\"}");
    assertEquals(400, longRole.statusCode());
    assertTrue(longRole.body().contains("1 validation error detected: Value at 'customRoleArn' "
        + "failed to satisfy constraint: Member must have length less than or equal to 2048"),
        longRole.body());
    HttpResponse<String> shortRole = cognito("GetCredentialsForIdentity", "{" + unknown
        + ",\"CustomRoleArn\":\"arn:aws:iam::1:r\"}");
    assertTrue(shortRole.body().contains("Value 'arn:aws:iam::1:r' at 'customRoleArn' failed "
        + "to satisfy constraint: Member must have length greater than or equal to 20"),
        shortRole.body());
    HttpResponse<String> notAnArn = cognito("GetCredentialsForIdentity", "{" + unknown
        + ",\"CustomRoleArn\":\"role/name-long-enough-for-it\"}");
    assertTrue(notAnArn.body().contains("Value 'role/name-long-enough-for-it' at 'customRoleArn'"
        + " failed to satisfy constraint: Member must be a role ARN"), notAnArn.body());
    HttpResponse<String> longest = cognito("GetCredentialsForIdentity", "{" + unknown
        + ",\"CustomRoleArn\":\"" + role + "r".repeat(2048 - role.length()) + "\"}");
    assertTrue(longest.body().contains("ResourceNotFoundException"), longest.body());

    HttpResponse<String> hugeAccount = cognito("GetId", "{\"IdentityPoolId\":\"" + pool
        + "\",\"AccountId\":\"" + "1".repeat(2 << 20) + "\"}");
    assertEquals(400, hugeAccount.statusCode());
    assertTrue(hugeAccount.body().contains("Value at 'accountId' failed to satisfy constraint: "
        + "Member must have length less than or equal to 15"), hugeAccount.body());
    assertTrue(hugeAccount.body().length() < 1000, "answer of " + hugeAccount.body().length());
    HttpResponse<String> letters = cognito("GetId", "{\"IdentityPoolId\":\"" + pool
        + "\",\"AccountId\":\"12345678901a\"}");
    // The pattern is \d+; JSON escapes its backslash.
    assertTrue(letters.body().contains("Value '12345678901a' at 'accountId' failed to satisfy "
        + "constraint: Member must satisfy regular expression pattern: \\\\d+"), letters.body());
    HttpResponse<String> account = cognito("GetId", "{\"IdentityPoolId\":\"" + pool
        + "\",\"AccountId\":\"123456789012\"}");
    assertEquals(200, account.statusCode(), account.body());
  }

  @Test
  void journalStringsAreCappedInBytes() {
    JournalEntry.Builder b = JournalEntry.builder(Instant.EPOCH, Instant.EPOCH);
    b.resource = "r".repeat(1 << 20);
    JournalEntry e = b.build(400, "X", "m".repeat(1 << 20));
    assertTrue(e.resource().length() < JournalEntry.MAX_STRING + 40);
    assertTrue(e.errorMessage().length() < JournalEntry.MAX_STRING + 40);
    assertTrue(e.errorMessage().endsWith("more characters)"));
  }

  @Test
  void developerBackendRefusesAnOverlongUserWith400() throws Exception {
    HttpResponse<String> r = send("GET", "/developer/token?user=" + "u".repeat(3000), null);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("at most 1024 characters"), r.body());
  }

  @Test
  void invalidUtf8InKeysAndUsersIsRefusedNotAliased() throws Exception {
    HttpResponse<String> key = send("GET", "/lapse-photos/a%FF", null);
    assertEquals(400, key.statusCode(), key.body());
    assertTrue(key.body().contains("<Code>InvalidURI</Code>"), key.body());
    HttpResponse<String> user = send("GET", "/developer/token?user=al%FEce", null);
    assertEquals(400, user.statusCode(), user.body());
    assertTrue(user.body().contains("not valid UTF-8"), user.body());
  }

  /** java.net.http will not send these; WireMock's query parsing answered each with a 500. */
  @Test
  void badQueryEscapesAreRefusedInEachServicesDialect() throws Exception {
    String h = " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    String cognito = h + "X-Amz-Target: AWSCognitoIdentityService.GetId\r\n"
        + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\n\r\n{}";
    String[][] cases = {
        {"GET /lapse-photos/?prefix=%ZZ" + h + "\r\n",
            "<Error><Code>MalformedQueryString</Code><Message>The query string is malformed: "
                + "bad percent escape in 'prefix=%ZZ'</Message>"},
        {"GET /developer/token?user=%ZZ" + h + "\r\n", "{\"error\":\"MalformedQueryString\""},
        {"GET /developer/token?user=%4" + h + "\r\n",
            "incomplete percent escape in 'user=%4'"},
        {"POST /?a=%ZZ" + cognito, "\"__type\":\"MalformedQueryString\""},
        {"GET /__lapse/journal?x=%ZZ" + h + "\r\n",
            "\"message\":\"The query string is malformed: bad percent escape in 'x=%ZZ'\""},
        {"GET /?Action=GetCallerIdentity&x=%ZZ" + h + "\r\n",
            "<Error><Type>Sender</Type><Code>MalformedQueryString</Code>"}};
    for (String[] c : cases) {
      String response = RawHttp.exchange(world.port(), c[0]);
      assertEquals(400, RawHttp.status(response), response);
      assertTrue(RawHttp.body(response).contains(c[1]), response);
      JettyRefusalsTest.assertNoInternals(response);
    }
    assertEquals("MalformedQueryString", world.journal().newest(1).get(0).errorCode());
    // Full-width digits are digits to Character.digit, not hexadecimal to AWS.
    String wide = RawHttp.exchange(world.port(), ("GET /lapse-photos/?prefix=%\uFF11\uFF11" + h
        + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(400, RawHttp.status(wide), wide);
    assertTrue(wide.contains("<Code>MalformedQueryString</Code>"), wide);
  }

  @Test
  void timeOutsideYearsOneToNineThousandIsRefusedAndTheFakeKeepsAnswering() throws Exception {
    Instant before = world.clock().instant();
    HttpResponse<String> set = send("POST", "/__lapse/clock/set",
        "{\"now\":\"+1000000000-12-31T23:59:59Z\"}");
    assertEquals(400, set.statusCode());
    assertTrue(set.body().contains("outside the years 0001..9999"), set.body());
    HttpResponse<String> advance = send("POST", "/__lapse/clock/advance",
        "{\"by\":\"PT2562047788015215H\"}");
    assertEquals(400, advance.statusCode(), advance.body());
    assertTrue(advance.body().contains("9999"), advance.body());
    assertEquals(400, send("POST", "/__lapse/faults",
        "{\"target\":\"s3\",\"kind\":\"down\",\"for\":\"PT2562047788015215H\"}").statusCode());
    assertEquals(400, send("POST", "/__lapse/latency",
        "{\"latency\":\"PT2562047788015215H\"}").statusCode());
    assertEquals(before, world.clock().instant());
    assertEquals(403, send("GET", "/lapse-photos/nothing-here", null).statusCode()); // unsigned
  }
}
