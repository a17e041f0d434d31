package dev.lapse.provider.reference;

import dev.lapse.provider.Device;
import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundledProvidersTest {
  private static final ClassLoader LOADER = BundledProvidersTest.class.getClassLoader();

  @Test
  void listsTheBundledProvidersInOrder() {
    assertEquals(List.of("seed-naive", "robust", "sdk-cached"),
        List.copyOf(BundledProviders.all().keySet()));
    assertThrows(UnsupportedOperationException.class,
        () -> BundledProviders.all().put("x", RobustProviderFactory::new));
  }

  @Test
  void findsBundledProvidersByShortName() {
    assertInstanceOf(SeedNaiveProviderFactory.class,
        BundledProviders.byName("seed-naive", LOADER));
    assertInstanceOf(RobustProviderFactory.class, BundledProviders.byName(" robust ", LOADER));
    assertInstanceOf(SdkCachedProviderFactory.class,
        BundledProviders.byName("sdk-cached", LOADER));
  }

  @Test
  void instantiatesAFactoryByClassName() {
    assertInstanceOf(PublicFactory.class,
        BundledProviders.byName(PublicFactory.class.getName(), LOADER));
    assertInstanceOf(RobustProviderFactory.class,
        BundledProviders.byName(RobustProviderFactory.class.getName(), LOADER));
  }

  @Test
  void refusesWhatIsNeitherWithTheBundledNames() {
    assertRefused("no-such-provider", "no class of that name");
    assertRefused("java.lang.String", "does not implement");
    assertRefused(NoDefaultConstructor.class.getName(), "public no-argument constructor");
    assertRefused(AbstractFactory.class.getName(), "abstract");
    assertRefused("", "no provider name");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BundledProviders.byName(Throwing.class.getName(), LOADER));
    assertTrue(e.getMessage().contains("failed in its constructor"), e.getMessage());
  }

  private static void assertRefused(String name, String why) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BundledProviders.byName(name, LOADER));
    assertTrue(e.getMessage().contains(why), e.getMessage());
    assertTrue(e.getMessage().contains("seed-naive, robust, sdk-cached"), e.getMessage());
  }

  public static final class PublicFactory implements CredentialsProviderFactory {
    @Override
    public AppProviders launch(Device device) {
      throw new UnsupportedOperationException();
    }
  }

  public static final class NoDefaultConstructor implements CredentialsProviderFactory {
    public NoDefaultConstructor(String unused) {}

    @Override
    public AppProviders launch(Device device) {
      throw new UnsupportedOperationException();
    }
  }

  public abstract static class AbstractFactory implements CredentialsProviderFactory {}

  public static final class Throwing implements CredentialsProviderFactory {
    public Throwing() {
      throw new IllegalStateException("no config");
    }

    @Override
    public AppProviders launch(Device device) {
      throw new UnsupportedOperationException();
    }
  }
}
