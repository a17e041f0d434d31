package dev.lapse.internal.cli;

import dev.lapse.vocabulary.Durations;
import java.time.Duration;
import picocli.CommandLine;

/** Reads durations on the command line the way scenario files do: 90s, 15m, 1h30m, PT15M. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    try {
      return Durations.parse(value);
    } catch (RuntimeException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
