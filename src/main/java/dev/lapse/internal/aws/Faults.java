package dev.lapse.internal.aws;

import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Faults currently injected into the world, each until a virtual instant. Thread-safe.
 */
public final class Faults {
  private record Active(FaultKind kind, Instant until) {}

  private final Map<FaultTarget, Active> active = new EnumMap<>(FaultTarget.class);

  /** Injects {@code kind} into {@code target} until the virtual instant {@code until}. */
  public synchronized void inject(FaultTarget target, FaultKind kind, Instant until) {
    active.put(target, new Active(kind, until));
  }

  /** The fault active on {@code target} at {@code now}, or null. */
  public synchronized FaultKind activeAt(FaultTarget target, Instant now) {
    Active a = active.get(target);
    return a != null && now.isBefore(a.until) ? a.kind : null;
  }

  /** Whether any fault is active anywhere at {@code now}. */
  public synchronized boolean anyActiveAt(Instant now) {
    return active.values().stream().anyMatch(a -> now.isBefore(a.until));
  }

  public synchronized void clear() {
    active.clear();
  }
}
