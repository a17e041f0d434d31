package dev.lapse.device;

/**
 * One call the app makes through its SDK clients.
 *
 * @param operation GetObject, PutObject, HeadObject, DeleteObject, ListObjectsV2 or
 *                  GetCallerIdentity
 * @param bucket    the bucket (null for GetCallerIdentity)
 * @param key       the key, or the prefix for a listing; may be null
 * @param client    the app client to call through
 * @param size      bytes to upload for PutObject
 */
public record AppCall(String operation, String bucket, String key, String client, long size) {

  /** Short text for outcomes and reports, e.g. {@code GetObject photos/cat.jpg}. */
  public String describe() {
    if (bucket == null) {
      return operation;
    }
    return operation + " " + bucket + (key == null ? "" : "/" + key);
  }
}
