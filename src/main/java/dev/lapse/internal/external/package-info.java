/**
 * Providers written in other languages: a JavaScript or Python module hosted by a small adapter
 * process ({@code adapters/node}, {@code adapters/python}) that speaks JSON lines with the device.
 * {@link dev.lapse.internal.external.ExternalProvider} is what {@code --provider node:<module>} or
 * {@code python:<module>} names; {@link dev.lapse.internal.external.ExternalApp} is one app
 * launch after another on the device, each launch a new adapter process. Scenarios, checks,
 * reports and the fuzzer do not know which language the provider is in.
 */
package dev.lapse.internal.external;
