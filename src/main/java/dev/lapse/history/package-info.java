/**
 * The history of one scenario run, Jepsen style: every executed step
 * ({@link dev.lapse.history.StepRecord}, carrying the typed {@link dev.lapse.scenario.Step}) with
 * the outcomes of the app's calls ({@link dev.lapse.history.CallOutcome}), and every request the
 * fake AWS journaled ({@link dev.lapse.journal.JournalEntry}), in one
 * {@link dev.lapse.history.RunRecord}. Checks and reports read it after the run; nothing here
 * runs anything.
 *
 * <pre>{@code
 * RunRecord run = result.record();
 * run.steps().stream().filter(s -> s.step().kind() == StepKind.LAUNCH).count();
 * }</pre>
 */
package dev.lapse.history;
