package dev.lapse.check;

import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import dev.lapse.history.StepRecord;
import dev.lapse.scenario.Lifecycle;
import java.util.ArrayList;
import java.util.List;

/** No request from a terminated launch: nothing between a terminate and the next launch. */
final class QuietAfterTerminate implements Check {
  @Override
  public String name() {
    return "quiet-after-terminate";
  }

  @Override
  public List<Violation> check(RunRecord run) {
    List<Violation> out = new ArrayList<>();
    List<StepRecord> steps = run.steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).step().lifecycleEvent() != Lifecycle.Event.TERMINATE) {
        continue;
      }
      long from = steps.get(i).seqBefore();
      long to = Long.MAX_VALUE;
      for (int j = i + 1; j < steps.size(); j++) {
        if (steps.get(j).step().lifecycleEvent() == Lifecycle.Event.LAUNCH) {
          to = steps.get(j).seqBefore();
          break;
        }
      }
      for (JournalEntry e : run.entries()) {
        if (e.seq() > from && e.seq() <= to) {
          out.add(Describe.of(name(), run, e, "silence from launch " + steps.get(i).launch()
                  + " after it was terminated at " + steps.get(i).label(),
              Describe.request(run, e) + " was sent after the app was terminated"));
        }
      }
    }
    return out;
  }
}
