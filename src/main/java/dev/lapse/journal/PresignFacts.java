package dev.lapse.journal;

import java.time.Duration;
import java.time.Instant;

/**
 * What a presigned (query-string signed) request said of itself: when it was signed and for
 * how long its link was to work. A link stops working at the earlier of {@link #linkExpiresAt}
 * and the expiry of the credentials that signed it; checks compare the two.
 *
 * @param signedAt      the link's {@code X-Amz-Date}
 * @param lifetime      its {@code X-Amz-Expires}
 */
public record PresignFacts(Instant signedAt, Duration lifetime) {

  /** The instant the link said it would stop working: X-Amz-Date plus X-Amz-Expires. */
  public Instant linkExpiresAt() {
    return signedAt.plus(lifetime);
  }

  /** True once the link's own lifetime is over at {@code t} (S3: "Request has expired"). */
  public boolean linkExpiredAt(Instant t) {
    return t.isAfter(linkExpiresAt());
  }
}
