package dev.lapse.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * GetObject requests per second through one reused SDK v2 S3Client (UrlConnection), against
 * Lapse (SigV4 verified, journaled) and against a plain WireMock stub of the same object, in
 * the same JVM, alternating rounds so both see the same machine. Not a test: run it with
 *
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.lapse.bench.S3ThroughputBenchmark</pre>
 *
 * Wall time is read here on purpose: this measures real work, outside the virtual world.
 */
public final class S3ThroughputBenchmark {
  // -Dbench.warmup=, -Dbench.round= (seconds) and -Dbench.rounds= override the defaults.
  private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 3));
  private static final Duration ROUND = Duration.ofSeconds(Long.getLong("bench.round", 5));
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final String BUCKET = "bench";
  private static final String KEY = "objects/one-kibibyte.bin";

  private S3ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    byte[] object = new byte[1024];
    new SplittableRandom(42).nextBytes(object);
    // Skew check off: the client signs with wall time; every signature is still verified.
    try (World world = World.start(WorldConfig.defaults()
        .withBuckets(Map.of(BUCKET, "us-east-1")).withCheckSkew(false), new VirtualClock())) {
      WireMockServer stub = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
      stub.start();
      try {
        stub.stubFor(get(urlPathEqualTo("/" + BUCKET + "/" + KEY)).willReturn(aResponse()
            .withStatus(200).withBody(object).withHeader("Content-Type", "binary/octet-stream")
            .withHeader("ETag", "\"" + md5(object) + "\"")));
        IssuedCredentials issued = world.authority().issueCredentials("us-east-1:bench", null,
            "benchmark", null, Duration.ofDays(365), world.clock().instant());
        AwsSessionCredentials creds = AwsSessionCredentials.create(issued.accessKeyId(),
            issued.secretAccessKey(), issued.sessionToken());
        try (S3Client lapse = client(world.endpoint(), creds);
            S3Client plain = client(URI.create("http://127.0.0.1:" + stub.port()), creds)) {
          lapse.putObject(b -> b.bucket(BUCKET).key(KEY), RequestBody.fromBytes(object));
          run(lapse, plain, object.length, world);
        }
      } finally {
        stub.stop();
      }
    }
  }

  private static void run(S3Client lapse, S3Client plain, int size, World world) {
    System.out.printf("warm-up %ds each, in alternating slices ...%n", WARM_UP.toSeconds());
    // Slices, so that neither side warms the shared SDK code for the other.
    Duration slice = WARM_UP.dividedBy(6);
    for (int i = 0; i < 6; i++) {
      measure(lapse, slice, size);
      measure(plain, slice, size);
    }
    Rate lapseTotal = new Rate(0, 0, 0);
    Rate plainTotal = new Rate(0, 0, 0);
    for (int round = 1; round <= ROUNDS; round++) {
      // Alternate who goes first, so that neither always runs right after the warm-up.
      boolean lapseFirst = round % 2 == 1;
      Rate l = lapseFirst ? measure(lapse, ROUND, size) : null;
      Rate p = measure(plain, ROUND, size);
      l = lapseFirst ? l : measure(lapse, ROUND, size);
      lapseTotal = lapseTotal.plus(l);
      plainTotal = plainTotal.plus(p);
      print("round " + round, l, p);
    }
    print("total  ", lapseTotal, plainTotal);
    System.out.printf("lapse journaled %d requests (%d dropped beyond capacity), %d violations%n",
        world.journal().lastSeq(), world.journal().dropped(), world.journal().violations().size());
  }

  /**
   * Requests done in some wall time, and the CPU time the whole process (client and both
   * servers; the idle server costs next to nothing) spent on them. CPU per request does not
   * depend on what else the machine is running, requests per second does.
   */
  private record Rate(long requests, long wallNanos, long cpuNanos) {
    Rate plus(Rate o) {
      return new Rate(requests + o.requests, wallNanos + o.wallNanos, cpuNanos + o.cpuNanos);
    }

    double perSecond() {
      return requests / (wallNanos / 1e9);
    }

    double cpuMicrosPerRequest() {
      return cpuNanos / 1e3 / requests;
    }
  }

  private static void print(String label, Rate lapse, Rate plain) {
    System.out.printf("%s: lapse %6.0f req/s (%5.0f us CPU/req)   wiremock stub %6.0f req/s "
        + "(%5.0f us CPU/req)   ratio %.2f (by CPU %.2f)%n", label, lapse.perSecond(),
        lapse.cpuMicrosPerRequest(), plain.perSecond(), plain.cpuMicrosPerRequest(),
        lapse.perSecond() / plain.perSecond(),
        plain.cpuMicrosPerRequest() / lapse.cpuMicrosPerRequest());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** GetObject in a loop for {@code length}. */
  private static Rate measure(S3Client s3, Duration length, int expectedSize) {
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    long end = start + length.toNanos();
    long requests = 0;
    long now;
    do {
      int got = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(KEY)).asByteArray().length;
      if (got != expectedSize) {
        throw new IllegalStateException("expected " + expectedSize + " bytes, got " + got);
      }
      requests++;
      now = System.nanoTime();
    } while (now < end);
    return new Rate(requests, now - start, processCpuNanos() - cpuStart);
  }

  private static S3Client client(URI endpoint, AwsSessionCredentials creds) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(creds))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }

  private static String md5(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
  }
}
