package dev.lapse.internal.device;

import dev.lapse.clock.VirtualTimeOutOfRange;
import dev.lapse.history.CallOutcome;
import dev.lapse.provider.RejectionListener;
import dev.lapse.scenario.Lifecycle;
import dev.lapse.vocabulary.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Makes the app's calls through its real SDK clients and turns whatever happens into a
 * {@link CallOutcome}: success, the AWS error code, a client-side failure, or a hang cut off
 * by the step time limit. Never throws.
 */
public final class AppCalls {
  private final SimulatedDevice device;
  private final Predicate<Instant> faultActiveAt;

  /** @param faultActiveAt whether an injected fault is active at a virtual instant */
  public AppCalls(SimulatedDevice device, Predicate<Instant> faultActiveAt) {
    this.device = device;
    this.faultActiveAt = faultActiveAt;
  }

  /** Makes one call on the driving thread's behalf. */
  public CallOutcome call(AppCall call) {
    return outcome(call, 0, () -> device.timeLimit().call(() -> performNoticing(call)));
  }

  /** Makes {@code count} copies of a call on as many threads, released at the same instant. */
  public List<CallOutcome> burst(AppCall call, int count) {
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Void>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      futures.add(device.timeLimit().submit(() -> {
        ready.countDown();
        go.await();
        performNoticing(call);
        return null;
      }));
    }
    // Every thread is parked on the gate before it opens, so the calls really start together
    // (the pool makes a thread per task, so all of them arrive). Opening it at once let the
    // first thread finish before the last had started on a loaded machine, and a provider's
    // race then showed in one run and not the next.
    awaitQuietly(ready);
    go.countDown();
    TimeLimit.Burst over;
    try {
      over = device.timeLimit().awaitAll(futures); // one step limit for the whole burst
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a burst ran", e);
    }
    List<CallOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Future<Void> f = futures.get(i);
      outcomes.add(outcome(call, i + 1, () -> over.result(f)));
    }
    return outcomes;
  }

  /**
   * Presigns a link for {@code call} with the app's current credentials; the outcome is the
   * presign's (it fails when the provider cannot give credentials, as a call would).
   */
  public PresignedLink presign(AppCall call, java.time.Duration lifetime) {
    java.net.URI[] url = new java.net.URI[1];
    CallOutcome o = outcome(call, 0, () -> device.timeLimit().call(() -> {
      url[0] = device.sdkClients().presign(call.client(), device.regionOf(call.client()),
          PresignedLink.method(call.operation()), call.bucket(), call.key(), lifetime);
      return url[0];
    }));
    CallOutcome presign = new CallOutcome(PresignedLink.describe(call), o.client(), o.thread(),
        o.at(), o.ok(), o.errorCode(), o.message(), o.faultActive());
    return new PresignedLink(presign, o.ok() ? url[0] : null);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the gate opens anyway; the calls still run
    }
  }

  private interface Attempt {
    Object run() throws Exception;
  }

  private CallOutcome outcome(AppCall call, int thread, Attempt attempt) {
    Instant at = device.deviceClock().truth().instant();
    // Calls made while the world is faulted or the device has no network are excused.
    boolean fault = faultActiveAt.test(at) || device.network().offline();
    if (!device.lifecycle().acceptsCalls()) {
      return notRunning(call, thread, at, device.lifecycle(), fault);
    }
    try {
      attempt.run();
      return new CallOutcome(call.describe(), call.client(), thread, at, true, null, null, fault);
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? "ServiceError" : e.awsErrorDetails().errorCode();
      String message = e.awsErrorDetails() == null ? e.getMessage()
          : e.awsErrorDetails().errorMessage();
      return new CallOutcome(call.describe(), call.client(), thread, at, false, code, message, fault);
    } catch (Exception e) {
      return new CallOutcome(call.describe(), call.client(), thread, at, false, clientCode(e),
          rootMessage(e), fault);
    }
  }

  /**
   * The code of a call that failed before any answer: {@code ClientError} for the SDK's own
   * failures, else the exception's class; {@code VirtualTimeOutOfRange} wherever it is in the
   * chain, so the runner can tell that the scenario's clock, not the provider, failed.
   */
  static String clientCode(Throwable e) {
    if (VirtualTimeOutOfRange.in(e)) {
      return VirtualTimeOutOfRange.class.getSimpleName();
    }
    return e instanceof SdkException ? "ClientError" : e.getClass().getSimpleName();
  }

  /** A call made while the app cannot make calls: it never reaches a client. */
  public static CallOutcome notRunning(AppCall call, int thread, Instant at, Lifecycle lifecycle,
      boolean fault) {
    return notRunning(call.describe(), call.client(), thread, at, lifecycle, fault);
  }

  /** The same for what is not one {@link AppCall} (an upload). */
  public static CallOutcome notRunning(String what, String client, int thread, Instant at,
      Lifecycle lifecycle, boolean fault) {
    return new CallOutcome(what, client, thread, at, false, "AppNotRunning",
        "the app is " + lifecycle.describe() + ": launch or foreground it before calling", fault);
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t.getMessage() != null && !sb.toString().contains(t.getMessage())) {
        sb.append(": ").append(t.getMessage());
      }
    }
    return sb.toString();
  }

  /** Performs the call; a refusal of its credentials is passed on to the provider first. */
  private Object performNoticing(AppCall call) {
    try {
      return perform(call);
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      if (e.statusCode() == 403 && call.operation() == Operation.HEAD_OBJECT) {
        code = "AccessDenied"; // a HEAD refusal has no body to name its code: take the worst
      }
      if (code != null && RejectionListener.REFUSALS.contains(code)) {
        device.sdkClients().rejected(call.client(), code);
      }
      throw e;
    }
  }

  private Object perform(AppCall call) {
    String region = device.regionOf(call.client());
    if (call.operation() == Operation.GET_CALLER_IDENTITY) {
      return device.sdkClients().sts(call.client(), region).getCallerIdentity();
    }
    S3Client s3 = device.sdkClients().s3(call.client(), region);
    return switch (call.operation()) {
      case GET_OBJECT -> s3.getObjectAsBytes(b -> b.bucket(call.bucket()).key(call.key()));
      case PUT_OBJECT -> s3.putObject(b -> b.bucket(call.bucket()).key(call.key()),
          RequestBody.fromBytes(payload(call.size())));
      case HEAD_OBJECT -> s3.headObject(b -> b.bucket(call.bucket()).key(call.key()));
      case DELETE_OBJECT -> s3.deleteObject(b -> b.bucket(call.bucket()).key(call.key()));
      case LIST_OBJECTS_V2 -> s3.listObjectsV2(b -> b.bucket(call.bucket()).prefix(call.key()));
      default -> throw new IllegalArgumentException("no such app call: " + call.operation());
    };
  }

  /** Deterministic upload content, so reruns send the same bytes. */
  static byte[] payload(long size) {
    return dev.lapse.vocabulary.Payload.bytes((int) Math.min(size, Integer.MAX_VALUE - 16));
  }

}
