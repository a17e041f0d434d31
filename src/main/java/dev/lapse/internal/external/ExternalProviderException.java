package dev.lapse.internal.external;

/**
 * An external provider that cannot be used as named: a bad {@code --provider}, a missing
 * runtime or adapter, a module that does not load. The message says what was expected and what
 * was found; there is no stack trace worth showing.
 */
public final class ExternalProviderException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ExternalProviderException(String message) {
    super(message);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
