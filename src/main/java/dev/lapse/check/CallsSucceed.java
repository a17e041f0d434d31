package dev.lapse.check;

import dev.lapse.history.CallOutcome;
import dev.lapse.history.RunRecord;
import dev.lapse.history.StepRecord;
import dev.lapse.journal.JournalEntry;
import dev.lapse.vocabulary.FaultKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Every app call succeeded, faults allowing: a call made while an injected fault is active
 * may fail; any other failure, including the first call after an outage, may not. One more
 * allowance: the call whose request was the first refused for credentials a revoke made
 * invalid (an app learns of a revocation only by being refused, whenever it comes).
 */
final class CallsSucceed implements Check {
  /** The error code of a call the real-time step limit cut off (dev.lapse.internal.device.StepCutOff). */
  static final String CUT_OFF = "StepCutOff";

  @Override
  public String name() {
    return "calls-succeed";
  }

  @Override
  public List<Violation> check(RunRecord run) {
    List<Violation> out = new ArrayList<>();
    java.util.Set<String> refusedBefore = new java.util.HashSet<>();
    for (StepRecord step : run.steps()) {
      boolean firstRevokedRefusal = false;
      for (JournalEntry e : run.entries()) {
        if (step.covers(e.seq()) && Refreshes.refusedCredentials(e)
            && FaultKind.REVOKE.keyword().equals(e.fault())) {
          firstRevokedRefusal |= refusedBefore.add(e.credentials().accessKeyId());
        }
      }
      for (CallOutcome c : step.calls()) {
        if (c.ok() || c.faultActive() || CUT_OFF.equals(c.errorCode())
            || firstRevokedRefusal) { // (a HEAD's refusal names no code: its body is empty)
          // A call cut off by the real-time limit is not evidence: the runner judges it.
          continue;
        }
        out.add(new Violation(name(), Describe.at(run, c.at()), step.label(), 0,
            "the call to succeed",
            c.call() + (c.thread() > 0 ? " (thread " + c.thread() + ")" : "") + " failed with "
                + c.errorCode() + (c.message() == null ? "" : ": " + c.message())));
      }
    }
    return out;
  }
}
