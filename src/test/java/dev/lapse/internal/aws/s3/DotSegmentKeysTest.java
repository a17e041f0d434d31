package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lapse.clock.VirtualClock;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.internal.aws.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Keys whose {@code ..} segments climb above the path's root are ordinary keys in S3 (it never
 * normalises a key), so the fake serves them: Jetty would refuse such a request target before
 * Lapse saw it. Both SDK v2 HTTP clients send the key's dots as they are.
 */
class DotSegmentKeysTest {
  private static final List<String> KEYS = List.of("photos/../../up.jpg", "../x",
      "../../../../root.txt", "a/b/../../../../c", "..", "../");
  private static World world;
  private static IssuedCredentials creds;

  @BeforeAll
  static void start() {
    world = World.start(WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1"))
        .withCheckSkew(false), new VirtualClock(Instant.parse("2026-03-01T10:00:00Z")));
    creds = S3Clients.issue(world, Duration.ofHours(1));
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @ParameterizedTest(name = "{0} client")
  @ValueSource(strings = {"url-connection", "apache"})
  void keysThatClimbAboveTheRootArePutReadAndListedExactly(String client) {
    var builder = S3Clients.builder(world, "eu-west-1", S3Clients.sdk(creds));
    if (client.equals("apache")) {
      builder.httpClientBuilder(ApacheHttpClient.builder());
    }
    try (S3Client s3 = builder.build()) {
      String prefix = client + "/";
      for (String key : KEYS) {
        s3.putObject(b -> b.bucket("photos").key(prefix + key), RequestBody.fromString("is " + key));
        // The same key without the prefix climbs one level higher still.
        s3.putObject(b -> b.bucket("photos").key(key + "." + client),
            RequestBody.fromString("is " + key));
      }
      for (String key : KEYS) {
        assertEquals("is " + key, s3.getObjectAsBytes(b -> b.bucket("photos").key(prefix + key))
            .asUtf8String(), key);
        assertEquals("is " + key, s3.getObjectAsBytes(
            b -> b.bucket("photos").key(key + "." + client)).asUtf8String(), key);
      }
      List<String> listed = s3.listObjectsV2Paginator(b -> b.bucket("photos").prefix(prefix))
          .contents().stream().map(o -> o.key()).toList();
      assertEquals(KEYS.stream().map(k -> prefix + k).sorted(ObjectStore.UTF8_ORDER).toList(),
          listed);
      // Nothing was stored under a normalised name.
      assertEquals(List.of(), s3.listObjectsV2(b -> b.bucket("photos").prefix("up.jpg"))
          .contents());
    }
  }

  /**
   * The other spellings of a climbing path mean what they mean to S3, whose key is the
   * percent-decoded path and nothing more: {@code %2E%2E} is {@code ..}, {@code %2F} is
   * {@code /}, and {@code ;} is a character of the key, not a path parameter. The request is
   * re-spelled before it is signed, as a client that spells it so would sign it (the SDK puts
   * the bucket in front of this path afterwards).
   */
  @ParameterizedTest(name = "{0} sent as {1}")
  @CsvSource(delimiter = '|', value = {
      "../../up.jpg | /%2E%2E/%2e%2e/up.jpg",
      "../../x | /..%2F..%2Fx",
      "..;/..;/y | /..;/..;/y",
      "a/../../b;c=d | /a/../../b;c=d"})
  void otherSpellingsAddressTheKeyS3Decodes(String key, String sentPath) {
    try (S3Client plain = S3Clients.builder(world, "eu-west-1", S3Clients.sdk(creds)).build();
        S3Client respelling = S3Clients.builder(world, "eu-west-1", S3Clients.sdk(creds))
            .overrideConfiguration(o -> o.addExecutionInterceptor(path(p -> sentPath)))
            .build()) {
      plain.putObject(b -> b.bucket("photos").key(key), RequestBody.fromString("is " + key));
      assertEquals("is " + key, respelling.getObjectAsBytes(b -> b.bucket("photos").key(key))
          .asUtf8String());
      assertEquals(List.of(key), plain.listObjectsV2(b -> b.bucket("photos").prefix(key))
          .contents().stream().map(o -> o.key()).toList());
    }
  }

  private static ExecutionInterceptor path(UnaryOperator<String> respell) {
    return new ExecutionInterceptor() {
      @Override
      public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context,
          ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        return request.toBuilder().encodedPath(respell.apply(request.encodedPath())).build();
      }
    };
  }
}
