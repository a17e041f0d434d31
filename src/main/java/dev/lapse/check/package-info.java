/**
 * The checks a scenario's {@code expect:} names, each an invariant over a run's history
 * ({@link dev.lapse.history.RunRecord}), and the {@link dev.lapse.check.Violation} values they
 * produce: check name, offset from the run's start, step, journal sequence number, what was
 * expected and what was seen. Tests, reports and the command line read the same values.
 *
 * <pre>{@code
 * List<Violation> found = Checks.verify(scenario.expect(), result.record());
 * found.forEach(v -> System.out.println(v.message()));
 * }</pre>
 */
package dev.lapse.check;
