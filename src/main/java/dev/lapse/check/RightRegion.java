package dev.lapse.check;

import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import dev.lapse.journal.Verdicts;
import java.util.ArrayList;
import java.util.List;

/** No request signed for the wrong region or sent to the wrong regional endpoint. */
final class RightRegion implements Check {
  @Override
  public String name() {
    return "right-region";
  }

  @Override
  public List<Violation> check(RunRecord run) {
    List<Violation> out = new ArrayList<>();
    for (JournalEntry e : run.entries()) {
      boolean wrong = e.signature() == Verdicts.Signature.WRONG_REGION
          || "PermanentRedirect".equals(e.errorCode())
          || ("AuthorizationHeaderMalformed".equals(e.errorCode()) && e.errorMessage() != null
              && e.errorMessage().contains("region"));
      if (wrong) {
        out.add(Describe.of(name(), run, e, "requests signed for the resource's region",
            Describe.request(run, e) + " was signed for " + e.region() + "; AWS answered "
                + e.errorCode() + (e.errorMessage() == null ? "" : ": " + e.errorMessage())));
      }
    }
    return out;
  }
}
