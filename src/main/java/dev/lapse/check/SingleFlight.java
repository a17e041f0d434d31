package dev.lapse.check;

import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Never two credential fetches for one identity in flight at once. On virtual time, "at once"
 * is "at the same virtual instant": two fetches that both succeeded at one instant means the
 * second could have waited for the first. Failed fetches (and the retries after them) are
 * allowed. The verdict counts successes per identity and instant, so it does not depend on the
 * order in which a parallel burst's threads happened to reach the server (real-time
 * interleaving): only the sequence numbers quoted in the sentence may differ between runs.
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
      if (!Fetches.isFetch(e) || !e.succeeded()) {
        continue;
      }
      String key = Fetches.identity(e) + "@" + e.receivedAt();
      JournalEntry earlier = firstSuccess.putIfAbsent(key, e);
      if (earlier != null) {
        out.add(Describe.of(name(), run, e, "one credential fetch per identity at a time",
            Describe.request(run, e) + " fetched credentials for " + Fetches.identity(e)
                + " while fetch #" + earlier.seq() + " at the same instant had already got "
                + (earlier.issuedCredentials() == null ? "them"
                    : earlier.issuedCredentials().accessKeyId())));
      }
    }
    return out;
  }
}
