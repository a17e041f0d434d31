/**
 * Internal to Lapse: the reports: HTML with SVG timelines, JUnit XML, JSON.
 *
 * <p>Not part of the public API; it may change in any release without notice.
 */
package dev.lapse.internal.report;
