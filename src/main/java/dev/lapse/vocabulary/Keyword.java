package dev.lapse.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A constant that scenario files and the control API spell in kebab case: developer-backend. */
public interface Keyword {
  String keyword();

  /** The constant of {@code type} spelled {@code keyword}, if any. */
  static <E extends Enum<E> & Keyword> Optional<E> find(Class<E> type, String keyword) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.keyword().equals(keyword))
        .findFirst();
  }

  /** The spellings in declaration order, for "expected one of" messages. */
  static <E extends Enum<E> & Keyword> List<String> all(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Keyword::keyword).toList();
  }
}
