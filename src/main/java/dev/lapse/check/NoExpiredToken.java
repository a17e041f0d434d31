package dev.lapse.check;

import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * No request ever presented expired credentials or an expired login token when judged.
 * Presigned links are left to {@code presigned-links-live}: whoever opens a link presents
 * credentials the provider handed out when it was signed, not at the fetch.
 */
final class NoExpiredToken implements Check {
  @Override
  public String name() {
    return "no-expired-token";
  }

  @Override
  public List<Violation> check(RunRecord run) {
    List<Violation> out = new ArrayList<>();
    for (JournalEntry e : run.entries()) {
      if (!e.presentedExpired() || e.presigned() != null) {
        continue;
      }
      String what;
      if (e.credentials() != null && e.credentials().expiredAt(e.judgedAt())) {
        what = Describe.credentials(run, e.credentials());
      } else if (e.loginToken() != null) {
        what = Describe.token(run, e.loginToken());
      } else {
        what = "an expired token";
      }
      String judged = e.judgedAt().equals(e.receivedAt()) ? ""
          : " (judged at " + Describe.at(run, e.judgedAt()) + " after latency)";
      out.add(Describe.of(name(), run, e, "only unexpired credentials and tokens",
          Describe.request(run, e) + judged + " carried " + what
              + (e.errorCode() == null ? "" : "; AWS answered " + e.errorCode())));
    }
    return out;
  }
}
