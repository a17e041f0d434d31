package dev.lapse.vocabulary;

import java.util.Locale;
import java.util.Optional;

/** What an injected fault does to the requests it catches. */
public enum FaultKind implements Keyword {
  /** The connection is reset: the client sees an I/O error and may retry. */
  DOWN,
  /** The request is answered normally but judged the world's {@code slowBy} later. */
  SLOW,
  /** The service answers with its internal-error response (HTTP 500). */
  ERROR,
  /** The service answers with its throttling error. */
  THROTTLE;

  @Override
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FaultKind> fromKeyword(String keyword) {
    return Keyword.find(FaultKind.class, keyword);
  }
}
