package dev.lapse.internal.report;

import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import dev.lapse.journal.TokenFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON report's tables of credential sets and login tokens: each listed once, by id, so
 * that journal entries can refer to them instead of repeating their facts.
 */
final class JsonFacts {
  private final JsonReport report;

  JsonFacts(JsonReport report) {
    this.report = report;
  }

  /** Every credential set seen, issued or presented, by access key id (sorted: stable). */
  List<Object> credentials(RunRecord run) {
    Map<String, CredentialFacts> byId = new TreeMap<>();
    for (JournalEntry e : run.entries()) {
      for (CredentialFacts c : new CredentialFacts[] {e.issuedCredentials(), e.credentials()}) {
        if (c != null) {
          byId.putIfAbsent(c.accessKeyId(), c);
        }
      }
    }
    List<Object> out = new ArrayList<>();
    for (CredentialFacts c : byId.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("accessKeyId", c.accessKeyId());
      m.put("identityId", c.identityId());
      report.time(m, "issued", c.issuedAt());
      report.time(m, "expires", c.expiresAt());
      m.put("issuedBy", c.issuedBy());
      m.put("fromToken", c.fromToken());
      out.add(m);
    }
    return out;
  }

  List<Object> tokens(RunRecord run) {
    Map<String, TokenFacts> byId = new TreeMap<>();
    for (JournalEntry e : run.entries()) {
      for (TokenFacts t : new TokenFacts[] {e.issuedToken(), e.loginToken()}) {
        if (t != null) {
          byId.putIfAbsent(t.tokenId(), t);
        }
      }
    }
    List<Object> out = new ArrayList<>();
    for (TokenFacts t : byId.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("tokenId", t.tokenId());
      m.put("kind", t.kind());
      m.put("identityId", t.identityId());
      report.time(m, "issued", t.issuedAt());
      report.time(m, "expires", t.expiresAt());
      out.add(m);
    }
    return out;
  }
}
