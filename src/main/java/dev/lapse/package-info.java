/**
 * Lapse: a test harness for code that holds temporary AWS credentials. {@link dev.lapse.Lapse}
 * is the one entry point a user's test needs:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> myProviderSurvivesTheSuite() {
 *   return Lapse.scenarios(Path.of("scenarios")).against(new MyProviderFactory()).tests();
 * }
 *
 * @Test
 * void fuzzedRefreshTimingNeverSendsAnExpiredToken() {
 *   Lapse.fuzz(MyProviderFactory.class).tries(2_000).seed(42).check();
 * }
 * }</pre>
 *
 * <p>The public API is this package and {@code provider} (the SPI a provider implements),
 * {@code scenario} (the model and builder), {@code vocabulary} (services, operations, faults),
 * {@code clock} (virtual time), the results ({@code run.RunResult}, {@code history},
 * {@code journal}, {@code check.Violation}), {@code fuzz.FuzzCheck} and {@code junit}. Packages
 * under {@code dev.lapse.internal} are Lapse's own and change without notice.
 */
package dev.lapse;
