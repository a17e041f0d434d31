package dev.lapse.run;

import dev.lapse.internal.device.StepCutOff;
import dev.lapse.history.CallOutcome;
import dev.lapse.history.StepRecord;

/** Where the real-time step limit cut provider code off, as the step records show it. */
final class CutOffs {
  static final String CODE = StepCutOff.class.getSimpleName();

  private CutOffs() {}

  static boolean in(StepRecord step) {
    if (step.note() != null && step.note().contains(CODE)) {
      return true;
    }
    for (CallOutcome c : step.calls()) {
      if (CODE.equals(c.errorCode())) {
        return true;
      }
    }
    return false;
  }
}
