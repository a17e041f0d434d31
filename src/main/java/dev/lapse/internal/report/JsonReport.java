package dev.lapse.internal.report;

import dev.lapse.check.Violation;
import dev.lapse.history.CallOutcome;
import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import dev.lapse.history.StepRecord;
import dev.lapse.run.RunResult;
import dev.lapse.vocabulary.Durations;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run as JSON, in the shape {@code schema/lapse-report.schema.json} describes. Every
 * instant appears twice: ISO-8601 ({@code receivedAt}) for tools and as an offset from the
 * start ({@code receivedOffset}) for people. Credentials and login tokens are listed once, by
 * id, and entries refer to them, which keeps a 10,000-request journal readable.
 */
final class JsonReport {
  static final String SCHEMA_ID = "lapse-report/1";

  private final RunRecord run;

  private JsonReport(RunRecord run) {
    this.run = run;
  }

  static String of(RunResult r) {
    return Json.write(new JsonReport(r.record()).tree(r));
  }

  private Map<String, Object> tree(RunResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", SCHEMA_ID);
    m.put("scenario", r.scenario().name());
    m.put("about", r.scenario().about());
    m.put("provider", r.provider());
    m.put("passed", r.passed());
    m.put("outcome", r.verdict().toLowerCase(java.util.Locale.ROOT));
    m.put("inconclusive", r.inconclusive());
    m.put("threadDump", r.threadDump());
    m.put("start", run.start().toString());
    m.put("end", run.end().toString());
    m.put("endOffset", Text.offset(run.start(), run.end()));
    m.put("credentialsTtl", Durations.format(run.credentialsTtl()));
    m.put("dropped", run.dropped());
    m.put("violations", r.violations().stream().map(JsonReport::violation).toList());
    m.put("steps", run.steps().stream().map(this::step).toList());
    m.put("credentials", new JsonFacts(this).credentials(run));
    m.put("loginTokens", new JsonFacts(this).tokens(run));
    m.put("entries", run.entries().stream().map(this::entry).toList());
    m.put("providerLog", run.providerLog());
    return m;
  }

  static Map<String, Object> violation(Violation v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("check", v.check());
    m.put("at", v.at());
    m.put("step", v.step());
    m.put("request", v.request());
    m.put("expected", v.expected());
    m.put("seen", v.seen());
    return m;
  }

  private Map<String, Object> step(StepRecord s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("kind", s.kind());
    m.put("description", s.description());
    time(m, "started", s.startedAt());
    time(m, "ended", s.endedAt());
    m.put("launch", s.launch());
    m.put("firstSeq", s.seqBefore() + 1);
    m.put("lastSeq", s.seqAfter());
    m.put("note", s.note());
    m.put("calls", s.calls().stream().map(this::call).toList());
    return m;
  }

  private Map<String, Object> call(CallOutcome c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("call", c.call());
    m.put("client", c.client());
    m.put("thread", c.thread());
    time(m, "", c.at());
    m.put("ok", c.ok());
    m.put("errorCode", c.errorCode());
    m.put("message", c.message());
    m.put("faultActive", c.faultActive());
    return m;
  }

  private Map<String, Object> entry(JournalEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seq", e.seq());
    time(m, "received", e.receivedAt());
    time(m, "judged", e.judgedAt());
    m.put("service", e.service() == null ? null : e.service().journalName());
    m.put("operation", e.operation().awsName());
    m.put("region", e.region());
    m.put("resource", e.resource());
    m.put("credentials", e.credentials() == null ? null : e.credentials().accessKeyId());
    m.put("loginToken", e.loginToken() == null ? null : e.loginToken().tokenId());
    m.put("signature", word(e.signature()));
    m.put("expiry", word(e.expiry()));
    m.put("status", e.status());
    m.put("errorCode", e.errorCode());
    m.put("errorMessage", e.errorMessage());
    m.put("issuedIdentityId", e.issuedIdentityId());
    m.put("issuedCredentials",
        e.issuedCredentials() == null ? null : e.issuedCredentials().accessKeyId());
    m.put("issuedLoginToken", e.issuedToken() == null ? null : e.issuedToken().tokenId());
    m.put("fault", e.fault());
    if (e.presigned() == null) {
      m.put("presigned", null);
    } else {
      Map<String, Object> link = new LinkedHashMap<>();
      time(link, "signed", e.presigned().signedAt());
      link.put("expires", dev.lapse.vocabulary.Durations.format(e.presigned().lifetime()));
      time(link, "linkExpires", e.presigned().linkExpiresAt());
      m.put("presigned", link);
    }
    return m;
  }

  /** {@code <name>At} as ISO-8601 and {@code <name>Offset} from the start; both null if absent. */
  void time(Map<String, Object> m, String name, Instant t) {
    m.put(name.isEmpty() ? "at" : name + "At", t == null ? null : t.toString());
    m.put(name.isEmpty() ? "offset" : name + "Offset",
        t == null ? null : Text.offset(run.start(), t));
  }

  /** Enum constants as the lower-case, hyphenated words the scenario files use. */
  static String word(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
