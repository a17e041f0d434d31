package dev.lapse.internal.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lapse.internal.device.App;
import dev.lapse.internal.device.OutOfProcess;
import dev.lapse.internal.device.SimulatedDevice;
import dev.lapse.provider.AppProviders;
import dev.lapse.provider.CredentialsProviderFactory;
import dev.lapse.provider.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A provider module in another language, as {@code --provider node:<module>} or
 * {@code python:<module>} names it. The scenario runner hosts it out of process: every app
 * launch is a new adapter process running the module's {@code launch(device)}.
 *
 * <p>Starting Node or Python and loading the SDK takes longer than a scenario step, so one
 * process is started ahead: the next launch takes it and starts the one after. A spare has not
 * loaded the user's module yet, so a launch still begins from nothing, as on a phone.
 */
public final class ExternalProvider implements CredentialsProviderFactory, OutOfProcess {
  private static final int MAX_SPARES = 2;

  private final AdapterRuntime runtime;
  private final Path module;
  private final Path home;
  private final String spec;
  private final Deque<AdapterProcess> spares = new ArrayDeque<>();

  private ExternalProvider(AdapterRuntime runtime, Path module, Path home, String spec) {
    this.runtime = runtime;
    this.module = module;
    this.home = home;
    this.spec = spec;
    Runtime.getRuntime().addShutdownHook(new Thread(this::closeSpares, "lapse-adapter-spares"));
  }

  /** Whether {@code spec} names an external provider ({@code node:} or {@code python:}). */
  public static boolean names(String spec) {
    int colon = spec.indexOf(':');
    return colon > 0 && AdapterRuntime.ofPrefix(spec.substring(0, colon)).isPresent();
  }

  /**
   * The provider {@code spec} names, checked: the module exists and the adapter is there.
   *
   * @throws ExternalProviderException saying what was expected and what was found
   */
  public static ExternalProvider parse(String spec) {
    int colon = spec.indexOf(':');
    AdapterRuntime runtime = colon > 0
        ? AdapterRuntime.ofPrefix(spec.substring(0, colon)).orElse(null) : null;
    if (runtime == null) {
      throw new ExternalProviderException("'" + spec + "' is not an external provider; expected "
          + "node:<module.mjs> or python:<module.py>");
    }
    String file = spec.substring(colon + 1);
    if (file.isBlank()) {
      throw new ExternalProviderException("'" + spec + "' names no module; expected "
          + runtime.prefix() + ":<path to the provider module>");
    }
    Path module = Path.of(file).toAbsolutePath().normalize();
    if (!Files.isRegularFile(module)) {
      throw new ExternalProviderException("the " + runtime.prefix() + " provider module " + file
          + " does not exist (looked for " + module + ")");
    }
    return new ExternalProvider(runtime, module, AdapterHome.locate(runtime), spec);
  }

  /**
   * Loads the module once in a fresh adapter, to refuse a module that cannot be used (missing
   * runtime or packages, a syntax error, no {@code launch} export) before any scenario runs.
   */
  public ExternalProvider check(Duration limit) {
    try (AdapterProcess probe = AdapterProcess.start(runtime, home, module)) {
      JsonNode reply = bounded(() -> probe.exchange(JsonNodeFactory.instance.objectNode()
          .put("op", "load").put("now", Instant.EPOCH.toString()).put("truth", 0)), limit);
      if (!reply.path("ok").asBoolean()) {
        throw new ExternalProviderException("the " + runtime.prefix() + " provider " + spec
            + " cannot be loaded: " + reply.path("error").asText() + installHint(reply));
      }
    } catch (AdapterFailure e) {
      throw new ExternalProviderException(e.getMessage() + "; install " + runtime.install());
    } catch (TimeoutException e) {
      throw new ExternalProviderException("the " + runtime.prefix() + " provider " + spec
          + " did not load within " + limit.toSeconds() + " s of real time");
    }
    return this;
  }

  private String installHint(JsonNode reply) {
    String error = reply.path("error").asText();
    boolean packages = error.contains("Cannot find package") || error.contains("ModuleNotFound")
        || error.contains("No module named");
    return packages ? " (install the packages it imports; for Lapse's adapter: "
        + runtime.install() + ")" : "";
  }

  /** One guarded wait for the probe (no device yet, so no step limit to borrow). */
  private static JsonNode bounded(Callable<JsonNode> work, Duration limit)
      throws AdapterFailure, TimeoutException {
    ExecutorService one = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "lapse-adapter-probe");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<JsonNode> f = one.submit(work);
      return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof AdapterFailure a ? a : new AdapterFailure(String.valueOf(
          e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdapterFailure("interrupted while loading the provider");
    } finally {
      one.shutdownNow();
    }
  }

  public AdapterRuntime runtime() {
    return runtime;
  }

  public Path module() {
    return module;
  }

  /** A fresh adapter for the next launch, and a new spare started behind it. */
  AdapterProcess freshProcess() {
    AdapterProcess next = null;
    synchronized (spares) {
      while (next == null && !spares.isEmpty()) {
        AdapterProcess spare = spares.pollFirst();
        if (spare.alive()) {
          next = spare;
        }
      }
    }
    if (next == null) {
      next = AdapterProcess.start(runtime, home, module);
    }
    synchronized (spares) {
      if (spares.size() < MAX_SPARES) {
        spares.addLast(AdapterProcess.start(runtime, home, module));
      }
    }
    return next;
  }

  private void closeSpares() {
    synchronized (spares) {
      spares.forEach(AdapterProcess::close);
      spares.clear();
    }
  }

  @Override
  public App host(SimulatedDevice device, Predicate<Instant> faultActiveAt,
      Consumer<Boolean> offlineAtDoor) {
    return new ExternalApp(this, device, faultActiveAt, offlineAtDoor);
  }

  /** Only the runner can host this provider: it has no Java credentials providers to return. */
  @Override
  public AppProviders launch(Device device) {
    throw new UnsupportedOperationException(spec + " runs in its " + runtime.prefix()
        + " adapter, driven by Lapse's scenario runner; it has no Java credentials provider");
  }

  @Override
  public String toString() {
    return spec;
  }
}
