/**
 * Lapse in a user's own JUnit build (Jupiter 5.10 to 6.x; Lapse brings no JUnit of its own).
 *
 * <ul>
 *   <li>{@link dev.lapse.junit.LapseTest}: a running fake AWS per test (or per class), injected
 *       as a {@link dev.lapse.junit.FakeAws} parameter and closed afterwards;
 *   <li>{@link dev.lapse.junit.ScenarioSuite}: scenarios against a provider as one dynamic test
 *       each, from {@code Lapse.bundledScenarios()} or {@code Lapse.scenarios(...)}.
 * </ul>
 *
 * <pre>{@code
 * @LapseTest
 * class PhotoCredentialsTest {
 *   @TestFactory
 *   Stream<DynamicTest> survivesTheBundledSuite() {
 *     return Lapse.bundledScenarios().against(new PhotoCredentialsFactory()).tests();
 *   }
 *
 *   @Test
 *   void refreshesBeforeTheHourIsUp(FakeAws aws) {
 *     // point the code under test at aws.endpoint(), hand it aws.clock(), then:
 *     aws.advance(Duration.ofMinutes(50));
 *     aws.assertNoViolations();
 *   }
 * }
 * }</pre>
 */
package dev.lapse.junit;
