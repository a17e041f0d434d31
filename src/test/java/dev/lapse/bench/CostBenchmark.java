package dev.lapse.bench;

import dev.lapse.internal.aws.JwtSigner;
import dev.lapse.internal.fuzz.Fuzzer;
import dev.lapse.provider.reference.BundledProviders;
import dev.lapse.run.RunResult;
import dev.lapse.run.ScenarioRunner;
import dev.lapse.run.Transport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The per-scenario costs the fuzzing profile showed besides sockets, each measured before and
 * after its fix, in CPU microseconds of this thread (warm, median of five batches): building
 * a Cognito client (what a reference provider did at every launch, before
 * {@code Device.cognitoClient()}), and signing and verifying one login token with RS512 and
 * with the in-run scheme. Then how often a generated scenario pays each (launches and tokens
 * per scenario, from 300 robust runs), so the saving per scenario is visible.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.lapse.bench.CostBenchmark
 * </pre>
 */
public final class CostBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CostBenchmark() {}

  interface Op {
    void run() throws Exception;
  }

  /** Median CPU microseconds per operation over five batches of n, after a batch of warm-up. */
  static double cpuMicros(int n, Op op) throws Exception {
    double[] batches = new double[5];
    for (int b = -1; b < batches.length; b++) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        op.run();
      }
      if (b >= 0) {
        batches[b] = (THREADS.getCurrentThreadCpuTime() - t0) / 1e3 / n;
      }
    }
    java.util.Arrays.sort(batches);
    return batches[2];
  }

  public static void main(String[] args) throws Exception {
    var http = UrlConnectionHttpClient.create();
    double client = cpuMicros(200, () -> CognitoIdentityClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:1")).region(Region.US_EAST_1)
        .httpClient(http).credentialsProvider(AnonymousCredentialsProvider.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build().close());
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", "us-east-1:910a2dec-8902-5cc1-beeb-8da1658eec67");
    claims.put("aud", "us-east-1:00000000-1a95-4e00-8000-1a95e0000001");
    claims.put("exp", 1767226500L);
    claims.put("iat", 1767225600L);
    double rsa = cpuMicros(100, () -> JwtSigner.rs512().verify(JwtSigner.rs512().sign(claims)));
    double hmac = cpuMicros(2_000, () -> JwtSigner.inRun().verify(JwtSigner.inRun().sign(claims)));

    int runs = 300;
    long launches = 0;
    long tokens = 0;
    try (ScenarioRunner runner = new ScenarioRunner(Transport.MEMORY);
        Fuzzer fuzzer = new Fuzzer(runner)) {
      var factory = BundledProviders.all().get("robust").get();
      for (int k = 0; k < runs; k++) {
        RunResult r = runner.run(fuzzer.scenarioOf(7, k), "robust", factory);
        launches += r.record().steps().stream().filter(s -> s.kind().equals("launch")).count();
        tokens += r.record().entries().stream()
            .filter(e -> "GetOpenIdTokenForDeveloperIdentity".equals(e.operation())
                && e.status() == 200).count();
      }
    }
    double perLaunch = (double) launches / runs;
    double perToken = (double) tokens / runs;
    System.out.printf(Locale.ROOT, "load %s%n", TransportBenchmark.load());
    System.out.printf(Locale.ROOT, "Cognito client built per launch: %.0f us; %.2f launches per "
        + "scenario -> %.2f CPU ms per scenario before, 0 after (one client per device)%n",
        client, perLaunch, client * perLaunch / 1e3);
    System.out.printf(Locale.ROOT, "login token sign+verify: RS512 %.0f us, in-run %.1f us; %.2f "
        + "tokens per scenario -> %.2f CPU ms per scenario before, %.3f after%n",
        rsa, hmac, perToken, rsa * perToken / 1e3, hmac * perToken / 1e3);
  }
}
