package dev.lapse.internal.aws.s3;

import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The objects of every bucket, in memory. Thread-safe: Jetty threads put and get concurrently.
 * Keys are ordered by code point, which is the UTF-8 byte order S3 lists them in (String's own
 * order differs for characters outside the Basic Multilingual Plane).
 */
final class ObjectStore {
  static final Comparator<String> UTF8_ORDER = ObjectStore::compareCodePoints;

  private final Map<String, ConcurrentSkipListMap<String, StoredObject>> buckets =
      new ConcurrentHashMap<>();

  StoredObject get(String bucket, String key) {
    NavigableMap<String, StoredObject> objects = buckets.get(bucket);
    return objects == null ? null : objects.get(key);
  }

  /** The object, or S3's NoSuchKey. */
  StoredObject require(String bucket, String key) {
    StoredObject object = get(bucket, key);
    if (object == null) {
      throw S3Errors.noSuchKey(key);
    }
    return object;
  }

  void put(String bucket, String key, StoredObject object) {
    buckets.computeIfAbsent(bucket, b -> new ConcurrentSkipListMap<>(UTF8_ORDER)).put(key, object);
  }

  void delete(String bucket, String key) {
    NavigableMap<String, StoredObject> objects = buckets.get(bucket);
    if (objects != null) {
      objects.remove(key);
    }
  }

  /** The bucket's objects in listing order (a live, weakly consistent view). */
  NavigableMap<String, StoredObject> objects(String bucket) {
    NavigableMap<String, StoredObject> objects = buckets.get(bucket);
    return objects == null ? new ConcurrentSkipListMap<>(UTF8_ORDER) : objects;
  }

  /** Bytes of object content held in memory (see {@link ObjectBody#retained}). */
  long retainedBytes() {
    return buckets.values().stream().flatMap(objects -> objects.values().stream())
        .mapToLong(o -> o.body().retained()).sum();
  }

  void clear() {
    buckets.clear();
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
