package dev.lapse.internal.report;

import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import dev.lapse.journal.TokenFacts;
import dev.lapse.internal.report.Timeline.Bar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One bar per login token and per credential set, from issue to expiry, with the moments
 * requests presented it: before expiry as ticks on the bar, after it as red ticks beyond the
 * bar's end. A set presented but never seen issued (issued before the journal's window) still
 * gets its bar, from the facts the request carried. Long-term keys (issued at no known time,
 * never expiring, such as the developer backend's IAM user) get none.
 */
final class ValidityFacts {
  private final RunRecord run;

  ValidityFacts(RunRecord run) {
    this.run = run;
  }

  List<Bar> tokens() {
    Map<String, TokenFacts> facts = new LinkedHashMap<>();
    Map<String, Uses> uses = new LinkedHashMap<>();
    for (JournalEntry e : run.entries()) {
      if (e.issuedToken() != null) {
        facts.putIfAbsent(e.issuedToken().tokenId(), e.issuedToken());
      }
      TokenFacts t = e.loginToken();
      if (t != null) {
        facts.putIfAbsent(t.tokenId(), t);
        uses.computeIfAbsent(t.tokenId(), k -> new Uses()).add(e.judgedAt(), t.expiredAt(e.judgedAt()));
      }
    }
    List<Bar> bars = new ArrayList<>();
    for (TokenFacts t : facts.values()) {
      Uses u = uses.getOrDefault(t.tokenId(), new Uses());
      String title = "login token " + t.tokenId() + " (" + t.kind() + ") for " + t.identityId()
          + "\nissued " + at(t.issuedAt()) + ", expires " + at(t.expiresAt()) + u.describe();
      bars.add(new Bar(t.tokenId(), t.issuedAt(), t.expiresAt(), "token", title, u.valid, u.late));
    }
    bars.sort(Comparator.comparing(Bar::from).thenComparing(Bar::label));
    return bars;
  }

  List<Bar> credentials() {
    Map<String, CredentialFacts> facts = new LinkedHashMap<>();
    Map<String, Uses> uses = new LinkedHashMap<>();
    for (JournalEntry e : run.entries()) {
      if (e.issuedCredentials() != null) {
        facts.putIfAbsent(e.issuedCredentials().accessKeyId(), e.issuedCredentials());
      }
      CredentialFacts c = e.credentials();
      if (c != null) {
        facts.putIfAbsent(c.accessKeyId(), c);
        uses.computeIfAbsent(c.accessKeyId(), k -> new Uses())
            .add(e.judgedAt(), c.expiredAt(e.judgedAt()));
      }
    }
    List<Bar> bars = new ArrayList<>();
    for (CredentialFacts c : facts.values()) {
      if (c.issuedAt() == null) {
        continue; // long-term keys (the backend's IAM user): nothing that can expire to draw
      }
      Uses u = uses.getOrDefault(c.accessKeyId(), new Uses());
      String title = "credentials " + c.accessKeyId()
          + (c.identityId() == null ? "" : " for " + c.identityId())
          + "\nissued " + at(c.issuedAt()) + " by " + c.issuedBy()
          + (c.fromToken() == null ? "" : " for login token " + c.fromToken())
          + (c.expiresAt() == null ? ", never expire" : ", expire " + at(c.expiresAt()))
          + u.describe();
      bars.add(new Bar(shortKey(c.accessKeyId()), c.issuedAt(), c.expiresAt(), "creds", title,
          u.valid, u.late));
    }
    bars.sort(Comparator.comparing(Bar::from).thenComparing(Bar::label));
    return bars;
  }

  /** Fake keys share a long prefix; their tail is what tells them apart. */
  static String shortKey(String accessKeyId) {
    return accessKeyId.length() <= 10 ? accessKeyId
        : accessKeyId.substring(0, 4) + "…" + accessKeyId.substring(accessKeyId.length() - 5);
  }

  private String at(Instant t) {
    return Text.offset(run.start(), t);
  }

  /** When requests presented one token or credential set. */
  private static final class Uses {
    final List<Instant> valid = new ArrayList<>();
    final List<Instant> late = new ArrayList<>();

    void add(Instant t, boolean expired) {
      (expired ? late : valid).add(t);
    }

    String describe() {
      int n = valid.size() + late.size();
      if (n == 0) {
        return "\nnever presented";
      }
      return "\npresented by " + n + (n == 1 ? " request" : " requests")
          + (late.isEmpty() ? "" : ", " + late.size() + " after expiry");
    }
  }
}
