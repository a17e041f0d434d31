package dev.lapse.internal.device;

import dev.lapse.provider.Keychain;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The device's keychain: outlives launches, wiped only when a scenario says so. */
public final class MapKeychain implements Keychain {
  private final ConcurrentHashMap<String, String> items = new ConcurrentHashMap<>();

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(items.get(key));
  }

  @Override
  public void put(String key, String value) {
    if (value == null) {
      items.remove(key);
    } else {
      items.put(key, value);
    }
  }

  @Override
  public void remove(String key) {
    items.remove(key);
  }

  @Override
  public Set<String> keys() {
    return new TreeSet<>(items.keySet());
  }

  public void wipe() {
    items.clear();
  }
}
