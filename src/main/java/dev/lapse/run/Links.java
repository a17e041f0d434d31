package dev.lapse.run;

import dev.lapse.history.CallOutcome;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.device.AppCall;
import dev.lapse.internal.device.PresignedLink;
import dev.lapse.journal.JournalEntry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * The presigned links a scenario's app made, by name, and how they are opened: with a plain
 * HTTP client and no credentials, as a browser or another user would, so that only what the
 * link carries decides whether it works. A fetch is recorded as a call outcome.
 */
final class Links {
  private static final Pattern CODE = Pattern.compile("<Code>([^<]*)</Code>");
  private static final Pattern MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

  private record Made(AppCall call, URI url) {}

  private final World world;
  private final Map<String, Made> byName = new HashMap<>();

  Links(World world) {
    this.world = world;
  }

  /** Remembers the link a presign step made; a failed presign leaves its name without one. */
  void made(String name, AppCall call, URI url) {
    byName.put(name, new Made(call, url));
  }

  CallOutcome open(String name, boolean faultActive) {
    Made made = byName.get(name);
    String what = "fetch " + name + (made == null ? "" : " (" + made.call().describe() + ")");
    java.time.Instant at = world.clock().instant();
    if (made == null || made.url() == null) {
      return new CallOutcome(what, null, 0, at, false, "NoLink",
          "the presign step that makes '" + name + "' did not make a link", faultActive);
    }
    String method = PresignedLink.method(made.call().operation());
    SdkHttpRequest.Builder request = SdkHttpRequest.builder().uri(made.url())
        .method(SdkHttpMethod.fromValue(method));
    byte[] body = new byte[0];
    if ("PUT".equals(method)) {
      body = ("uploaded through " + name).getBytes(StandardCharsets.UTF_8);
      request.putHeader("Content-Length", String.valueOf(body.length));
    }
    byte[] upload = body;
    try (SdkHttpClient http = world.plainHttpClient()) {
      HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
          .request(request.build())
          .contentStreamProvider("PUT".equals(method)
              ? () -> new java.io.ByteArrayInputStream(upload) : null)
          .build()).call();
      int status = response.httpResponse().statusCode();
      String text = response.responseBody().map(Links::read).orElse("");
      if (status >= 200 && status < 300) {
        return new CallOutcome(what, null, 0, at, true, null, null, faultActive);
      }
      String code = first(CODE, text, null);
      String message = first(MESSAGE, text, null);
      if (code == null) { // a HEAD's refusal has no body: the journal says what S3 meant
        JournalEntry judged = lastPresigned();
        code = judged == null ? "HTTP " + status : judged.errorCode();
        message = judged == null ? null : judged.errorMessage();
      }
      return new CallOutcome(what, null, 0, at, false, code, message, faultActive);
    } catch (IOException | RuntimeException e) {
      return new CallOutcome(what, null, 0, at, false, "ClientError",
          String.valueOf(e.getMessage()), faultActive);
    }
  }

  /** The newest refused presigned request: the one this fetch just made (steps run one by one). */
  private JournalEntry lastPresigned() {
    List<JournalEntry> newest = world.journal().newest(4);
    for (int i = newest.size() - 1; i >= 0; i--) {
      JournalEntry e = newest.get(i);
      if (e.presigned() != null) {
        return e.errorCode() == null ? null : e;
      }
    }
    return null;
  }

  private static String first(Pattern pattern, String text, String otherwise) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : otherwise;
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
