package dev.lapse.provider.testing;

import dev.lapse.provider.Keychain;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** A keychain in a map: it survives a relaunch because the test hands the same one on. */
public final class MapKeychain implements Keychain {
  private final Map<String, String> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public void put(String key, String value) {
    entries.put(key, value);
  }

  @Override
  public void remove(String key) {
    entries.remove(key);
  }

  @Override
  public Set<String> keys() {
    return new TreeSet<>(entries.keySet());
  }
}
