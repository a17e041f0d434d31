package dev.lapse.scenario;

import dev.lapse.vocabulary.WorldSpec;
import java.util.List;
import java.util.Objects;

/**
 * One scenario: an app's life in a fake AWS world, and the checks that must hold over it.
 * Immutable; a scenario that exists is valid: every step names a declared bucket and client,
 * and the device always has a {@code default} client.
 *
 * @param about free text for reports; empty when absent
 * @param steps in file order, numbered from 1 in reports. May be empty here, so a shrinker
 *     can try that; the reader and the builder insist on at least one.
 * @param expect the checks to run; default {@link #DEFAULT_EXPECTATIONS} when given null
 */
public record Scenario(
    String name, String about, WorldSpec world, DeviceSpec device, List<Step> steps,
    List<Expectation> expect) {

  public static final List<Expectation> DEFAULT_EXPECTATIONS = List.of(
      Expectation.of(CheckName.NO_EXPIRED_TOKEN), Expectation.of(CheckName.CALLS_SUCCEED));

  public Scenario {
    name = Validate.name(name, "scenario name");
    about = about == null ? "" : about;
    world = world == null ? WorldSpec.defaults() : world;
    device = (device == null ? DeviceSpec.defaults() : device)
        .withDefaultClient(world.cognitoRegion());
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    expect = expect == null ? DEFAULT_EXPECTATIONS : List.copyOf(expect);
    new References(world, device).checkAll(steps);
    ScenarioLimits.check(steps);
  }

  /** Starts a fluent, immutable builder; see {@link ScenarioBuilder}. */
  public static ScenarioBuilder builder(String name) {
    return ScenarioBuilder.named(name);
  }

  public Scenario withName(String name) {
    return new Scenario(name, about, world, device, steps, expect);
  }

  public Scenario withAbout(String about) {
    return new Scenario(name, about, world, device, steps, expect);
  }

  /** The same world, device and checks with other steps: what a shrinker needs. */
  public Scenario withSteps(List<Step> steps) {
    return new Scenario(name, about, world, device, steps, expect);
  }

  public Scenario withExpect(List<Expectation> expect) {
    return new Scenario(name, about, world, device, steps, expect);
  }

  public Scenario withWorld(WorldSpec world) {
    return new Scenario(name, about, world, device, steps, expect);
  }

  public Scenario withDevice(DeviceSpec device) {
    return new Scenario(name, about, world, device, steps, expect);
  }
}
