/**
 * Internal to Lapse: SigV4 verification, independent of the SDK signer it checks; depends on the JDK only.
 *
 * <p>Not part of the public API; it may change in any release without notice.
 */
package dev.lapse.internal.aws.sigv4;
