package dev.lapse.check;

import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** At most {@code limit} successful credential fetches per identity within one credential lifetime. */
final class RefreshBudget implements Check {
  private final int limit;

  RefreshBudget(int limit) {
    this.limit = limit;
  }

  @Override
  public String name() {
    return "refresh-budget";
  }

  @Override
  public List<Violation> check(RunRecord run) {
    Map<String, List<JournalEntry>> byIdentity = new LinkedHashMap<>();
    for (JournalEntry e : Fetches.successful(run.entries())) {
      byIdentity.computeIfAbsent(Fetches.identity(e), k -> new ArrayList<>()).add(e);
    }
    List<Violation> out = new ArrayList<>();
    byIdentity.forEach((identity, fetches) -> {
      for (int i = 0; i < fetches.size(); i++) {
        Instant windowEnd = fetches.get(i).receivedAt().plus(run.credentialsTtl());
        int j = i;
        while (j < fetches.size() && fetches.get(j).receivedAt().isBefore(windowEnd)) {
          j++;
        }
        if (j - i > limit) {
          JournalEntry over = fetches.get(i + limit);
          out.add(Describe.of(name(), run, over, "at most " + limit
                  + " credential fetches per credential lifetime",
              (j - i) + " fetches for " + identity + " between " + Describe.at(run,
                  fetches.get(i).receivedAt()) + " and " + Describe.at(run, windowEnd)
                  + "; this one is fetch " + (limit + 1)));
          return; // one violation per identity is enough to read
        }
      }
    });
    return out;
  }
}
