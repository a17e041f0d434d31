package dev.lapse.internal.cli;

import dev.lapse.run.Transport;
import picocli.CommandLine;

/** Reads {@code --transport memory|http}, saying what was expected when it is neither. */
final class TransportConverter implements CommandLine.ITypeConverter<Transport> {
  @Override
  public Transport convert(String value) {
    try {
      return Transport.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
