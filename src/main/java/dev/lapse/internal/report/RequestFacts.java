package dev.lapse.internal.report;

import dev.lapse.history.CallOutcome;
import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import dev.lapse.history.StepRecord;
import dev.lapse.internal.report.Timeline.Mark;
import dev.lapse.internal.report.Timeline.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.EnumMap;
import dev.lapse.vocabulary.Service;

/**
 * The request rows of a timeline: one per service the journal saw, in the order a login
 * flows (backend, Cognito, STS, S3), then a row for the app's own view of its calls. Each mark
 * carries the hover text a reader needs to judge the request without opening the JSON.
 */
final class RequestFacts {
  private final RunRecord run;
  /** Steps by the last sequence number they cover: finds a request's step in log time. */
  private final NavigableMap<Long, StepRecord> stepsBySeq = new TreeMap<>();

  RequestFacts(RunRecord run) {
    this.run = run;
    for (StepRecord s : run.steps()) {
      if (s.seqAfter() > s.seqBefore()) {
        stepsBySeq.put(s.seqAfter(), s);
      }
    }
  }

  List<Row> rows() {
    // Service's declaration order is the order a login flows: backend, Cognito, STS, S3.
    Map<Service, List<Mark>> byService = new EnumMap<>(Service.class);
    for (JournalEntry e : run.entries()) {
      byService.computeIfAbsent(e.service(), k -> new ArrayList<>()).add(mark(e));
    }
    List<Row> rows = new ArrayList<>();
    byService.forEach((service, marks) -> rows.add(new Row(label(service), marks)));
    List<Mark> calls = appCalls();
    if (!calls.isEmpty()) {
      rows.add(new Row("app calls", calls));
    }
    return rows;
  }

  private static String label(Service service) {
    return switch (service) {
      case DEVELOPER_BACKEND -> "backend";
      case COGNITO_IDENTITY -> "cognito";
      default -> service.journalName();
    };
  }

  private Mark mark(JournalEntry e) {
    StringBuilder t = new StringBuilder();
    t.append('#').append(e.seq()).append(' ').append(e.operation());
    if (e.resource() != null) {
      t.append(' ').append(e.resource());
    }
    t.append("\n").append(e.service()).append(" in ").append(e.region());
    t.append("\nsent ").append(at(e.receivedAt()));
    if (!e.judgedAt().equals(e.receivedAt())) {
      t.append(", judged ").append(at(e.judgedAt())).append(" after latency");
    }
    Map.Entry<Long, StepRecord> step = stepsBySeq.ceilingEntry(e.seq());
    if (step != null && step.getValue().covers(e.seq())) {
      t.append("\nduring ").append(step.getValue().label());
    }
    CredentialFacts c = e.credentials();
    if (c != null) {
      t.append("\ncredentials ").append(c.accessKeyId()).append(" issued ")
          .append(at(c.issuedAt()))
          .append(c.expiresAt() == null ? "" : (c.expiredAt(e.judgedAt()) ? ", EXPIRED " : ", expire ")
              + at(c.expiresAt()));
    }
    if (e.loginToken() != null) {
      t.append("\nlogin token ").append(e.loginToken().tokenId())
          .append(e.loginToken().expiredAt(e.judgedAt()) ? ", EXPIRED " : ", expires ")
          .append(at(e.loginToken().expiresAt()));
    }
    t.append("\nverdict: ").append(JsonReport.word(e.expiry())).append(", signature ")
        .append(JsonReport.word(e.signature())).append(" -> ").append(e.status());
    if (e.errorCode() != null) {
      t.append(' ').append(e.errorCode());
      if (e.errorMessage() != null) {
        t.append(": ").append(Text.shorten(e.errorMessage(), 120));
      }
    }
    if (e.fault() != null) {
      t.append("\ninjected fault: ").append(e.fault());
    }
    if (e.issuedCredentials() != null) {
      t.append("\nissued credentials ").append(e.issuedCredentials().accessKeyId());
    }
    if (e.issuedToken() != null) {
      t.append("\nissued login token ").append(e.issuedToken().tokenId());
    }
    return new Mark("r" + e.seq(), e.receivedAt(), e.judgedAt(), MarkKind.of(e), e.operation().awsName(),
        t.toString());
  }

  private List<Mark> appCalls() {
    List<Mark> marks = new ArrayList<>();
    for (StepRecord s : run.steps()) {
      for (int i = 0; i < s.calls().size(); i++) {
        CallOutcome c = s.calls().get(i);
        String title = c.call() + (c.client() == null ? "" : " via " + c.client())
            + (c.thread() > 0 ? " (thread " + c.thread() + ")" : "")
            + "\nat " + at(c.at()) + " in " + s.label()
            + (c.ok() ? "\nsucceeded" : "\nfailed: " + c.errorCode()
                + (c.message() == null ? "" : ": " + Text.shorten(c.message(), 160)))
            + (c.faultActive() ? "\nan injected fault was active" : "");
        marks.add(new Mark(callId(s, i), c.at(), c.at(), MarkKind.of(c), c.call().split(" ")[0],
            title));
      }
    }
    return marks;
  }

  static String callId(StepRecord s, int index) {
    return "c" + s.id() + "/" + index;
  }

  private String at(Instant t) {
    return t == null ? "never (a long-lived key)" : Text.offset(run.start(), t);
  }
}
