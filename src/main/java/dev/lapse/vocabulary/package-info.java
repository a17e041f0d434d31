/**
 * The words every part of Lapse shares, defined once and depending on nothing: the fake
 * world's {@link dev.lapse.vocabulary.Service services} and
 * {@link dev.lapse.vocabulary.Operation operations}, and the
 * {@link dev.lapse.vocabulary.FaultTarget targets} and {@link dev.lapse.vocabulary.FaultKind
 * kinds} of injected faults. The fake AWS journals them, scenarios name them, the device calls
 * them, checks and reports read them; none of those keeps a copy or matches names as strings.
 *
 * <pre>{@code
 * Scenario.builder("outage").launch()
 *     .fault(FaultTarget.DEVELOPER_BACKEND, FaultKind.DOWN, Duration.ofMinutes(10))
 *     ...
 * }</pre>
 */
package dev.lapse.vocabulary;
