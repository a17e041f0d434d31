/**
 * Internal to Lapse: the fake AWS world's base: the Authority that issues and judges identities, tokens and credentials, SigV4 checks on requests, the request exchange and the service seam.
 *
 * <p>Not part of the public API; it may change in any release without notice.
 */
package dev.lapse.internal.aws;
