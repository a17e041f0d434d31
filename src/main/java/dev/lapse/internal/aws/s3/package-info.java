/**
 * Internal to Lapse: the fake S3 (rest-xml, path-style): objects, listings, payload forms, errors.
 *
 * <p>Not part of the public API; it may change in any release without notice.
 */
package dev.lapse.internal.aws.s3;
