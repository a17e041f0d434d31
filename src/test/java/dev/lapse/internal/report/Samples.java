package dev.lapse.internal.report;

import dev.lapse.journal.CredentialFacts;
import dev.lapse.run.RunResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Hand-built runs covering what a timeline draws. */
public final class Samples {
  private Samples() {}

  /**
   * The seed bug: the app is closed for three hours and relaunched; a naive provider reuses
   * the keychain's credentials, which expired two hours ago.
   */
  public static RunResult relaunchAfterIdle(String provider, boolean naive) {
    FakeRun run = new FakeRun("relaunch-after-idle", provider);
    CredentialFacts[] creds = new CredentialFacts[1];
    run.launch().get("cat.jpg", () -> {
      creds[0] = run.credentials(run.login());
      run.s3Get("cat.jpg", creds[0], 0);
    }).terminate().waitFor(Duration.ofHours(3)).launch().get("cat.jpg", () -> {
      if (!naive) {
        creds[0] = run.credentials(run.login());
      }
      run.s3Get("cat.jpg", creds[0], 0);
    });
    return run.result();
  }

  /** A working day: a get every 20 minutes, refreshing before expiry, with skew and latency. */
  public static RunResult busyDay(String provider) {
    FakeRun run = new FakeRun("busy-day", provider);
    run.skew(Duration.ofMinutes(5)).latency(Duration.ofSeconds(2)).launch();
    CredentialFacts[] creds = new CredentialFacts[1];
    for (int i = 0; i < 15; i++) {
      run.get("doc" + i, () -> {
        if (creds[0] == null || !creds[0].expiresAt().isAfter(run.now().plusSeconds(600))) {
          creds[0] = run.credentials(run.login());
        }
        run.s3Get("doc.txt", creds[0], 0);
      });
      if (i == 6) {
        run.background().waitFor(Duration.ofMinutes(20)).foreground();
      } else {
        run.waitFor(Duration.ofMinutes(20));
      }
    }
    return run.result();
  }

  /** A burst of parallel calls, then S3 throttling while a fault is injected, then a retry. */
  public static RunResult burstAndFault(String provider) {
    FakeRun run = new FakeRun("burst-and-fault", provider);
    CredentialFacts[] creds = new CredentialFacts[1];
    run.launch().get("a.jpg", () -> {
      creds[0] = run.credentials(run.login());
      for (int t = 1; t <= 8; t++) {
        run.s3Get("a.jpg", creds[0], t);
      }
    }).waitFor(Duration.ofSeconds(30));
    run.fault("throttle").get("b.jpg", () -> run.s3Get("b.jpg", creds[0], 0));
    run.fault(null).waitFor(Duration.ofSeconds(40)).get("b.jpg", () -> run.s3Get("b.jpg",
        creds[0], 0));
    return run.result();
  }

  /** The provider throws on the second launch: a calls-succeed violation with no request. */
  public static RunResult brokenRelaunch(String provider) {
    FakeRun run = new FakeRun("broken-relaunch", provider);
    run.launch().get("cat.jpg", () -> run.s3Get("cat.jpg", run.credentials(run.login()), 0))
        .terminate().waitFor(Duration.ofMinutes(90))
        .failedLaunch("keychain item has no identity id");
    return run.result();
  }

  /**
   * {@code requests} GetObjects, one every 700 ms for a naive provider that never refreshes:
   * once its credentials expire, every request after is a violation.
   */
  public static RunResult flood(String provider, int requests) {
    FakeRun run = new FakeRun("flood-" + requests, provider);
    run.launch();
    CredentialFacts[] creds = new CredentialFacts[1];
    run.get("x", () -> creds[0] = run.credentials(run.login()));
    for (int i = 0; i < requests; i++) {
      run.get("k" + (i % 50), () -> run.s3Get("k.bin", creds[0], 0));
      run.waitFor(Duration.ofMillis(700));
    }
    return run.result();
  }

  /**
   * A run the runner could not judge: cut off in one step, and on the rerun in another, with
   * the stack of the provider thread it cut off.
   */
  public static RunResult inconclusive(String provider) {
    RunResult base = relaunchAfterIdle(provider, false);
    return new RunResult(base.scenario().withName("cut-off-twice"), provider, base.record(),
        List.of(), "could not judge: step 1 (launch) was cut off after 10s of real time, and "
            + "on a rerun with 1m step 2 (get photos/cat.jpg) was",
        "\"lapse-app-call\" WAITING\n    at java.base/jdk.internal.misc.Unsafe.park(Native Method)\n");
  }

  public static List<RunResult> suite() {
    List<RunResult> all = new ArrayList<>();
    for (String provider : List.of("seed-naive", "refreshing")) {
      boolean naive = provider.equals("seed-naive");
      all.add(relaunchAfterIdle(provider, naive));
      all.add(busyDay(provider));
      all.add(burstAndFault(provider));
      if (naive) {
        all.add(brokenRelaunch(provider));
      }
    }
    return all;
  }

}
