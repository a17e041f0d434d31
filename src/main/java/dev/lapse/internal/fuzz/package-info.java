/**
 * Internal to Lapse: the fuzzer's engine: scenario generation from recorded choices, shrinking, the try search.
 *
 * <p>Not part of the public API; it may change in any release without notice.
 */
package dev.lapse.internal.fuzz;
