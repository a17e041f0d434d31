package dev.lapse.internal.cli;

import dev.lapse.internal.aws.Json;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import dev.lapse.clock.VirtualClock;
import dev.lapse.clock.WallClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lapse serve}: the fake AWS standalone, for clients in any language. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Starts the fake AWS on 127.0.0.1 and prints one line of JSON with its "
        + "endpoints, pool id, developer keys, roles, buckets and control URL. "
        + "Runs until interrupted (Ctrl-C). Move its clock with POST "
        + "<control>/clock/advance {\"by\":\"2h\"}.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", description = "Port on 127.0.0.1 (default: 0, a free one).")
  int port;

  @Option(names = "--start", converter = InstantConverter.class, description = "Virtual start instant, ISO-8601 (default: now, "
      + "so that clients signing with their wall clock are not skewed).")
  Instant start;

  @Option(names = "--login-token-ttl", converter = DurationConverter.class,
      description = "Lifetime of the developer backend's login tokens (default: 15m).")
  Duration loginTokenTtl = Duration.ofMinutes(15);

  @Option(names = "--credentials-ttl", converter = DurationConverter.class,
      description = "Lifetime of Cognito credentials (default: 1h; shorter for wall-time tests).")
  Duration credentialsTtl = Duration.ofHours(1);

  @Option(names = "--bucket", paramLabel = "NAME=REGION",
      description = "A bucket and its home region; repeatable (default: lapse-photos=us-east-1).")
  List<String> buckets = List.of();

  @Option(names = "--cognito-region", description = "Region of the identity pool (default: us-east-1).")
  String cognitoRegion = "us-east-1";

  @Option(names = "--clock", paramLabel = "stopped|follow", description = "stopped (default): "
      + "virtual time stands still between advances, as in tests. follow: virtual now is the "
      + "wall clock plus an offset that advance and set move, for clients that sign with their "
      + "wall clock (boto3, the AWS CLI, a browser).")
  String clockMode = "stopped";

  @Option(names = "--no-skew-check", negatable = false,
      description = "Accept S3 requests signed more than 15 minutes from virtual now.")
  boolean noSkewCheck;

  /** Cognito's TokenDuration limit for GetOpenIdTokenForDeveloperIdentity: one day. */
  static final Duration MAX_LOGIN_TOKEN_TTL = dev.lapse.vocabulary.WorldSpec.MAX_LOGIN_TOKEN_TTL;

  @Override
  public Integer call() throws Exception {
    WorldConfig config;
    VirtualClock clock;
    try {
      checkOptions();
      config = WorldConfig.defaults().withPort(port).withCognitoRegion(cognitoRegion)
          .withLoginTokenTtl(loginTokenTtl).withCredentialsTtl(credentialsTtl)
          .withCheckSkew(!noSkewCheck);
      if (!buckets.isEmpty()) {
        config = config.withBuckets(parseBuckets(buckets));
      }
      Instant from = start == null ? WallClock.now() : start;
      clock = "follow".equals(clockMode) ? VirtualClock.followingWallClock(from)
          : new VirtualClock(from);
    } catch (IllegalArgumentException e) {
      System.err.println("lapse serve: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    World world;
    try {
      world = World.start(config, clock);
    } catch (RuntimeException e) {
      System.err.println("lapse serve: cannot listen on 127.0.0.1:" + port + ": "
          + (isPortInUse(e) ? "the port is in use; choose another with --port, or 0 for a "
              + "free one" : rootMessage(e)));
      return Main.BAD_INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      world.close();
      stopped.countDown();
    }, "lapse-serve-shutdown"));
    System.out.println(Json.write(world.info()));
    System.out.flush();
    return untilStopped(world, stopped, System.err);
  }

  /**
   * serve lives exactly as long as its server: if the server stops, the process ends too (a
   * JVM with nothing listening would look alive to whoever started it), with
   * {@link Main#INTERNAL_ERROR}; 0 when {@code stopped} (the JVM's shutdown) came first.
   */
  static int untilStopped(World world, CountDownLatch stopped, java.io.PrintStream err)
      throws InterruptedException {
    while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
      if (!world.isRunning()) {
        err.println("lapse serve: the server stopped; exiting");
        return Main.INTERNAL_ERROR;
      }
    }
    return 0;
  }

  private void checkOptions() {
    if (!List.of("stopped", "follow").contains(clockMode)) {
      throw new IllegalArgumentException("--clock must be stopped or follow; found '" + clockMode
          + "'");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0..65535 (0 picks a free one); found "
          + port);
    }
    if ((credentialsTtl.isNegative() || credentialsTtl.isZero())) {
      throw new IllegalArgumentException("--credentials-ttl must be positive, e.g. 1h or 5m; "
          + "found " + dev.lapse.vocabulary.Durations.format(credentialsTtl));
    }
    if ((loginTokenTtl.isNegative() || loginTokenTtl.isZero()) || loginTokenTtl.compareTo(MAX_LOGIN_TOKEN_TTL) > 0) {
      throw new IllegalArgumentException("--login-token-ttl must be between 1s and 1d "
          + "(Cognito's TokenDuration is 1..86400 seconds); found "
          + dev.lapse.vocabulary.Durations.format(loginTokenTtl));
    }
    if (loginTokenTtl.getNano() != 0) {
      throw new IllegalArgumentException("--login-token-ttl must be whole seconds (Cognito's "
          + "TokenDuration is in seconds); found "
          + dev.lapse.vocabulary.Durations.format(loginTokenTtl));
    }
  }

  private static boolean isPortInUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  static Map<String, String> parseBuckets(List<String> specs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String spec : specs) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new IllegalArgumentException(
            "--bucket expects NAME=REGION such as photos=eu-west-1; found '" + spec + "'");
      }
      out.put(spec.substring(0, eq), spec.substring(eq + 1));
    }
    return out;
  }
}
