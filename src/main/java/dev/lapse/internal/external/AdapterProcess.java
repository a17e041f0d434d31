package dev.lapse.internal.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One adapter process and its JSON-lines pipe: a request written to its stdin, the reply read
 * from its stdout, strictly in turn. Its stderr (the provider's logs) is kept, the last lines of
 * it for failure messages. Replies are bounded in size; reader threads are two per process.
 */
final class AdapterProcess implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A reply longer than this is a broken adapter, not a large keychain. */
  static final int MAX_REPLY_CHARS = 8 << 20;
  private static final int STDERR_LINES = 40;
  private static final int STDERR_LINE_CHARS = 2_000;
  private static final Object EOF = new Object();

  private final Process process;
  private final Writer stdin;
  private final BlockingQueue<Object> replies = new LinkedBlockingQueue<>();
  private final Deque<String> stderr = new ArrayDeque<>();
  private final String name;

  private AdapterProcess(Process process, String name) {
    this.process = process;
    this.name = name;
    this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(),
        StandardCharsets.UTF_8));
    daemon(name + "-stdout", () -> readReplies(process.getInputStream()));
    daemon(name + "-stderr", () -> readLogs(process.getErrorStream()));
  }

  /** Starts the adapter; a runtime that is not installed gets a message naming what to install. */
  static AdapterProcess start(AdapterRuntime runtime, Path home, Path module) {
    List<String> command = runtime.command(home, module);
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
    isolate(builder.environment());
    try {
      return new AdapterProcess(builder.start(), "lapse-" + runtime.prefix() + "-adapter");
    } catch (IOException e) {
      throw new ExternalProviderException("cannot start " + command.get(0) + " for the "
          + runtime.prefix() + " adapter (" + e.getMessage() + "); install " + runtime.install());
    }
  }

  /**
   * Nothing reaches real AWS: no credentials, profiles or instance metadata from the machine
   * running Lapse may leak into the app's SDK (it gets only what the provider returns).
   */
  private static void isolate(Map<String, String> env) {
    env.keySet().removeIf(k -> k.startsWith("AWS_"));
    env.put("AWS_CONFIG_FILE", "/nonexistent/lapse/aws-config");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/lapse/aws-credentials");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("PYTHONUNBUFFERED", "1");
    env.put("PYTHONDONTWRITEBYTECODE", "1");
    env.remove("NODE_OPTIONS");
  }

  /** Sends one request and waits for its reply (the caller bounds the wait in real time). */
  JsonNode exchange(JsonNode request) throws IOException, InterruptedException {
    return exchange(request, null);
  }

  /**
   * Like {@link #exchange(JsonNode)}, for a request during which the adapter may ask Lapse
   * something: a line with a {@code "pass"} field is such a question, not the reply; {@code
   * interim} answers it (one line back on stdin) and the wait for the reply goes on.
   */
  JsonNode exchange(JsonNode request, java.util.function.UnaryOperator<JsonNode> interim)
      throws IOException, InterruptedException {
    send(request);
    while (true) {
      JsonNode line = nextLine();
      if (interim == null || !line.has("pass")) {
        return line;
      }
      send(interim.apply(line));
    }
  }

  private void send(JsonNode message) throws IOException {
    try {
      stdin.write(JSON.writeValueAsString(message));
      stdin.write('\n');
      stdin.flush();
    } catch (IOException e) {
      throw exited();
    }
  }

  private JsonNode nextLine() throws IOException, InterruptedException {
    Object line = replies.take();
    if (line == EOF) {
      replies.offer(EOF); // every later exchange sees the end too
      throw exited();
    }
    try {
      return JSON.readTree((String) line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AdapterFailure("the " + name + " wrote a line that is not JSON on stdout ("
          + e.getOriginalMessage() + "); the protocol needs one JSON reply per line, logs on "
          + "stderr" + tailNote());
    }
  }

  private AdapterFailure exited() {
    Integer code = null;
    try {
      if (process.waitFor(2, TimeUnit.SECONDS)) {
        code = process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new AdapterFailure("the " + name + " exited" + (code == null ? "" : " with code " + code)
        + " before answering" + tailNote());
  }

  private String tailNote() {
    String tail = stderrTail();
    return tail.isEmpty() ? "" : "; its stderr ends with: " + tail;
  }

  /** The last lines the adapter wrote to stderr, joined. */
  synchronized String stderrTail() {
    return String.join(" | ", stderr);
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Ends the process now (a stuck or finished adapter); its pipes close with it. */
  @Override
  public void close() {
    process.destroyForcibly();
  }

  private void readReplies(InputStream out) {
    try {
      readLines(out, MAX_REPLY_CHARS, replies::offer);
    } finally {
      replies.offer(EOF); // the pipe closed: the process is gone
    }
  }

  private void readLogs(InputStream err) {
    readLines(err, STDERR_LINE_CHARS, this::log);
  }

  /** Each line of a pipe, cut at {@code maxChars}, until it closes (a dead process). */
  private static void readLines(InputStream in, int maxChars, Consumer<String> line) {
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      StringBuilder current = new StringBuilder();
      int c;
      while ((c = reader.read()) != -1) {
        if (c == '\n') {
          line.accept(current.toString());
          current.setLength(0);
        } else if (current.length() < maxChars) {
          current.append((char) c);
        }
      }
      if (current.length() > 0) {
        line.accept(current.toString());
      }
    } catch (IOException e) {
      // The pipe closed under us: what was read before stays.
    }
  }

  private synchronized void log(String line) {
    if (line.isBlank()) {
      return;
    }
    stderr.addLast(line.strip());
    while (stderr.size() > STDERR_LINES) {
      stderr.removeFirst();
    }
  }

  private static void daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
  }
}
