package dev.lapse.internal.device;

import java.time.Duration;

/**
 * A multipart upload the app makes through the SDK's Transfer Manager, its parts spread over
 * virtual time.
 *
 * @param size     bytes of Lapse's deterministic payload
 * @param partSize bytes per part
 * @param takes    virtual time the whole upload takes: {@code takes / parts} per part
 */
public record AppUpload(String bucket, String key, String client, long size, long partSize,
    Duration takes) {

  public int parts() {
    return (int) ((size + partSize - 1) / partSize);
  }

  /** One part's share of the upload's time. */
  public Duration share() {
    return takes.dividedBy(parts());
  }

  /** Short text for outcomes and reports, e.g. {@code Upload photos/video.mp4}. */
  public String describe() {
    return "Upload " + bucket + "/" + key;
  }
}
