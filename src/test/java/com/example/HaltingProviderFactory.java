package com.example;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;

/**
 * A hostile provider: halts the JVM at its first launch, which no shutdown hook sees
 * (HaltingProviderTest).
 */
public final class HaltingProviderFactory implements CredentialsProviderFactory {
  @Override
  public AppProviders launch(Device device) {
    Runtime.getRuntime().halt(7);
    return null;
  }
}
