package dev.lapse.internal.device;

import dev.lapse.vocabulary.Operation;

/**
 * One call the app makes through its SDK clients.
 *
 * @param operation an S3 object operation a scenario can make, or GetCallerIdentity
 * @param bucket    the bucket (null for GetCallerIdentity)
 * @param key       the key, or the prefix for a listing; may be null
 * @param client    the app client to call through
 * @param size      bytes to upload for PutObject
 */
public record AppCall(Operation operation, String bucket, String key, String client, long size) {

  /** Short text for outcomes and reports, e.g. {@code GetObject photos/cat.jpg}. */
  public String describe() {
    if (bucket == null) {
      return operation.awsName();
    }
    return operation.awsName() + " " + bucket + (key == null ? "" : "/" + key);
  }
}
