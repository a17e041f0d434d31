package dev.lapse.scenario;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping node as ordered, unique string keys, each kept with its key node so that
 * errors about a key point at the key and errors about a value point at the value.
 */
final class YamlMap {
  record Entry(ScalarNode key, Node value) {
    String name() {
      return key.getValue();
    }
  }

  private final Node node;
  private final Map<String, Entry> entries;

  private YamlMap(Node node, Map<String, Entry> entries) {
    this.node = node;
    this.entries = entries;
  }

  /** @param what names the map in errors, e.g. "world" or "a fault" */
  static YamlMap of(Node node, String what) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (YamlValues.isNull(node)) {
      return new YamlMap(node, entries); // "world:" with nothing after it: an empty map
    }
    if (!(node instanceof MappingNode mapping)) {
      throw new YamlProblem(node, "expected a map for " + what + ", found "
          + YamlValues.kind(node));
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key) || YamlValues.isNull(key)) {
        throw new YamlProblem(tuple.getKeyNode(), "expected a name as key in " + what
            + ", found " + YamlValues.kind(tuple.getKeyNode()));
      }
      if (entries.containsKey(key.getValue())) {
        throw new YamlProblem(key, "duplicate key '" + key.getValue() + "' in " + what);
      }
      entries.put(key.getValue(), new Entry(key, tuple.getValueNode()));
    }
    return new YamlMap(node, entries);
  }

  Node node() {
    return node;
  }

  Collection<Entry> entries() {
    return entries.values();
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The value node, or null when the key is absent. */
  Node value(String key) {
    Entry entry = entries.get(key);
    return entry == null ? null : entry.value();
  }

  /** The value node; a problem at this map when absent. */
  Node require(String key, String message) {
    Node value = value(key);
    if (value == null) {
      throw new YamlProblem(node, message);
    }
    return value;
  }

  /** A problem at the first key not in {@code allowed}. */
  YamlMap allowOnly(Collection<String> allowed, String what) {
    for (Entry entry : entries.values()) {
      if (!allowed.contains(entry.name())) {
        throw new YamlProblem(entry.key(), "unknown key " + Messages.quote(entry.name())
            + " in " + what + "; expected "
            + (allowed.isEmpty() ? "no other keys" : "one of: " + Messages.list(allowed)));
      }
    }
    return this;
  }

  /** This map without one key: a parallel step's map minus its count is a call. */
  YamlMap without(String key) {
    Map<String, Entry> rest = new LinkedHashMap<>(entries);
    rest.remove(key);
    return new YamlMap(node, rest);
  }
}
