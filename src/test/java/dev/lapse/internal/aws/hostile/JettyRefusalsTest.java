package dev.lapse.internal.aws.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * Requests Jetty refuses before Lapse sees them get an AWS-shaped error, never Jetty's HTML
 * page with a class name or a stack trace, and the server goes on serving.
 */
class JettyRefusalsTest {
  private static World world;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults());
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  static Stream<Arguments> refusals() {
    String host = "Host: 127.0.0.1\r\n";
    String s3 = "<Error><Code>";
    return Stream.of(
        Arguments.of("bad chunked body", "PUT /lapse-photos/a HTTP/1.1\r\n" + host
            + "Transfer-Encoding: chunked\r\n\r\nZZZ\r\nhello\r\n0\r\n\r\n", 400, s3),
        Arguments.of("conflicting lengths", "PUT /lapse-photos/a HTTP/1.1\r\n" + host
            + "Content-Length: 5\r\nContent-Length: 7\r\n\r\nhello", 400, s3),
        // the client's mistake: a 4xx, never the 5xx that SDKs retry and call an internal error
        Arguments.of("HTTP/9.9", "GET /lapse-photos HTTP/9.9\r\n" + host + "\r\n", 400,
            "<Error><Code>InvalidRequest</Code><Message>The HTTP version of the request is not "
                + "supported; use HTTP/1.1.</Message>"),
        Arguments.of("431 header block", "GET /lapse-photos HTTP/1.1\r\n" + host
            + "X-Big: " + "a".repeat(70_000) + "\r\n\r\n", 431, s3),
        Arguments.of("414 URI", "GET /lapse-photos/" + "k".repeat(70_000) + " HTTP/1.1\r\n"
            + host + "\r\n", 414, s3),
        Arguments.of("bad percent escape in path", "GET /lapse-photos/%zz HTTP/1.1\r\n" + host
            + "Connection: close\r\n\r\n", 400, "<Error><Code>BadRequest</Code>"),
        Arguments.of("bad percent escape in a Cognito call's path", "POST /%zz HTTP/1.1\r\n"
            + host + "X-Amz-Target: AWSCognitoIdentityService.GetId\r\nContent-Length: 2\r\n"
            + "Connection: close\r\n\r\n{}", 400, "{\"__type\":\"BadRequest\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusedInAwsShape(String what, String request, int expected, String dialect)
      throws Exception {
    String response = RawHttp.exchange(world.port(), request);
    assertEquals(expected, RawHttp.status(response), response);
    String body = RawHttp.body(response);
    assertTrue(body.contains(dialect), body);
    assertNoInternals(response);
    assertTrue(world.isRunning());
  }

  static void assertNoInternals(String response) {
    for (String tell : new String[] {"<html", "Exception", "at org.", "at java.", "jetty",
        "Jetty", "dev.lapse", "com.github"}) {
      assertFalse(response.contains(tell), () -> "the answer shows '" + tell + "': " + response);
    }
  }
}
