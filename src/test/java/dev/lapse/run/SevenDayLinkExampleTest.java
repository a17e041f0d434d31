package dev.lapse.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.Lapse;
import dev.lapse.check.Violation;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.reference.RobustProviderFactory;
import dev.lapse.provider.reference.SdkCachedProviderFactory;
import dev.lapse.provider.reference.SeedNaiveProviderFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documented example outside the bundled suite: a 7-day link from one-hour Cognito
 * credentials dies after an hour for every provider, and the violation says why in one sentence.
 */
class SevenDayLinkExampleTest {
  private static final Path EXAMPLE = Path.of("examples", "scenarios", "seven-day-link.yaml");

  @Test
  void noCognitoBackedProviderCanHonourASevenDayLink() {
    Map<String, CredentialsProviderFactory> providers = Map.of("robust",
        new RobustProviderFactory(), "sdk-cached", new SdkCachedProviderFactory(), "seed-naive",
        new SeedNaiveProviderFactory());
    providers.forEach((name, factory) -> {
      RunResult r = Lapse.scenarios(EXAMPLE).against(name, factory).run().get(0);
      List<Violation> v = r.violationsOf("presigned-links-live");
      assertEquals(1, v.size(), () -> name + ": " + r.violations());
      assertEquals("+2h00m00s", v.get(0).at(), name);
      assertTrue(v.get(0).seen().endsWith("no provider can honour this link: a presigned link"
          + " cannot outlive the temporary credentials that signed it, and these live 1h while"
          + " the link asked for 7d"), v.get(0).seen());
    });
  }
}
