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
      for (String key : carried(e)) {
        JournalEntry first = refused.get(key);
        if (first != null && e.receivedAt().isAfter(first.receivedAt()) && reported.add(key)) {
          String what = key.startsWith(CREDENTIALS) ? Describe.credentials(run, e.credentials())
              : Describe.token(run, e.loginToken());
          out.add(Describe.of(name(), run, e, "refused credentials and tokens never presented"
                  + " again", Describe.request(run, e) + " presented " + what + " again after AWS refused them"
                  + " for " + Describe.request(run, first) + " (#" + first.seq()
                  + (first.errorCode() == null ? "" : ", " + first.errorCode()) + ")"));
        }
      }
      if (Refreshes.refusedCredentials(e)) {
        refused.putIfAbsent(CREDENTIALS + e.credentials().accessKeyId(), e);
      }
      if (Refreshes.refusedToken(e)) {
        refused.putIfAbsent(TOKEN + e.loginToken().tokenId(), e);
      }
    }
    return out;
  }

  private static final String CREDENTIALS = "credentials ";
  private static final String TOKEN = "token ";

  private static List<String> carried(JournalEntry e) {
    List<String> out = new ArrayList<>(2);
    if (e.credentials() != null) {
      out.add(CREDENTIALS + e.credentials().accessKeyId());
    }
    if (e.loginToken() != null) {
      out.add(TOKEN + e.loginToken().tokenId());
    }
    return out;
  }
}
