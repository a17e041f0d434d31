package com.example;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;

/** A hostile provider: ends the JVM at its first launch (ExitingProviderTest). */
public final class ExitingProviderFactory implements CredentialsProviderFactory {
  @Override
  public AppProviders launch(Device device) {
    System.exit(7);
    return null;
  }
}
