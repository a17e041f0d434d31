package dev.lapse.internal.aws.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.internal.aws.JwtSigner;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Same bytes out: the real SDK clients and the JDK client make the same calls against a world
 * over loopback HTTP (Apache client, Jetty) and against an identical world in memory, and see
 * the same status, reason phrase, headers (Date, Content-Length, Transfer-Encoding, x-amz-*)
 * and body for every response, success or error, and the same failure for a reset connection.
 */
class InMemoryWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every response the SDK saw, as text: status, reason, sorted headers, body or "no body". */
  private static final class Recording implements SdkHttpClient {
    final SdkHttpClient delegate;
    final List<String> seen = new ArrayList<>();

    Recording(SdkHttpClient delegate) {
      this.delegate = delegate;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      ExecutableHttpRequest inner = delegate.prepareRequest(request);
      return new ExecutableHttpRequest() {
        @Override
        public HttpExecuteResponse call() throws IOException {
          HttpExecuteResponse r;
          try {
            r = inner.call();
          } catch (IOException e) {
            seen.add("threw " + e);
            throw e;
          }
          byte[] body = r.responseBody().isPresent() ? r.responseBody().get().readAllBytes() : null;
          seen.add(r.httpResponse().statusCode() + " " + r.httpResponse().statusText().orElse("")
              + " " + new java.util.TreeMap<>(r.httpResponse().headers())
              + (body == null ? " no body" : " body " + new String(body)));
          return HttpExecuteResponse.builder().response(r.httpResponse()).responseBody(
              body == null ? null : AbortableInputStream.create(new java.io.ByteArrayInputStream(
                  body))).build();
        }

        @Override
        public void abort() {
          inner.abort();
        }
      };
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  private static List<String> session(World world, SdkHttpClient sdk, HttpClient jdk)
      throws Exception {
    world.seedObject("photos", "cat.jpg", "meow".getBytes());
    Recording http = new Recording(sdk);
    List<String> out = http.seen;
    URI backend = URI.create(world.info().developerBackend() + "?user=alice");
    HttpResponse<String> login = jdk.send(HttpRequest.newBuilder(backend).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    out.add("backend " + login.statusCode() + " " + login.headers().map() + " " + login.body());
    JsonNode body = JSON.readTree(login.body());
    CognitoIdentityClient cognito = CognitoIdentityClient.builder()
        .endpointOverride(world.endpoint()).region(Region.US_EAST_1).httpClient(http)
        .credentialsProvider(AnonymousCredentialsProvider.create()).build();
    var creds = cognito.getCredentialsForIdentity(r -> r.identityId(body.get("identityId")
        .asText()).logins(Map.of("cognito-identity.amazonaws.com", body.get("token").asText())))
        .credentials();
    out.add(attempt(() -> cognito.getCredentialsForIdentity(r -> r.identityId("us-east-1:x")
        .logins(Map.of("cognito-identity.amazonaws.com", "bad")))));
    S3Client s3 = S3Client.builder().endpointOverride(world.endpoint()).region(Region.EU_WEST_1)
        .forcePathStyle(true).httpClient(http).credentialsProvider(StaticCredentialsProvider
            .create(AwsSessionCredentials.create(creds.accessKeyId(), creds.secretKey(),
                creds.sessionToken()))).build();
    s3.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg"));
    s3.headObject(b -> b.bucket("photos").key("cat.jpg"));
    s3.putObject(b -> b.bucket("photos").key("new/a b+c.txt"), RequestBody.fromBytes(new byte[3000]));
    s3.listObjectsV2(b -> b.bucket("photos").prefix("new"));
    s3.deleteObject(b -> b.bucket("photos").key("cat.jpg"));
    out.add(attempt(() -> s3.headObject(b -> b.bucket("photos").key("nope"))));
    out.add(attempt(() -> s3.getObject(b -> b.bucket("nobucket").key("nope"))));
    world.faults().inject(FaultTarget.S3, FaultKind.DOWN, world.clock().instant().plusSeconds(60));
    out.add(attempt(() -> s3.getObjectAsBytes(b -> b.bucket("photos").key("new/a b+c.txt"))));
    world.faults().inject(FaultTarget.DEVELOPER_BACKEND, FaultKind.DOWN,
        world.clock().instant().plusSeconds(60));
    out.add(attempt(() -> jdk.send(HttpRequest.newBuilder(backend).GET().build(),
        HttpResponse.BodyHandlers.ofString())));
    out.add("journal " + world.journal().entries().size());
    return out;
  }

  interface Call {
    Object run() throws Exception;
  }

  private static String attempt(Call call) {
    try {
      return "ok " + call.run();
    } catch (Exception e) {
      StringBuilder sb = new StringBuilder("failed");
      for (Throwable t = e; t != null; t = t.getCause()) {
        sb.append(" <- ").append(t.getClass().getName()).append(": ").append(t.getMessage());
      }
      return sb.toString().replace("127.0.0.1", "HOST").replaceAll("HOST:\\d+", "HOST");
    }
  }

  @Test
  void theSdkAndTheJdkClientSeeWhatHttpGivesThem() throws Exception {
    WorldConfig config = WorldConfig.defaults().withBuckets(Map.of("photos", "eu-west-1"))
        .withCheckSkew(false);
    List<String> overHttp;
    try (World world = World.start(config, new VirtualClock(), JwtSigner.inRun());
        SdkHttpClient apache = ApacheHttpClient.create()) {
      overHttp = session(world, apache, HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1).build());
    }
    List<String> inMemory;
    try (World world = World.inMemory(config, new VirtualClock(), JwtSigner.inRun())) {
      inMemory = session(world, new InMemorySdkHttpClient(world), new InMemoryHttpClient(world));
    }
    assertEquals(overHttp, inMemory);
    assertTrue(overHttp.size() > 15, "every call should be recorded: " + overHttp);
    assertTrue(overHttp.stream().anyMatch(s -> s.contains("Transfer-Encoding=[chunked]")));
    assertTrue(overHttp.stream().anyMatch(s -> s.contains("threw java.net.SocketException")));
  }
}
