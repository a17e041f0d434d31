package dev.lapse.provider;

import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * Optional, for a credentials provider: implement it to hear when AWS refused a request for the
 * credentials it carried, so that they are never handed out again (the SDKs' refresh rules:
 * "invalidate credentials the service rejected"; the iOS SDK's S3 client does the same on
 * {@code ExpiredToken}). The app tells the provider its client resolved the credentials from,
 * on the thread that made the call, before the call's outcome is recorded.
 *
 * <p>The error codes that count as a refusal of the credentials themselves are in {@link
 * #REFUSALS}: an expired session, an unknown key or token, and {@code AccessDenied} (what S3
 * answers for a revoked session).
 */
public interface RejectionListener {
  /** The AWS error codes that tell the app its credentials were refused. */
  java.util.Set<String> REFUSALS = java.util.Set.of("ExpiredToken", "ExpiredTokenException",
      "InvalidToken", "InvalidAccessKeyId", "InvalidClientTokenId", "AccessDenied");

  /**
   * @param credentials what the refused request was signed with
   * @param errorCode   the AWS error code, one of {@link #REFUSALS}
   */
  void rejected(AwsCredentials credentials, String errorCode);
}
