/**
 * What a fuzzing run is asked and what it answers: {@link dev.lapse.fuzz.FuzzOptions} (tries,
 * seed, time budget, shard), {@link dev.lapse.fuzz.FuzzReport} (tries done, failures, the
 * flaky ones) and {@link dev.lapse.fuzz.FuzzFailure} (the seed and try that failed, the
 * original and shrunk scenarios, the violation). Start one with {@link dev.lapse.Lapse#fuzz}:
 *
 * <pre>{@code
 * FuzzReport report = Lapse.fuzz(MyProviderFactory.class).tries(2_000).seed(42).check();
 * }</pre>
 */
package dev.lapse.fuzz;
