package dev.lapse.internal.device;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * The async HTTP client the Transfer Manager needs, made of the device's own sync one: so an
 * upload goes through the same network switch, skew translation and transport (loopback HTTP
 * or in memory) as every other call the app makes. Each request's body is gathered, sent on a
 * thread of this client's own, and the response streamed back.
 */
final class SyncBackedAsyncHttpClient implements SdkAsyncHttpClient {
  private static final int CHUNK = 64 * 1024;

  private final SdkHttpClient http;
  private boolean closed; // guarded by this
  private int inFlight; // guarded by this
  private final ExecutorService senders = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "lapse-upload-http");
    t.setDaemon(true);
    return t;
  });

  SyncBackedAsyncHttpClient(SdkHttpClient http) {
    this.http = http;
  }

  @Override
  public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    long declared = request.request().firstMatchingHeader("Content-Length")
        .map(Long::parseLong).orElse(-1L);
    request.requestContentPublisher().subscribe(new Subscriber<ByteBuffer>() {
      private final ByteArrayOutputStream body = new ByteArrayOutputStream();
      private boolean sent;

      @Override
      public void onSubscribe(Subscription s) {
        s.request(Long.MAX_VALUE);
        if (declared == 0) {
          send();
        }
      }

      @Override
      public void onNext(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        body.writeBytes(bytes);
        // A body of known length is whole once it has all its bytes, whenever the publisher
        // gets round to saying so (a split part may say so only when the next one begins).
        if (declared >= 0 && body.size() >= declared) {
          send();
        }
      }

      @Override
      public void onError(Throwable t) {
        if (!sent) {
          sent = true;
          request.responseHandler().onError(t);
          done.completeExceptionally(t);
        }
      }

      @Override
      public void onComplete() {
        send();
      }

      private void send() {
        if (sent) {
          return;
        }
        sent = true;
        if (!admit()) {
          IOException refused = new IOException("the connection is closed: the upload is over");
          request.responseHandler().onError(refused);
          done.completeExceptionally(refused);
          return;
        }
        byte[] bytes = body.toByteArray();
        senders.execute(() -> exchange(request, bytes, done));
      }
    });
    return done;
  }

  private synchronized boolean admit() {
    if (closed) {
      return false;
    }
    inFlight++;
    return true;
  }

  private synchronized void finished() {
    inFlight--;
    notifyAll();
  }

  /**
   * Refuses every later request (it fails at once, nothing reaches the fake) and returns once
   * those already sent are answered, so that nothing of an upload arrives after its step.
   * Unbounded here; the step's real-time limit bounds it.
   */
  synchronized void closeAndDrain() throws InterruptedException {
    closed = true;
    while (inFlight > 0) {
      wait();
    }
    senders.shutdownNow();
  }

  private void exchange(AsyncExecuteRequest request, byte[] body, CompletableFuture<Void> done) {
    try {
      answer(request, body, done);
    } finally {
      finished();
    }
  }

  private void answer(AsyncExecuteRequest request, byte[] body, CompletableFuture<Void> done) {
    try {
      HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
          .request(request.request())
          .contentStreamProvider(() -> new ByteArrayInputStream(body))
          .build()).call();
      byte[] answer;
      try (InputStream in = response.responseBody().map(InputStream.class::cast)
          .orElse(InputStream.nullInputStream())) {
        answer = in.readAllBytes();
      }
      request.responseHandler().onHeaders(response.httpResponse());
      request.responseHandler().onStream(new BytesPublisher(answer, () -> done.complete(null)));
    } catch (Throwable t) {
      request.responseHandler().onError(t);
      done.completeExceptionally(t);
    }
  }

  /** Publishes a byte array in chunks as the subscriber asks for them. */
  private static final class BytesPublisher implements Publisher<ByteBuffer> {
    private final byte[] bytes;
    private final Runnable finished;

    BytesPublisher(byte[] bytes, Runnable finished) {
      this.bytes = bytes;
      this.finished = finished;
    }

    @Override
    public void subscribe(Subscriber<? super ByteBuffer> s) {
      s.onSubscribe(new Subscription() {
        private long demand;
        private int position;
        private boolean emitting;
        private boolean over;

        @Override
        public void request(long n) {
          synchronized (this) {
            demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            if (emitting) {
              return; // the loop below is already running on this or another thread
            }
            emitting = true;
          }
          while (true) {
            ByteBuffer next;
            synchronized (this) {
              if (over) {
                emitting = false;
                return;
              }
              if (position >= bytes.length) {
                over = true;
                next = null;
              } else if (demand == 0) {
                emitting = false;
                return;
              } else {
                int n2 = Math.min(CHUNK, bytes.length - position);
                next = ByteBuffer.wrap(bytes, position, n2).slice();
                position += n2;
                demand--;
              }
            }
            if (next == null) {
              s.onComplete();
              finished.run();
              return;
            }
            s.onNext(next);
          }
        }

        @Override
        public void cancel() {
          synchronized (this) {
            over = true;
          }
          finished.run();
        }
      });
    }
  }

  @Override
  public String clientName() {
    return "LapseDevice";
  }

  @Override
  public void close() {
    senders.shutdownNow();
  }
}
