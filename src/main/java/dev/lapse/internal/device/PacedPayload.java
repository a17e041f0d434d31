package dev.lapse.internal.device;

import dev.lapse.vocabulary.Payload;
import java.io.InputStream;
import java.io.InterruptedIOException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * An upload's body that lets virtual time pass between parts. The SDK's multipart client
 * starts a part (and resolves the credentials that sign it) when the part's first byte is
 * read; so at each part boundary this stream waits until every earlier part has been
 * answered, then moves the clock by one part's share, and only then hands out the next byte.
 * One part is thus in flight at a time and each is judged at its own instant: the journal is
 * the same on every run.
 */
final class PacedPayload extends InputStream implements ExecutionInterceptor {
  /** What passes one part's share of virtual time (the device's passTime). */
  interface Pause {
    void pass() throws Exception;
  }

  private final long size;
  private final long partSize;
  private final Pause pause;
  private long position;
  private long pausedAt;
  private int answered;
  private boolean over;

  PacedPayload(long size, long partSize, Pause pause) {
    this.size = size;
    this.partSize = partSize;
    this.pause = pause;
  }

  @Override
  public int read() throws InterruptedIOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws InterruptedIOException {
    if (position >= size) {
      return -1;
    }
    if (position > 0 && position % partSize == 0 && pausedAt != position) {
      pausedAt = position;
      awaitAnswers((int) (position / partSize));
      try {
        pause.pass();
      } catch (Exception e) {
        throw new IllegalStateException("time could not pass between parts: " + e, e);
      }
    }
    long boundary = (position / partSize + 1) * partSize;
    int n = (int) Math.min(len, Math.min(size, boundary) - position);
    Payload.fill(b, off, n, 0, position);
    position += n;
    return n;
  }

  private synchronized void awaitAnswers(int parts) throws InterruptedIOException {
    while (answered < parts && !over) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("upload cut off between parts");
      }
    }
  }

  /** The upload is over (done or failed): nothing more will be answered. */
  synchronized void over() {
    over = true;
    notifyAll();
  }

  private synchronized void answered() {
    answered++;
    notifyAll();
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    if (context.request() instanceof UploadPartRequest) {
      answered();
    }
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context,
      ExecutionAttributes attributes) {
    if (context.request() instanceof UploadPartRequest) {
      over(); // the multipart client aborts the upload; no later part will start
    }
  }
}
