package dev.lapse.internal.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads an instant on the command line, saying what form it expects when it cannot. */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "expected an ISO-8601 instant such as 2026-01-01T00:00:00Z; found '" + value + "'");
    }
  }
}
