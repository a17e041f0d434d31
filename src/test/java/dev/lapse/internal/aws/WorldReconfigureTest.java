package dev.lapse.internal.aws;

import dev.lapse.internal.aws.world.World;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** One server, another configuration: the runner's way to avoid starting a server per spec. */
class WorldReconfigureTest {

  private static S3Client s3(World w, String region, IssuedCredentials c) {
    return S3Client.builder().endpointOverride(w.endpoint()).forcePathStyle(true)
        .region(Region.of(region)).httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
            c.accessKeyId(), c.secretAccessKey(), c.sessionToken()))).build();
  }

  @Test
  void reconfigureKeepsThePortAndSwapsBucketsRegionsAndJournal() {
    try (World w = World.start(WorldConfig.defaults().withCheckSkew(false)
        .withBuckets(Map.of("photos", "us-east-1")))) {
      int port = w.port();
      IssuedCredentials c = w.authority().issueCredentials("id", null, "test", "arn",
          Duration.ofHours(1), w.clock().instant());
      w.seedObject("photos", "cat.jpg", new byte[] {1});
      try (S3Client client = s3(w, "us-east-1", c)) {
        client.headObject(b -> b.bucket("photos").key("cat.jpg"));
      }
      assertEquals(1, w.journal().entries().size());

      w.reconfigure(WorldConfig.defaults().withCheckSkew(false).withCognitoRegion("eu-west-1")
          .withBuckets(Map.of("photos", "eu-west-1")));
      assertEquals(port, w.port());
      assertEquals("eu-west-1", w.info().cognitoRegion());
      assertTrue(w.journal().entries().isEmpty(), "a reconfigured world starts a new journal");
      IssuedCredentials fresh = w.authority().issueCredentials("id", null, "test", "arn",
          Duration.ofHours(1), w.clock().instant());
      w.seedObject("photos", "cat.jpg", new byte[] {1});
      try (S3Client oldRegion = s3(w, "us-east-1", fresh)) {
        S3Exception e = assertThrows(S3Exception.class,
            () -> oldRegion.getObject(b -> b.bucket("photos").key("cat.jpg")));
        assertEquals("AuthorizationHeaderMalformed", e.awsErrorDetails().errorCode());
      }
    }
  }
}
