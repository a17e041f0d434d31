package dev.lapse.internal.device;

import dev.lapse.history.CallOutcome;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

/**
 * The app's multipart uploads: the SDK's own S3TransferManager on the CRT-free multipart
 * client, signed by the app's provider, its parts paced over virtual time by
 * {@link PartPacing}. Never throws; the outcome is the upload's.
 */
final class AppUploads {
  private final SimulatedDevice device;
  private final Predicate<Instant> faultActiveAt;

  AppUploads(SimulatedDevice device, Predicate<Instant> faultActiveAt) {
    this.device = device;
    this.faultActiveAt = faultActiveAt;
  }

  CallOutcome upload(AppUpload upload) {
    Instant at = device.deviceClock().truth().instant();
    boolean fault = faultActiveAt.test(at) || device.network().offline();
    if (!device.lifecycle().acceptsCalls()) {
      return AppCalls.notRunning(upload.describe(), upload.client(), 0, at, device.lifecycle(),
          fault);
    }
    Instant end = device.truth().instant().plus(upload.takes());
    PartPacing pacing = new PartPacing(upload.parts(), () ->
        device.passTime(device.truth().instant().plus(upload.share())));
    try {
      // Every part is a call: the step may take the step limit once per part.
      device.timeLimit().call(() -> transfer(upload, pacing), upload.parts() + 1);
      device.passTime(end);
      return new CallOutcome(upload.describe(), upload.client(), 0, at, true, null, null, fault);
    } catch (Exception e) {
      Throwable cause = e instanceof CompletionException && e.getCause() != null
          ? e.getCause() : e;
      if (pacing.firstFailure() != null && !(cause instanceof StepCutOff)) {
        cause = pacing.firstFailure();
      }
      if (cause instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
        return new CallOutcome(upload.describe(), upload.client(), 0, at, false,
            aws.awsErrorDetails().errorCode(), aws.awsErrorDetails().errorMessage(), fault);
      }
      return new CallOutcome(upload.describe(), upload.client(), 0, at, false,
          AppCalls.clientCode(cause), AppCalls.rootMessage(cause), fault);
    }
  }

  private Object transfer(AppUpload upload, PartPacing pacing) throws InterruptedException {
    ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "lapse-upload-body");
      t.setDaemon(true);
      return t;
    });
    String region = device.regionOf(upload.client());
    SyncBackedAsyncHttpClient http = device.sdkClients().asyncHttp();
    try (S3AsyncClient s3 = device.sdkClients().s3Multipart(upload.client(), region,
        upload.partSize(), pacing, http);
        S3TransferManager transfers = S3TransferManager.builder().s3Client(s3).build()) {
      try {
        return transfers.upload(u -> u
            .putObjectRequest(p -> p.bucket(upload.bucket()).key(upload.key()))
            .requestBody(AsyncRequestBody.fromInputStream(
                dev.lapse.vocabulary.Payload.stream(upload.size()), upload.size(), reader)))
            .completionFuture().join();
      } finally {
        // Nothing of this upload may reach the provider or the fake after its step: what the
        // multipart client starts after the outcome (its clean-up, a next part) is refused, and
        // what is already under way is waited for.
        pacing.overAndDrain();
        http.closeAndDrain();
      }
    } finally {
      reader.shutdownNow();
    }
  }
}
