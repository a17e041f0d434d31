/**
 * Internal to Lapse: the fake STS (awsQuery): AssumeRoleWithWebIdentity and GetCallerIdentity.
 *
 * <p>Not part of the public API; it may change in any release without notice.
 */
package dev.lapse.internal.aws.sts;
