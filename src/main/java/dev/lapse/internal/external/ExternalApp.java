package dev.lapse.internal.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lapse.history.CallOutcome;
import dev.lapse.internal.device.App;
import dev.lapse.internal.device.AppCall;
import dev.lapse.internal.device.AppCalls;
import dev.lapse.internal.device.PresignedLink;
import dev.lapse.internal.device.SimulatedDevice;
import dev.lapse.internal.device.StepCutOff;
import dev.lapse.scenario.Lifecycle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An app in an adapter process, driven step by step as the Java device drives its own. The
 * device keeps the truth (clock, skew, keychain, network, lifecycle); every request carries
 * it to the adapter and every reply brings the keychain back, so a terminate can end the
 * process and a launch start a new one. The adapter's scheduled tasks run when virtual time
 * reaches them: each reply says when the next is due, and {@link #passTime} steps the clock
 * there and sends a {@code tick}, exactly as the Java scheduler is stepped.
 */
final class ExternalApp implements App {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ExternalProvider provider;
  private final SimulatedDevice device;
  private final Predicate<Instant> faultActiveAt;
  private final Consumer<Boolean> offlineAtDoor;
  private final Instant start;
  private final List<String> log = new ArrayList<>();
  private int logNotKept;
  private AdapterProcess process;
  private Instant nextDue;

  ExternalApp(ExternalProvider provider, SimulatedDevice device, Predicate<Instant> faultActiveAt,
      Consumer<Boolean> offlineAtDoor) {
    this.provider = provider;
    this.device = device;
    this.faultActiveAt = faultActiveAt;
    this.offlineAtDoor = offlineAtDoor;
    this.start = device.truth().instant();
  }

  /** A run keeps this many lines of provider log; a chatty provider cannot fill the heap. */
  static final int MAX_LOG_LINES = 1_000;
  private static final int MAX_LOG_LINE_CHARS = 2_000;

  @Override
  public List<String> log() {
    if (logNotKept == 0) {
      return List.copyOf(log);
    }
    List<String> out = new ArrayList<>(log);
    out.add("... " + logNotKept + " more lines not kept");
    return out;
  }

  @Override
  public void launch() throws Exception {
    if (device.lifecycle() != Lifecycle.NOT_RUNNING) {
      terminate();
    }
    process = provider.freshProcess();
    nextDue = null;
    ObjectNode request = request("launch");
    request.set("device", deviceInfo());
    JsonNode reply = exchange(request);
    if (!reply.path("ok").asBoolean()) {
      end();
      throw new AdapterFailure("launch(device) of " + provider + " failed: "
          + reply.path("error").asText());
    }
    device.lifecycle(Lifecycle.Event.LAUNCH);
  }

  @Override
  public void terminate() throws Exception {
    boolean running = process != null && device.lifecycle() != Lifecycle.NOT_RUNNING;
    device.lifecycle(Lifecycle.Event.TERMINATE);
    if (!running) {
      end();
      return;
    }
    try {
      JsonNode reply = exchange(request("terminate"));
      if (!reply.path("ok").asBoolean()) {
        throw new AdapterFailure("closing " + provider + " failed: " + reply.path("error").asText());
      }
    } finally {
      end();
    }
  }

  @Override
  public void background() {
    device.lifecycle(Lifecycle.Event.BACKGROUND);
  }

  @Override
  public void foreground() throws Exception {
    Lifecycle before = device.lifecycle();
    device.lifecycle(Lifecycle.Event.FOREGROUND);
    if (before != device.lifecycle() && process != null) {
      tick();
    }
  }

  @Override
  public void passTime(Instant until) throws Exception {
    while (process != null && device.lifecycle().acceptsCalls()) {
      if (nextDue == null || nextDue.isAfter(until)) {
        break;
      }
      if (nextDue.isAfter(device.truth().instant())) {
        device.truth().set(nextDue);
      }
      tick();
    }
    if (until.isAfter(device.truth().instant())) {
      device.truth().set(until);
    }
  }

  private void tick() throws Exception {
    JsonNode reply = exchange(request("tick"));
    if (!reply.path("ok").asBoolean()) {
      throw new AdapterFailure("a scheduled task of " + provider + " failed: "
          + reply.path("error").asText());
    }
  }

  @Override
  public CallOutcome call(AppCall call) {
    return calls(call, 1).get(0);
  }

  @Override
  public List<CallOutcome> burst(AppCall call, int count) {
    return calls(call, count);
  }

  private List<CallOutcome> calls(AppCall call, int count) {
    Instant at = device.truth().instant();
    boolean fault = faultActiveAt.test(at) || device.network().offline();
    List<CallOutcome> out = new ArrayList<>();
    int first = count == 1 ? 0 : 1;
    if (process == null || !device.lifecycle().acceptsCalls()) {
      for (int i = 0; i < count; i++) {
        out.add(AppCalls.notRunning(call, first + i, at, device.lifecycle(), fault));
      }
      return out;
    }
    ObjectNode request = request("call");
    ArrayNode calls = request.putArray("calls");
    for (int i = 0; i < count; i++) {
      calls.add(describe(call));
    }
    try {
      JsonNode reply = exchange(request);
      if (!reply.path("ok").asBoolean()) {
        throw new AdapterFailure(reply.path("error").asText());
      }
      Iterator<JsonNode> results = reply.path("results").elements();
      for (int i = 0; i < count; i++) {
        JsonNode r = results.hasNext() ? results.next() : NODES.objectNode()
            .put("ok", false).put("code", "AdapterError").put("message", "no result for this call");
        out.add(r.path("ok").asBoolean()
            ? new CallOutcome(call.describe(), call.client(), first + i, at, true, null, null, fault)
            : new CallOutcome(call.describe(), call.client(), first + i, at, false,
                r.path("code").asText("ClientError"), r.path("message").asText(null), fault));
      }
    } catch (Exception e) {
      for (int i = 0; i < count; i++) {
        out.add(new CallOutcome(call.describe(), call.client(), first + i, at, false,
            e.getClass().getSimpleName(), e.getMessage(), fault));
      }
    }
    return out;
  }

  /**
   * A presigned link made in the adapter by its language's SDK presigner, with the provider's
   * credentials of this instant and the device clock the adapter's runtime is set to.
   */
  @Override
  public PresignedLink presign(AppCall call, java.time.Duration lifetime) {
    Instant at = device.truth().instant();
    boolean fault = faultActiveAt.test(at) || device.network().offline();
    String what = PresignedLink.describe(call);
    if (process == null || !device.lifecycle().acceptsCalls()) {
      CallOutcome not = AppCalls.notRunning(call, 0, at, device.lifecycle(), fault);
      return new PresignedLink(new CallOutcome(what, not.client(), 0, at, false, not.errorCode(),
          not.message(), fault), null);
    }
    ObjectNode request = request("presign");
    request.set("presign", describe(call).put("expires", lifetime.toSeconds()));
    try {
      JsonNode reply = exchange(request);
      if (!reply.path("ok").asBoolean()) {
        throw new AdapterFailure(reply.path("error").asText());
      }
      JsonNode r = reply.path("results").path(0);
      if (r.path("ok").asBoolean() && r.path("url").isTextual()) {
        return new PresignedLink(new CallOutcome(what, call.client(), 0, at, true, null, null,
            fault), java.net.URI.create(r.path("url").asText()));
      }
      return new PresignedLink(new CallOutcome(what, call.client(), 0, at, false,
          r.path("code").asText("AdapterError"), r.path("message").asText("no link in the reply"),
          fault), null);
    } catch (Exception e) {
      return new PresignedLink(new CallOutcome(what, call.client(), 0, at, false,
          e.getClass().getSimpleName(), e.getMessage(), fault), null);
    }
  }

  /**
   * A multipart upload by the adapter's SDK (the JS SDK's lib-storage {@code Upload}, boto3's
   * {@code upload_fileobj} with a {@code TransferConfig}), one part at a time. Before each part
   * after the first the adapter asks for one part's share of virtual time ({@code "pass"}), as
   * the Java device's {@code PartPacing} passes it, so each part is signed and judged at its
   * own instant. Scheduled tasks due during the upload run when it ends (the adapter is busy
   * until then). Never throws; the outcome is the upload's.
   */
  @Override
  public CallOutcome upload(dev.lapse.internal.device.AppUpload upload) {
    Instant at = device.truth().instant();
    boolean fault = faultActiveAt.test(at) || device.network().offline();
    if (process == null || !device.lifecycle().acceptsCalls()) {
      return AppCalls.notRunning(upload.describe(), upload.client(), 0, at, device.lifecycle(),
          fault);
    }
    Instant end = at.plus(upload.takes());
    ObjectNode request = request("upload");
    ObjectNode u = request.putObject("upload");
    u.put("client", upload.client());
    u.put("bucket", upload.bucket());
    u.put("key", upload.key());
    u.put("size", upload.size());
    u.put("partSize", upload.partSize());
    try {
      JsonNode reply = exchange(request, ask -> {
        device.truth().set(device.truth().instant().plus(upload.share()));
        return putTime(NODES.objectNode());
      }, upload.parts() + 1);
      if (!reply.path("ok").asBoolean()) {
        throw new AdapterFailure(reply.path("error").asText());
      }
      JsonNode r = reply.path("results").path(0);
      if (!r.path("ok").asBoolean()) {
        return new CallOutcome(upload.describe(), upload.client(), 0, at, false,
            r.path("code").asText("AdapterError"), r.path("message").asText(""), fault);
      }
      passTime(end);
      return new CallOutcome(upload.describe(), upload.client(), 0, at, true, null, null, fault);
    } catch (Exception e) {
      return new CallOutcome(upload.describe(), upload.client(), 0, at, false,
          e.getClass().getSimpleName(), e.getMessage(), fault);
    }
  }

  @Override
  public void network(boolean online) {
    device.network().set(online);
    offlineAtDoor.accept(!online);
  }

  /**
   * One request and its reply within the step limit. A cut-off or a dead adapter ends the
   * process: the app is gone, as a crashed app is, and later steps see it not running.
   */
  private JsonNode exchange(ObjectNode request) throws Exception {
    return exchange(request, null, 1);
  }

  /**
   * With the adapter's questions during the request answered by {@code interim}, within
   * {@code calls} step limits (an upload: one per part).
   */
  private JsonNode exchange(ObjectNode request, java.util.function.UnaryOperator<JsonNode> interim,
      int calls) throws Exception {
    AdapterProcess current = process;
    JsonNode reply;
    try {
      reply = device.withinStepLimit(() -> current.exchange(request, interim), () ->
          "the " + provider.runtime().prefix() + " adapter of " + provider
              + " did not answer '" + request.path("op").asText() + "'; its stderr ends with: "
              + current.stderrTail() + "\n", calls);
    } catch (StepCutOff | AdapterFailure e) {
      device.lifecycle(Lifecycle.Event.TERMINATE);
      end();
      throw e;
    }
    absorb(reply);
    return reply;
  }

  /** What every reply brings back: the keychain, the next task due, tasks that failed. */
  private void absorb(JsonNode reply) {
    JsonNode keychain = reply.path("keychain");
    if (keychain.isObject()) {
      device.mapKeychain().wipe();
      for (Iterator<Map.Entry<String, JsonNode>> it = keychain.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        device.mapKeychain().put(e.getKey(), e.getValue().asText());
      }
    }
    JsonNode due = reply.path("nextDue");
    nextDue = due.isNumber() ? Instant.ofEpochMilli(due.asLong()) : null;
    String at = "[" + dev.lapse.vocabulary.Durations.offset(
        java.time.Duration.between(start, device.truth().instant())) + "] ";
    for (JsonNode line : reply.path("log")) {
      if (log.size() < MAX_LOG_LINES) {
        String text = line.asText();
        log.add(at + (text.length() > MAX_LOG_LINE_CHARS
            ? text.substring(0, MAX_LOG_LINE_CHARS) + "..." : text));
      } else {
        logNotKept++;
      }
    }
    for (JsonNode failure : reply.path("taskErrors")) {
      device.taskFailed(new AdapterFailure(failure.asText()));
    }
  }

  private ObjectNode request(String op) {
    ObjectNode r = NODES.objectNode();
    r.put("op", op);
    putTime(r);
    ObjectNode keychain = r.putObject("keychain");
    for (String key : device.mapKeychain().keys()) {
      keychain.put(key, device.mapKeychain().get(key).orElse(""));
    }
    return r;
  }

  /** The device's time as every request carries it (and the answer to an upload's question). */
  private ObjectNode putTime(ObjectNode m) {
    m.put("now", device.deviceClock().instant().toString());
    m.put("truth", device.truth().instant().toEpochMilli());
    m.put("offline", device.network().offline());
    return m;
  }

  private ObjectNode deviceInfo() {
    ObjectNode d = NODES.objectNode();
    d.put("cognitoEndpoint", device.cognitoEndpoint().toString());
    d.put("stsEndpoint", device.stsEndpoint().toString());
    d.put("s3Endpoint", device.cognitoEndpoint().toString());
    d.put("developerBackend", device.developerBackend().toString());
    d.put("cognitoRegion", device.cognitoRegion());
    d.put("identityPoolId", device.identityPoolId());
    d.put("developerProviderName", device.developerProviderName());
    d.put("authenticatedRoleArn", device.authenticatedRoleArn());
    d.put("user", device.user());
    ObjectNode clients = d.putObject("clients");
    device.clients().forEach(clients::put);
    return d;
  }

  private static ObjectNode describe(AppCall call) {
    ObjectNode c = NODES.objectNode();
    c.put("operation", call.operation().awsName());
    c.put("client", call.client());
    if (call.bucket() != null) {
      c.put("bucket", call.bucket());
    }
    if (call.key() != null) {
      c.put("key", call.key());
    }
    c.put("size", call.size());
    return c;
  }

  private void end() {
    if (process != null) {
      process.close();
      process = null;
    }
    nextDue = null;
  }
}
