/**
 * Scenarios: what happens to an app, in order, and what must hold afterwards.
 *
 * <p>One immutable model ({@link dev.lapse.scenario.Scenario} and its records) with two front
 * ends that validate alike: {@link dev.lapse.scenario.ScenarioReader} for YAML files, whose
 * errors name file, line and column, and {@link dev.lapse.scenario.ScenarioBuilder} for Java.
 * {@link dev.lapse.scenario.ScenarioWriter} turns any scenario back into a file that reads to
 * an equal scenario. Nothing here reads a clock: durations are plain values.
 *
 * <p>The file format, by example:
 * <pre>
 * name: relaunch-after-idle          # required
 * about: free text                   # optional
 * world:                             # optional; defaults shown
 *   cognito-region: us-east-1
 *   login-token-ttl: 15m
 *   credentials-ttl: 1h
 *   buckets: {photos: eu-west-1}     # name: region
 * device:                            # optional
 *   clients: {default: us-east-1, photos: eu-west-1}   # default is added if missing
 *   user: alice
 * steps:                             # required, at least one
 *   - launch                         # also terminate, background, foreground, wipe-keychain
 *   - caller-identity                # or caller-identity: {client: photos}
 *   - wait: 3h                       # durations: 500ms, 90s, 15m, 1h30m, 2d, PT15M
 *   - get: photos/cat.jpg            # also head, delete; list: photos[/prefix]
 *     client: default                # optional: else the first client in the bucket's region
 *   - put: {object: photos/dog.jpg, size: 4096, client: photos}
 *   - parallel: {count: 16, get: photos/cat.jpg}
 *   - skew: -10m
 *   - latency: 2s
 *   - fault: {target: developer-backend, kind: down, for: 10m}
 *   - repeat: {times: 3, steps: [wait: 20m, get: photos/cat.jpg]}
 * expect:                            # optional; default no-expired-token, calls-succeed
 *   - no-expired-token
 *   - refresh-budget: 2
 * </pre>
 */
package dev.lapse.scenario;
