package dev.lapse.internal.aws.world;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The one deadline a body has: more than 30 s since the headers and under 1 KiB/s. Judged
 * here on numbers, since waiting 30 s of real time for it would make a slow test and prove no
 * more: the rule is a function of elapsed time and bytes, and BodyCollector applies it.
 */
class HostileBodyDeadlineTest {
  private static long seconds(double s) {
    return (long) (s * TimeUnit.SECONDS.toNanos(1));
  }

  @Test
  void aBodyReadLateOnABusyMachineIsNeverCutOff() {
    // Jetty's minimum data rate refused exactly this: a small PUT whose first read came late.
    assertFalse(BodyCollector.tooSlow(seconds(5), 0));
    assertFalse(BodyCollector.tooSlow(seconds(29.9), 0));
    // A long upload that keeps even a crawl of 2 KiB/s goes on as long as it takes.
    assertFalse(BodyCollector.tooSlow(seconds(3600), 3600L * 2048));
  }

  @Test
  void aBodyThatTricklesIsCutOffAfterThirtySeconds() {
    // One byte every 200 ms, the benchmark's slow sender: 5 bytes/s.
    assertTrue(BodyCollector.tooSlow(seconds(30.2), 151));
    // Just under 1 KiB/s on average, past 30 s.
    assertTrue(BodyCollector.tooSlow(seconds(40), 40L * 1024 - 1));
    assertFalse(BodyCollector.tooSlow(seconds(40), 40L * 1024));
  }
}
