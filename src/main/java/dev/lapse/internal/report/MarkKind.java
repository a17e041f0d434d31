package dev.lapse.internal.report;

import dev.lapse.history.CallOutcome;
import dev.lapse.journal.JournalEntry;
import java.util.Locale;

/**
 * How a request mark is drawn. Shape and colour both differ, so the legend still works in
 * grey print and for colour-blind readers.
 */
enum MarkKind {
  OK("ok", "succeeded"),
  EXPIRED("expired", "rejected: presented an expired token"),
  ERROR("error", "other error"),
  FAULT("fault", "injected fault");

  /** CSS class and the id of the SVG glyph ({@code #g-<css>}). */
  final String css;
  final String legend;

  MarkKind(String css, String legend) {
    this.css = css;
    this.legend = legend;
  }

  /** A fault shaped the answer, else expired beats any other error. */
  static MarkKind of(JournalEntry e) {
    if (e.fault() != null) {
      return FAULT;
    }
    if (e.presentedExpired()) {
      return EXPIRED;
    }
    return e.succeeded() ? OK : ERROR;
  }

  /** The app's view of a call: it only knows the error it got back. */
  static MarkKind of(CallOutcome c) {
    if (c.ok()) {
      return OK;
    }
    String said = (c.errorCode() + " " + c.message()).toLowerCase(Locale.ROOT);
    if (said.contains("expired")) { // ExpiredToken, or Cognito's "Token expired" message
      return EXPIRED;
    }
    return c.faultActive() ? FAULT : ERROR;
  }
}
