/**
 * Runs scenarios: {@link dev.lapse.run.ScenarioRunner} gives each scenario a fresh fake AWS and
 * device on virtual time, executes every step, and checks the history; the outcome is a
 * {@link dev.lapse.run.RunResult} (the scenario, the provider, the recorded history and the
 * violations). Most users reach it through {@link dev.lapse.Lapse#scenarios}.
 *
 * <pre>{@code
 * try (ScenarioRunner runner = new ScenarioRunner()) {
 *   RunResult result = runner.run(scenario, "mine", new MyProviderFactory());
 *   assertTrue(result.passed(), () -> result.violations().toString());
 * }
 * }</pre>
 */
package dev.lapse.run;
