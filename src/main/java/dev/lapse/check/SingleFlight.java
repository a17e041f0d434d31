package dev.lapse.check;

import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Never two credential fetches for one identity in flight at once. On virtual time, "at once"
 * is "at the same virtual instant": a second fetch at the instant an earlier one succeeded
 * could have waited for it. A fetch after a failed one (a retry) is allowed. Judging by the
 * virtual instant rather than by server-side overlap keeps the verdict deterministic.
 */
final class SingleFlight implements Check {
  @Override
  public String name() {
    return "single-flight";
  }

  @Override
  public List<Violation> check(RunRecord run) {
    List<Violation> out = new ArrayList<>();
    Map<String, JournalEntry> firstSuccess = new HashMap<>();
    for (JournalEntry e : run.entries()) {
      if (!Fetches.isFetch(e)) {
        continue;
      }
      String key = Fetches.identity(e) + "@" + e.receivedAt();
      JournalEntry earlier = firstSuccess.get(key);
      if (earlier != null) {
        out.add(Describe.of(name(), run, e, "one credential fetch per identity at a time",
            Describe.request(run, e) + " fetched credentials for " + Fetches.identity(e)
                + " while fetch #" + earlier.seq() + " at the same instant had already got "
                + (earlier.issuedCredentials() == null ? "them"
                    : earlier.issuedCredentials().accessKeyId())));
      } else if (e.succeeded()) {
        firstSuccess.put(key, e);
      }
    }
    return out;
  }
}
