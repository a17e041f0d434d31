package dev.lapse.aws;

/** What an injected fault does to the requests it catches. */
public enum FaultKind {
  /** The connection is reset: the client sees an I/O error and may retry. */
  DOWN,
  /** The request is answered normally but judged {@code slowBy} later in virtual time. */
  SLOW,
  /** The service answers with its internal-error response (HTTP 500). */
  ERROR,
  /** The service answers with its throttling error. */
  THROTTLE
}
