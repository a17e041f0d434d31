/**
 * Internal to Lapse: the app's own developer backend, which logs users in through the fake Cognito.
 *
 * <p>Not part of the public API; it may change in any release without notice.
 */
package dev.lapse.internal.aws.backend;
