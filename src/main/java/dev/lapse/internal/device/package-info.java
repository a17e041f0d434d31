/**
 * Internal to Lapse: the simulated phone: lifecycle, keychain, device clock, network switch, scheduler, the app's SDK clients.
 *
 * <p>Not part of the public API; it may change in any release without notice.
 */
package dev.lapse.internal.device;
