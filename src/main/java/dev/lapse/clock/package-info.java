/**
 * Virtual time, the only time Lapse's code reads: {@link dev.lapse.clock.VirtualClock} (a
 * {@code java.time.Clock} that moves only when told), {@link dev.lapse.clock.DeviceClock} (the
 * phone's skewed view of it), and the {@link dev.lapse.clock.Scheduler} a provider uses for
 * background refresh, whose tasks run in virtual time order. {@link dev.lapse.clock.WallClock}
 * is the one door to real time, used only where a real-time limit is the point.
 *
 * <pre>{@code
 * device.scheduler().schedule(Duration.ofMinutes(50), this::refresh);
 * }</pre>
 */
package dev.lapse.clock;
