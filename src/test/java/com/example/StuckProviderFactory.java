package com.example;

import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.util.concurrent.CountDownLatch;

/**
 * A provider that launches but never hands out credentials: every request for them blocks
 * on a latch nobody opens, until its thread is interrupted (cut off). For cut-offs that must
 * not depend on how loaded the machine is (RunCommandTest, the README's measurements).
 */
public final class StuckProviderFactory implements CredentialsProviderFactory {
  private static final CountDownLatch NEVER = new CountDownLatch(1);

  @Override
  public AppProviders launch(Device device) {
    return AppProviders.of(() -> {
      // Said, so that a test driving lapse in another process knows a run is under way.
      System.err.println("StuckProviderFactory: waiting for credentials that never come");
      try {
        NEVER.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("interrupted while waiting for credentials");
    });
  }
}
