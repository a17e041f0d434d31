/**
 * JUnit entry points: {@link dev.lapse.junit.ScenarioSuite} turns a suite of scenarios into one
 * dynamic test per scenario against a provider; a failing scenario is an
 * {@code AssertionError} carrying its violations.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> suite() {
 *   return Lapse.scenarios(Path.of("scenarios")).against(new MyProviderFactory()).tests();
 * }
 * }</pre>
 */
package dev.lapse.junit;
