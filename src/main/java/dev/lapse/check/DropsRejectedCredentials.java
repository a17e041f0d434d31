package dev.lapse.check;

import dev.lapse.history.RunRecord;
import dev.lapse.journal.JournalEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Once AWS refused a request for the credentials or the login token it carried (expired, or
 * revoked), the app never presents them again. Requests at the very instant of the refusal are
 * forgiven: on virtual time they may have been signed, on another thread, before the refusal
 * came back (the same reading of "at once" as single-flight's).
 */
final class DropsRejectedCredentials implements Check {
  @Override
  public String name() {
    return "drops-rejected-credentials";
  }

  @Override
  public List<Violation> check(RunRecord run) {
    List<Violation> out = new ArrayList<>();
    Map<String, JournalEntry> refused = new HashMap<>();
    Set<String> reported = new HashSet<>();
    for (JournalEntry e : run.entries()) {
      for (String what : carried(run, e)) {
        JournalEntry first = refused.get(what);
        if (first != null && e.receivedAt().isAfter(first.receivedAt()) && reported.add(what)) {
          out.add(Describe.of(name(), run, e, "refused credentials and tokens never presented"
                  + " again", Describe.request(run, e) + " presented " + what + " again after AWS refused them"
                  + " for " + Describe.request(run, first) + " (#" + first.seq()
                  + (first.errorCode() == null ? "" : ", " + first.errorCode()) + ")"));
        }
      }
      if (Refreshes.refusedCredentials(e)) {
        refused.putIfAbsent(Describe.credentials(run, e.credentials()), e);
      }
      if (Refreshes.refusedToken(e)) {
        refused.putIfAbsent(Describe.token(run, e.loginToken()), e);
      }
    }
    return out;
  }

  private static List<String> carried(RunRecord run, JournalEntry e) {
    List<String> out = new ArrayList<>(2);
    if (e.credentials() != null) {
      out.add(Describe.credentials(run, e.credentials()));
    }
    if (e.loginToken() != null) {
      out.add(Describe.token(run, e.loginToken()));
    }
    return out;
  }
}
