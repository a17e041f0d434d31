package com.example;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;

/**
 * A hostile provider: halts the JVM with exit code 0 at its first launch, which no shutdown
 * hook sees (HaltingProviderTest: the launcher must not report success).
 */
public final class ZeroHaltingProviderFactory implements CredentialsProviderFactory {
  @Override
  public AppProviders launch(Device device) {
    Runtime.getRuntime().halt(0);
    return null;
  }
}
