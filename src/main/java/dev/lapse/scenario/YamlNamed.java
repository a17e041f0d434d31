package dev.lapse.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum constant that files spell in kebab case: developer-backend, no-expired-token. */
interface YamlNamed {
  String yamlName();

  static <E extends Enum<E> & YamlNamed> Optional<E> find(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.yamlName().equals(name))
        .findFirst();
  }

  /** The spellings in declaration order, for "expected one of" messages. */
  static <E extends Enum<E> & YamlNamed> List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(YamlNamed::yamlName).toList();
  }
}
