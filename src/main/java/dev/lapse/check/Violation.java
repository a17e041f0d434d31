package dev.lapse.check;

/**
 * One broken invariant, as data: which check, when (offset from scenario start), during which
 * step, about which request, what was expected and what was seen. Tests, reports and the CLI
 * all read these values.
 *
 * @param check    the check's YAML name, e.g. no-expired-token
 * @param at       offset from scenario start, e.g. {@code +3h00m00.004s}
 * @param step     e.g. {@code step 6 (get photos/cat.jpg)}; may be empty
 * @param request  journal sequence number of the request concerned, or 0 when none
 * @param expected what should have held
 * @param seen     what happened instead, as a sentence
 */
public record Violation(String check, String at, String step, long request, String expected,
    String seen) {

  /** One line for tables and assertion messages. */
  public String message() {
    return check + " at " + at + (step.isEmpty() ? "" : " in " + step) + ": " + seen
        + " (expected " + expected + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
