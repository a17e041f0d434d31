package dev.lapse.internal.aws.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.World;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * Bodies over the limit are refused without being read, and bodies that trickle in cost the
 * server a connection, not a thread. Each exchange here leaves the body unfinished, so an
 * answer can only come from a server that judged what it had, not from one that read on.
 */
class HostileBodiesTest {
  private static final int LIMIT = 1 << 20;
  private static final String HOST = "Host: 127.0.0.1\r\n";
  private static World world;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults().withMaxBodyBytes(LIMIT));
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @Test
  void aContentLengthOverTheLimitIsRefusedBeforeAnyOfTheBodyIsRead() throws Exception {
    // 1 GB declared, 5 bytes sent: a server reading first would wait for the rest until its
    // idle timeout and then say RequestTimeout.
    String s3 = unfinished("PUT /lapse-photos/big HTTP/1.1\r\n" + HOST
        + "Content-Length: 1073741824\r\n\r\nhello");
    assertAnswer(s3, 400, "<Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the "
        + "maximum allowed size</Message><ProposedSize>1073741824</ProposedSize>"
        + "<MaxSizeAllowed>1048576</MaxSizeAllowed>", "Connection: close");
    assertEquals("EntityTooLarge", world.journal().newest(1).get(0).errorCode());
    assertAnswer(unfinished("POST / HTTP/1.1\r\n" + HOST + "X-Amz-Target: "
        + "AWSCognitoIdentityService.GetId\r\nContent-Length: 1073741824\r\n\r\n{"), 413,
        "\"__type\":\"RequestEntityTooLarge\"");
  }

  @Test
  void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
    String chunk = Integer.toHexString(64 * 1024) + "\r\n" + "a".repeat(64 * 1024) + "\r\n";
    // No last chunk: the body never ends.
    String answer = unfinished("PUT /lapse-photos/big HTTP/1.1\r\n" + HOST
        + "Transfer-Encoding: chunked\r\n\r\n" + chunk.repeat(LIMIT / (64 * 1024) + 1));
    assertAnswer(answer, 400, "<Code>EntityTooLarge</Code>",
        "<MaxSizeAllowed>1048576</MaxSizeAllowed>");
    assertFalse(answer.contains("ProposedSize"), "a chunked body proposed no size: " + answer);
  }

  @Test
  void aBodyThatStopsIsARequestTimeoutAfterTheIdleTimeout() throws Exception {
    assertAnswer(unfinished("PUT /lapse-photos/stalled HTTP/1.1\r\n" + HOST
        + "Content-Length: 10\r\n\r\nabc"), 400, "<Code>RequestTimeout</Code><Message>Your "
        + "socket connection to the server was not read from or written to within the timeout "
        + "period. Idle connections will be closed.</Message>");
  }

  /**
   * More trickling connections than the server has threads (256): each sends a byte every
   * 200 ms of a 10,000-byte body. A thread per body would leave none for anyone else; the
   * normal call must be answered at all within 20 s, however slow the machine.
   */
  @Test
  void trickledBodiesDoNotStarveANormalRequest() throws Exception {
    List<Socket> tricklers = new ArrayList<>();
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    try (CognitoIdentityClient cognito = CognitoIdentityClient.builder()
        .endpointOverride(world.endpoint()).region(Region.of(world.config().cognitoRegion()))
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
            .apiCallTimeout(Duration.ofSeconds(20)))
        .build()) {
      for (int i = 0; i < 300; i++) {
        Socket s = new Socket("127.0.0.1", world.port());
        tricklers.add(s);
        s.getOutputStream().write(("PUT /lapse-photos/slow-" + i + " HTTP/1.1\r\n" + HOST
            + "Content-Length: 10000\r\n\r\na").getBytes(StandardCharsets.ISO_8859_1));
      }
      trickle.scheduleWithFixedDelay(() -> tricklers.forEach(HostileBodiesTest::oneByte),
          200, 200, TimeUnit.MILLISECONDS);
      String id = cognito.getId(b -> b.identityPoolId(world.config().identityPoolId()))
          .identityId();
      assertTrue(id.startsWith(world.config().cognitoRegion() + ":"), id);
    } finally {
      trickle.shutdownNow();
      for (Socket s : tricklers) {
        s.close();
      }
    }
  }

  /**
   * The bodies read at once may hold 32 bodies at the limit (the heap allowing). 64
   * connections each send all but the last byte of a body at the limit and wait: a body kept
   * holds the limit's bytes until Jetty's 10 s idle timeout answers it RequestTimeout, so at
   * most 32 can be kept, and the others are throttled at once as S3 throttles. Afterwards
   * the memory is given back and a body is read again.
   */
  @Test
  void bodiesInFlightAtOnceHoldBoundedMemory() throws Exception {
    List<Socket> holders = new ArrayList<>();
    int throttled = 0;
    try {
      for (int i = 0; i < 64; i++) {
        Socket s = new Socket("127.0.0.1", world.port());
        s.setSoTimeout(60_000);
        holders.add(s);
        s.getOutputStream().write(("PUT /lapse-photos/held-" + i + " HTTP/1.1\r\n" + HOST
            + "Content-Length: " + LIMIT + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().write(new byte[LIMIT - 1]);
        s.getOutputStream().flush();
      }
      for (Socket s : holders) {
        String answer = RawHttp.readAll(s.getInputStream());
        if (RawHttp.status(answer) == 503) {
          assertTrue(answer.contains("<Code>SlowDown</Code><Message>Please reduce your request "
              + "rate.</Message>"), answer);
          throttled++;
        } else {
          assertAnswer(answer, 400, "<Code>RequestTimeout</Code>");
        }
      }
    } finally {
      for (Socket s : holders) {
        s.close();
      }
    }
    // BodyBudget.BODIES_AT_THE_LIMIT, in a package these tests do not reach.
    assertTrue(throttled >= 64 - 32, throttled + " of 64 throttled");
    // Unsigned, a PUT is then read and judged by S3 as any body is: AccessDenied.
    assertAnswer(unfinished("PUT /lapse-photos/small HTTP/1.1\r\n" + HOST
        + "Content-Length: 5\r\nConnection: close\r\n\r\nhello"), 403,
        "<Code>AccessDenied</Code>");
  }

  private static void oneByte(Socket s) {
    try {
      OutputStream out = s.getOutputStream();
      out.write('a');
      out.flush();
    } catch (IOException e) {
      // cut off: the test's answer does not depend on it
    }
  }

  private static void assertAnswer(String answer, int status, String... fragments) {
    assertEquals(status, RawHttp.status(answer), answer);
    for (String fragment : fragments) {
      assertTrue(answer.contains(fragment), answer);
    }
  }

  /** Sends {@code request}, leaves the connection open for more, and reads the answer. */
  private static String unfinished(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", world.port())) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      return RawHttp.readAll(s.getInputStream());
    }
  }
}
