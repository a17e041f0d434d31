package com.example;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;

/** A hostile provider: ends the JVM with exit code 0 at its first launch (ExitingProviderTest). */
public final class ZeroExitingProviderFactory implements CredentialsProviderFactory {
  @Override
  public AppProviders launch(Device device) {
    System.exit(0);
    return null;
  }
}
