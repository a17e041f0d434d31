package dev.lapse.internal.aws;

/** A service that holds objects a scenario can put in place before it starts (S3). */
public interface ObjectStore {
  /** Stores an object directly, without a request: nothing is journaled. */
  void seed(String bucket, String key, byte[] data);
}
