package dev.lapse.internal.external;

import java.io.IOException;

/**
 * The adapter could not do what a step asked: it crashed, broke the protocol, or reported that
 * the provider's module failed. The step fails with this message and the run goes on.
 */
final class AdapterFailure extends IOException {
  private static final long serialVersionUID = 1L;

  AdapterFailure(String message) {
    super(message);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this; // the message is the whole story
  }
}
