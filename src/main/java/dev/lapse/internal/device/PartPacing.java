package dev.lapse.internal.device;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * Lets virtual time pass between an upload's parts, at the one moment that decides which
 * credentials a part carries: when the SDK resolves them, as the part's execution begins
 * (the multipart client starts part k+1 as soon as part k's last byte is handed over, long
 * before part k is answered). So the credentials this client asks for are paced: the SDK asks
 * once for CreateMultipartUpload, then once per part in order; before handing out those of
 * part k (k at least 2) this waits until parts 1..k-1 have been answered, then passes one
 * part's share of time. One part is thus in flight at a time, each signed and judged at its
 * own instant, and the journal is the same on every run.
 */
final class PartPacing implements ExecutionInterceptor {
  /** What passes one part's share of virtual time (the device's passTime). */
  interface Pause {
    void pass() throws Exception;
  }

  private final int parts;
  private final Pause pause;
  private int asked;
  private int answered;
  private boolean over;
  private int inProvider;
  private Throwable firstFailure;

  PartPacing(int parts, Pause pause) {
    this.parts = parts;
    this.pause = pause;
  }

  /**
   * The app's credentials as the upload's client sees them: paced between parts, and refused
   * once the upload is over. The multipart client starts its clean-up after a failure
   * (AbortMultipartUpload) and its next part on threads of their own, after the upload already
   * failed: let through, they reached the provider and the fake during the next step, or even
   * the next scenario's reused world, where the same upload id aborted that run's upload (seen
   * under load). So they are not sent, and {@link #overAndDrain} waits for a resolution already
   * in the provider.
   */
  AwsCredentialsProvider around(AwsCredentialsProvider app) {
    return new AwsCredentialsProvider() {
      @Override
      public AwsCredentials resolveCredentials() {
        int part = nextAsk() - 1; // the first ask is CreateMultipartUpload's
        if (part >= 2 && part <= parts && awaitAnswers(part - 1)) {
          try {
            pause.pass();
          } catch (Exception e) {
            throw new IllegalStateException("time could not pass between parts: " + e, e);
          }
        }
        enterProvider();
        try {
          return app.resolveCredentials();
        } finally {
          leaveProvider();
        }
      }
    };
  }

  private synchronized void enterProvider() {
    if (over) {
      throw SdkClientException.create("the upload is over; its clean-up is not sent");
    }
    inProvider++;
  }

  private synchronized void leaveProvider() {
    inProvider--;
    notifyAll();
  }

  /**
   * Ends the upload for good: no credentials from now on, and back once no resolution is
   * still in the provider. Unbounded here; the step's real-time limit bounds it.
   */
  synchronized void overAndDrain() throws InterruptedException {
    over();
    while (inProvider > 0) {
      wait();
    }
  }

  private synchronized int nextAsk() {
    return ++asked;
  }

  /** @return false when the upload ended first (a part failed) */
  private synchronized boolean awaitAnswers(int n) {
    while (answered < n && !over) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("upload cut off between parts", e);
      }
    }
    return !over;
  }

  /** The upload is over (done or failed): nothing more will be answered. */
  synchronized void over() {
    over = true;
    notifyAll();
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    if (context.request() instanceof UploadPartRequest) {
      synchronized (this) {
        answered++;
        notifyAll();
      }
    }
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context,
      ExecutionAttributes attributes) {
    // Any failed request fails the upload (a part, or CompleteMultipartUpload): no later part
    // will start, and the clean-up the multipart client then starts is held back above. Set
    // here, before the multipart client hears of the failure, so the clean-up cannot win.
    synchronized (this) {
      if (firstFailure == null) {
        firstFailure = context.exception();
      }
    }
    over();
  }

  /**
   * What failed the upload first, or null: the outcome to report. The future the multipart
   * client completes may instead carry a later part's refusal above, whichever reached it
   * first; this one is the same on every run.
   */
  synchronized Throwable firstFailure() {
    return firstFailure;
  }
}
