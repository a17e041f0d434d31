package dev.lapse.history;

import java.time.Instant;

/**
 * What one app call (an S3 or STS request through the app's client, or a launch) came to, as
 * the app saw it.
 *
 * @param call        e.g. {@code GetObject photos/cat.jpg}, {@code launch}
 * @param client      the app client it went through, or null
 * @param thread      0 for a sequential call, 1..n inside a parallel burst
 * @param at          virtual instant it was made
 * @param ok          whether it succeeded
 * @param errorCode   the AWS error code, or a short cause for client-side failures
 * @param message     the error text, or null
 * @param faultActive whether an injected fault was active when it was made
 */
public record CallOutcome(String call, String client, int thread, Instant at, boolean ok,
    String errorCode, String message, boolean faultActive) {}
