package dev.lapse.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** `lapse serve` refuses options it cannot honour with exit 2 and a sentence, never a trace. */
class ServeOptionsTest {
  private record Outcome(int code, String err) {}

  private static Outcome serve(String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setErr(new PrintStream(e, true));
    try {
      String[] all = new String[args.length + 1];
      all[0] = "serve";
      System.arraycopy(args, 0, all, 1, args.length);
      return new Outcome(Main.execute(all), e.toString());
    } finally {
      System.setErr(err);
    }
  }

  private static void assertRefused(Outcome o, String sentence) {
    assertEquals(Main.BAD_INPUT, o.code(), o.err());
    assertTrue(o.err().contains(sentence), o.err());
    assertFalse(o.err().contains("Exception"), o.err());
    assertFalse(o.err().contains("java."), o.err());
  }

  @Test
  void aPortOutOfRangeIsRefused() {
    assertRefused(serve("--port", "99999"), "--port must be 0..65535");
  }

  @Test
  void aPortInUseIsRefused() {
    try (World taken = World.start(WorldConfig.defaults())) {
      assertRefused(serve("--port", String.valueOf(taken.port())), "the port is in use");
    }
  }

  @Test
  void aZeroCredentialsLifetimeIsRefused() {
    assertRefused(serve("--credentials-ttl", "0s"), "--credentials-ttl must be positive");
  }

  @Test
  void aLoginTokenLifetimeAboveOneDayIsRefusedAsCognitoRefusesIt() {
    assertRefused(serve("--login-token-ttl", "25h"), "between 1s and 1d");
  }

  @Test
  void aClockModeOtherThanStoppedOrFollowIsRefused() {
    assertRefused(serve("--clock", "running"), "--clock must be stopped or follow; found 'running'");
  }
}
