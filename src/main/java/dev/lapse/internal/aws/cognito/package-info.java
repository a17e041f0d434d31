/**
 * Internal to Lapse: the fake Cognito Identity service (awsJson1_1), one row per operation.
 *
 * <p>Not part of the public API; it may change in any release without notice.
 */
package dev.lapse.internal.aws.cognito;
