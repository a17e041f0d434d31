package dev.lapse.internal.device;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.RejectionListener;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The credentials provider the device's SDK clients hold: it forwards to whatever the current
 * launch's factory returned for this client. Lets one set of SDK clients (costly to build)
 * serve every launch and every scenario.
 */
final class LaunchCredentials implements AwsCredentialsProvider {
  private final String client;
  private final Supplier<AppProviders> current;
  /** What this thread's last call was signed with: the SDK resolves on the calling thread. */
  private final ThreadLocal<AwsCredentials> lastResolved = new ThreadLocal<>();

  /** @param current the running launch's providers, or null when the app is not running */
  LaunchCredentials(String client, Supplier<AppProviders> current) {
    this.client = client;
    this.current = current;
  }

  @Override
  public AwsCredentials resolveCredentials() {
    AppProviders providers = current.get();
    if (providers == null) {
      throw SdkClientException.create("the app is not running: no credentials provider for client '"
          + client + "'");
    }
    AwsCredentials resolved = providers.forClient(client).resolveCredentials();
    lastResolved.set(resolved);
    return resolved;
  }

  /**
   * Tells the provider this thread's last credentials came from that AWS refused them, if it
   * listens ({@link RejectionListener}).
   */
  void rejected(String errorCode) {
    AppProviders providers = current.get();
    AwsCredentials used = lastResolved.get();
    if (providers != null && used != null
        && providers.forClient(client) instanceof RejectionListener listener) {
      listener.rejected(used, errorCode);
    }
  }
}
