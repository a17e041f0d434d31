package dev.lapse.internal.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;
import software.amazon.awssdk.http.async.SdkHttpContentPublisher;

/**
 * Nothing of an upload gets out after its step. Under load the multipart client's clean-up
 * (AbortMultipartUpload, started after the upload already failed) reached the provider and the
 * fake during the next step, and once the next scenario's reused world, where the same upload
 * id aborted that run's upload: a calls-succeed failure that was not the provider's. Once over,
 * the upload's credentials and connection refuse instead.
 */
class UploadFenceTest {

  @Test
  void overTheUploadsCredentialsNeverReachTheProvider() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    AwsCredentialsProvider app = () -> {
      asked.incrementAndGet();
      return AwsBasicCredentials.create("AKID", "secret");
    };
    PartPacing pacing = new PartPacing(8, () -> { });
    AwsCredentialsProvider paced = pacing.around(app);
    paced.resolveCredentials(); // CreateMultipartUpload's
    pacing.overAndDrain();
    SdkClientException refused = assertThrows(SdkClientException.class, paced::resolveCredentials);
    assertTrue(refused.getMessage().contains("the upload is over"), refused.getMessage());
    assertEquals(1, asked.get(), "the provider was asked after the upload was over");
  }

  @Test
  void closedTheUploadsConnectionSendsNothing() throws Exception {
    AtomicInteger sent = new AtomicInteger();
    SdkHttpClient sync = new SdkHttpClient() {
      @Override
      public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        sent.incrementAndGet();
        throw new AssertionError("a request went out after the upload was over");
      }

      @Override
      public void close() {}
    };
    SyncBackedAsyncHttpClient async = new SyncBackedAsyncHttpClient(sync);
    async.closeAndDrain();
    CompletableFuture<Void> done = async.execute(AsyncExecuteRequest.builder()
        .request(SdkHttpRequest.builder().method(SdkHttpMethod.DELETE)
            .uri(java.net.URI.create("http://lapse.invalid/photos/video.mp4?uploadId=1"))
            .putHeader("Content-Length", "0").build())
        .requestContentPublisher(new EmptyPublisher())
        .responseHandler(new IgnoringHandler())
        .build());
    ExecutionException e = assertThrows(ExecutionException.class, done::get);
    assertTrue(e.getCause() instanceof IOException, e.toString());
    assertEquals(0, sent.get());
  }

  private static final class EmptyPublisher implements SdkHttpContentPublisher {
    @Override
    public java.util.Optional<Long> contentLength() {
      return java.util.Optional.of(0L);
    }

    @Override
    public void subscribe(org.reactivestreams.Subscriber<? super java.nio.ByteBuffer> s) {
      s.onSubscribe(new org.reactivestreams.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      });
    }
  }

  private static final class IgnoringHandler implements SdkAsyncHttpResponseHandler {
    @Override
    public void onHeaders(software.amazon.awssdk.http.SdkHttpResponse headers) {}

    @Override
    public void onStream(org.reactivestreams.Publisher<java.nio.ByteBuffer> stream) {}

    @Override
    public void onError(Throwable error) {}
  }
}
