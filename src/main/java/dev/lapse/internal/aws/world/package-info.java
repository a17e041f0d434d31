/**
 * Internal to Lapse: a running world: the WireMock server (or none, in memory), the dispatcher, the control endpoints and the in-memory clients.
 *
 * <p>Not part of the public API; it may change in any release without notice.
 */
package dev.lapse.internal.aws.world;
