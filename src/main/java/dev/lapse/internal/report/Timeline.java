package dev.lapse.internal.report;

import dev.lapse.check.Violation;
import java.time.Instant;
import java.util.List;

/**
 * Everything one timeline drawing shows, on virtual time, before any pixel is chosen: built
 * by {@link TimelineFacts}, drawn by {@link TimelineSvg}.
 *
 * @param lifecycle  the app's running and background spans
 * @param events     moments worth a flag: launches, terminations, failed steps, keychain wipes
 * @param conditions device clock skew, network latency and injected faults while in force
 * @param tokens     one bar per login token, issue to expiry
 * @param credentials one bar per credential set, issue to expiry
 * @param requests   request rows: one per service, then the app's own view of its calls
 * @param spot       where the first violation is, or null when the run passed
 */
record Timeline(Instant start, Instant end, List<Bar> lifecycle, List<Flag> events,
    List<Bar> conditions, List<Bar> tokens, List<Bar> credentials, List<Row> requests,
    Spot spot) {

  /**
   * A span on one lane.
   *
   * @param to        end of the span, or null when it never ends (keys that never expire)
   * @param uses      when requests presented it while it was valid
   * @param lateUses  when requests presented it after it had expired
   */
  record Bar(String label, Instant from, Instant to, String css, String title,
      List<Instant> uses, List<Instant> lateUses) {
    Bar(String label, Instant from, Instant to, String css, String title) {
      this(label, from, to, css, title, List.of(), List.of());
    }
  }

  /** A moment on the lifecycle lane. */
  record Flag(Instant at, String label, String css, String title) {}

  /**
   * A request (or app call) mark.
   *
   * @param id   {@code r<seq>} for a journal entry, {@code c<step>/<n>} for an app call
   * @param sent when it left (received by the fake); {@code at} is when it was judged
   */
  record Mark(String id, Instant sent, Instant at, MarkKind kind, String summary,
      String title) {}

  record Row(String label, List<Mark> marks) {}

  /** The first violation: when, which mark (or null if none could be found), and what. */
  record Spot(Instant at, String markId, Violation violation) {}
}
