package dev.lapse;

import dev.lapse.FuzzCheck;
import dev.lapse.fuzz.FuzzOptions;
import dev.lapse.internal.external.ProviderNames;
import dev.lapse.junit.ScenarioSuite;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.scenario.Scenario;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

/**
 * Where a user's test class starts: run scenarios against a provider as JUnit dynamic tests,
 * or fuzz a provider with generated scenarios.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> suite() {
 *   return Lapse.bundledScenarios().against(new MyProviderFactory()).tests();
 * }
 *
 * @Test
 * void neverSendsAnExpiredToken() {
 *   Lapse.fuzz(MyProviderFactory.class).tries(2_000).seed(42).check();
 * }
 * }</pre>
 */
public final class Lapse {
  private Lapse() {}

  /** The scenarios Lapse ships (those of its {@code scenarios/} folder), from its jar. */
  public static ScenarioSuite bundledScenarios() {
    return ScenarioSuite.bundled();
  }

  /**
   * Scenario files and folders of them. A path that does not exist is an
   * IllegalArgumentException naming the working directory.
   */
  public static ScenarioSuite scenarios(Path... paths) {
    return ScenarioSuite.of(paths);
  }

  /**
   * Scenario files, folders, or classpath resources: {@code "classpath:scenarios"} reads every
   * .yaml below {@code scenarios/} on the classpath (e.g. {@code src/test/resources/scenarios}),
   * in a folder or a jar; anything else is a file path.
   */
  public static ScenarioSuite scenarios(String... locations) {
    return ScenarioSuite.of(locations);
  }

  /** Scenarios built in Java with {@link Scenario#builder(String)}. */
  public static ScenarioSuite scenarios(Scenario... scenarios) {
    return ScenarioSuite.of(scenarios);
  }

  /**
   * Property-based fuzzing of refresh timing: generated scenarios, the first failure shrunk to
   * the smallest scenario that still fails. The factory class needs a public no-argument
   * constructor; its name is what the rerun command passes to {@code --provider}.
   */
  public static FuzzCheck fuzz(Class<? extends CredentialsProviderFactory> factoryClass) {
    CredentialsProviderFactory factory;
    try {
      factory = factoryClass.getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(factoryClass.getName()
          + " failed in its constructor: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(factoryClass.getName()
          + " needs a public no-argument constructor (" + e + ")", e);
    }
    return new FuzzCheck(factoryClass.getName(), factory, FuzzOptions.defaults());
  }

  /**
   * Fuzzes the provider {@code name} names, as {@link #provider(String)} resolves it; the rerun
   * command passes {@code name} to {@code --provider}. For a JavaScript or Python provider:
   * {@code Lapse.fuzz("node:src/provider.mjs").tries(300).check()}.
   */
  public static FuzzCheck fuzz(String name) {
    return new FuzzCheck(name, provider(name), FuzzOptions.defaults());
  }

  /**
   * A provider by the name {@code lapse run --provider} takes: a bundled short name
   * ({@code robust}), a factory class name, or a module in another language,
   * {@code node:path/to/provider.mjs} or {@code python:path/to/provider.py}. A module is loaded
   * once here, so one that cannot load (a syntax error, a missing package or runtime) fails
   * now, with the reason, as an IllegalArgumentException.
   */
  public static CredentialsProviderFactory provider(String name) {
    return ProviderNames.resolve(name, Lapse.class.getClassLoader());
  }

  /** As {@link #fuzz(Class)}, for a factory already built (with arguments, say). */
  public static FuzzCheck fuzz(CredentialsProviderFactory factory) {
    return new FuzzCheck(factory.getClass().getName(), factory, FuzzOptions.defaults());
  }
}
