/**
 * Internal to Lapse: the lapse command line: run, fuzz, serve.
 *
 * <p>Not part of the public API; it may change in any release without notice.
 */
package dev.lapse.internal.cli;
