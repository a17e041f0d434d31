package dev.lapse.provider;

import java.util.Optional;
import java.util.Set;

/**
 * A key-value store that survives terminate and relaunch (like the iOS keychain, which even
 * survives reinstall), and that a scenario can wipe. Thread-safe.
 */
public interface Keychain {
  Optional<String> get(String key);

  void put(String key, String value);

  void remove(String key);

  Set<String> keys();
}
