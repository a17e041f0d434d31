package dev.lapse.internal.aws;

/** A service that holds objects a scenario can put in place before it starts (S3). */
public interface ObjectStore {
  /** Stores an object directly, without a request: nothing is journaled. */
  void seed(String bucket, String key, byte[] data);

  /**
   * Bytes of object content kept in memory: what a scenario's objects cost. Lapse's own payload
   * is kept as a pattern and costs nothing, so a large upload's parts do not count.
   */
  long retainedBytes();
}
