package dev.lapse.internal.report;

import dev.lapse.check.Violation;
import dev.lapse.history.CallOutcome;
import dev.lapse.history.StepRecord;
import dev.lapse.run.RunResult;
import java.time.Duration;
import java.util.List;

/**
 * One run on the page: provider and verdict, the first violation told in a sentence, the
 * timeline, then (folded) every violation and the steps with their outcomes. A failed run's
 * timeline is open; a passed one is folded, so failures stand out in a long report.
 */
final class RunSection {
  /** Steps shown in the folded table; the JSON holds them all. */
  static final int MAX_STEPS = 300;
  /** Violations listed; a naive provider in a long run can have thousands. */
  static final int MAX_VIOLATIONS = 100;

  private RunSection() {}

  static void write(ResultGrid.Run run, StringBuilder out) {
    RunResult r = run.result();
    Svg h = new Svg(out);
    String verdict = r.verdict().toLowerCase(java.util.Locale.ROOT);
    h.open("article", "class", "run " + verdict, "id", run.anchor(), "data-scenario",
        r.scenario().name(), "data-provider", r.provider(), "data-passed", r.passed(),
        "data-violations", r.violations().size());
    out.append("<header class=\"run-head\"><h3>");
    h.element("span", r.verdict(), "class", "badge " + verdict);
    h.element("span", r.provider(), "class", "prov");
    out.append("</h3>");
    h.element("span", meta(r), "class", "meta");
    h.element("a", "JSON", "href", run.jsonPath(), "class", "meta");
    out.append("</header>\n");
    if (r.isInconclusive()) {
      h.element("p", "Could not judge: " + r.inconclusive(), "class", "callout inconclusive");
    }
    r.firstViolation().ifPresent(v -> callout(h, v));
    if (r.threadDump() != null) {
      h.open("details", "class", "dump");
      h.element("summary", "stack of the provider thread that was still running");
      h.element("pre", r.threadDump());
      h.close("details");
    }
    if (!r.record().providerLog().isEmpty()) {
      h.open("details", "class", "dump");
      h.element("summary", "provider log (" + r.record().providerLog().size() + " lines of stderr)");
      h.element("pre", String.join("\n", r.record().providerLog()));
      h.close("details");
    }
    h.open("details", "class", "tl-box", "open", r.passed() ? null : "open");
    h.element("summary", "timeline");
    out.append("<div class=\"tl\">");
    TimelineSvg.draw(TimelineFacts.of(r), "timeline of " + r.scenario().name() + " for "
        + r.provider(), out);
    out.append("</div></details>\n");
    if (r.violations().size() > 1) {
      violations(h, r.violations());
    }
    steps(h, r);
    out.append("</article>\n");
  }

  private static String meta(RunResult r) {
    int n = r.violations().size();
    long calls = r.record().steps().stream().mapToLong(s -> s.calls().size()).sum();
    Duration virtual = r.record().offset(r.record().end());
    return (n == 0 ? "all checks held" : n + (n == 1 ? " violation" : " violations"))
        + " · " + r.record().steps().size() + " steps · " + calls + " app calls · "
        + r.record().entries().size() + " requests"
        + (r.record().dropped() > 0 ? " (" + r.record().dropped() + " dropped)" : "")
        + " · " + AxisDrawing.rounded(virtual) + " of virtual time";
  }

  /** The first violation as a sentence: when, during what, what happened, what should have. */
  private static void callout(Svg h, Violation v) {
    h.open("p", "class", "callout");
    h.element("span", "!", "class", "n");
    h.element("strong", "First violation");
    h.raw(" ");
    h.element("code", v.check());
    h.raw(" — at ");
    h.element("b", v.at());
    h.raw(Text.xml((v.step().isEmpty() ? "" : ", during " + v.step()) + ": " + v.seen()
        + ". Expected " + v.expected() + "."));
    h.close("p");
  }

  private static void violations(Svg h, List<Violation> all) {
    h.open("details").element("summary", "all " + all.size() + " violations");
    h.open("ol", "class", "violations");
    for (Violation v : all.subList(0, Math.min(MAX_VIOLATIONS, all.size()))) {
      h.element("li", v.message());
    }
    h.close("ol");
    if (all.size() > MAX_VIOLATIONS) {
      h.element("p", "… and " + (all.size() - MAX_VIOLATIONS) + " more violations in the JSON.",
          "class", "meta");
    }
    h.close("details");
  }

  private static void steps(Svg h, RunResult r) {
    List<StepRecord> steps = r.record().steps();
    h.open("details").element("summary", steps.size() + " steps");
    h.raw("<table class=\"steps\"><tr><th>step</th><th>at</th><th>what</th>"
        + "<th>requests</th><th>outcome</th></tr>");
    for (StepRecord s : steps.subList(0, Math.min(MAX_STEPS, steps.size()))) {
      h.raw("<tr>").element("td", s.id(), "class", "mono")
          .element("td", Text.offset(r.record().start(), s.startedAt()), "class", "mono")
          .element("td", s.description())
          .element("td", s.seqAfter() > s.seqBefore()
              ? "#" + (s.seqBefore() + 1) + (s.seqAfter() > s.seqBefore() + 1
                  ? "–" + s.seqAfter() : "") : "", "class", "mono");
      String outcome = outcome(s);
      h.element("td", outcome, "class", outcome.contains("fail") ? "bad" : "good").raw("</tr>");
    }
    h.raw("</table>");
    if (steps.size() > MAX_STEPS) {
      h.element("p", "… and " + (steps.size() - MAX_STEPS) + " more steps in the JSON.",
          "class", "meta");
    }
    h.close("details");
  }

  private static String outcome(StepRecord s) {
    long failed = s.calls().stream().filter(c -> !c.ok()).count();
    String calls = s.calls().isEmpty() ? ""
        : failed == 0 ? (s.calls().size() == 1 ? "ok" : s.calls().size() + " ok")
        : failed + " of " + s.calls().size() + " failed: " + firstError(s.calls());
    return s.note() == null ? calls : (calls.isEmpty() ? "" : calls + "; ") + "step failed: "
        + Text.shorten(s.note(), 200);
  }

  private static String firstError(List<CallOutcome> calls) {
    return calls.stream().filter(c -> !c.ok()).findFirst()
        .map(c -> c.errorCode() + (c.message() == null ? "" : ": "
            + Text.shorten(c.message(), 160))).orElse("");
  }
}
