package dev.lapse.check;

import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import dev.lapse.history.StepRecord;
import dev.lapse.scenario.StepKind;
import java.util.ArrayList;
import java.util.List;

/** The identity id survives relaunch unless the keychain was wiped. */
final class StableIdentity implements Check {
  @Override
  public String name() {
    return "stable-identity";
  }

  @Override
  public List<Violation> check(RunRecord run) {
    List<Violation> out = new ArrayList<>();
    String current = null;
    long wipedAtSeq = -1;
    List<StepRecord> wipes = run.steps().stream()
        .filter(s -> s.step().kind() == StepKind.WIPE_KEYCHAIN).toList();
    for (JournalEntry e : run.entries()) {
      for (StepRecord w : wipes) {
        if (w.seqAfter() < e.seq() && w.seqAfter() > wipedAtSeq) {
          wipedAtSeq = w.seqAfter();
          current = null;
        }
      }
      String id = e.issuedIdentityId();
      if (id == null) {
        continue;
      }
      if (current == null) {
        current = id;
      } else if (!current.equals(id)) {
        out.add(Describe.of(name(), run, e, "the identity id " + current
                + " to survive relaunch (the keychain was not wiped)",
            Describe.request(run, e) + " got a new identity id " + id));
        current = id;
      }
    }
    return out;
  }
}
