package dev.lapse.internal.device;

import dev.lapse.history.CallOutcome;
import dev.lapse.vocabulary.Operation;
import java.net.URI;

/**
 * What a presign step came to: its outcome as an app call, and the link, or null when the app
 * could not sign one (no credentials, not running).
 */
public record PresignedLink(CallOutcome outcome, URI url) {

  /** {@code presign GetObject photos/cat.jpg}: how outcomes and reports name a presign. */
  public static String describe(AppCall call) {
    return "presign " + call.describe();
  }

  /** The HTTP method a link for {@code operation} is opened with. */
  public static String method(Operation operation) {
    return switch (operation) {
      case GET_OBJECT -> "GET";
      case PUT_OBJECT -> "PUT";
      case HEAD_OBJECT -> "HEAD";
      default -> throw new IllegalArgumentException("no presigned link for " + operation);
    };
  }
}
