package dev.lapse.internal.report;

import dev.lapse.vocabulary.Service;
import dev.lapse.check.Checks;
import dev.lapse.history.CallOutcome;
import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import dev.lapse.history.RunRecord;
import dev.lapse.history.StepRecord;
import dev.lapse.journal.TokenFacts;
import dev.lapse.journal.Verdicts;
import dev.lapse.run.RunResult;
import dev.lapse.vocabulary.Operation;
import dev.lapse.scenario.Scenario;
import dev.lapse.scenario.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link RunResult} by hand, the way the runner would record it: steps with the
 * requests they caused, a scenario whose steps match, and violations from the real checks.
 * Requests model the developer-authenticated flow: backend login, Cognito credentials, S3.
 */
final class FakeRun {
  static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  static final Duration TOKEN_TTL = Duration.ofMinutes(15);
  static final Duration CREDS_TTL = Duration.ofHours(1);

  private final String name;
  private final String provider;
  private final List<Step> scenarioSteps = new ArrayList<>();
  private final List<StepRecord> steps = new ArrayList<>();
  private final List<JournalEntry> entries = new ArrayList<>();
  private List<CallOutcome> calls = new ArrayList<>();
  private Instant now = T0;
  private Duration latency = Duration.ZERO;
  private long seq;
  private int launch;
  private int tokens;
  private int keys;
  private String fault;

  FakeRun(String name, String provider) {
    this.name = name;
    this.provider = provider;
  }

  Instant now() {
    return now;
  }

  FakeRun launch() {
    launch++;
    return step(new Step.Launch(), "launch", null);
  }

  FakeRun terminate() {
    return step(new Step.Terminate(), "terminate", null);
  }

  FakeRun background() {
    return step(new Step.Background(), "background", null);
  }

  FakeRun foreground() {
    return step(new Step.Foreground(), "foreground", null);
  }

  FakeRun waitFor(Duration d) {
    return step(new Step.Wait(d), "wait", () -> now = now.plus(d));
  }

  FakeRun skew(Duration d) {
    return step(new Step.Skew(d), "skew", null);
  }

  FakeRun latency(Duration d) {
    latency = d;
    return step(new Step.Latency(d), "latency", null);
  }

  /** Later requests are answered with this fault's error, or normally again with null. */
  FakeRun fault(String name) {
    fault = name;
    return this;
  }

  /** A get step whose body makes the requests (login, credentials, the GetObject itself). */
  FakeRun get(String key, Runnable requests) {
    return step(new Step.S3Call(Operation.GET_OBJECT, "photos", key, "default"), "get", requests);
  }

  FakeRun failedLaunch(String note) {
    launch++;
    scenarioSteps.add(new Step.Launch());
    steps.add(new StepRecord(String.valueOf(scenarioSteps.size()), new Step.Launch(), now, now,
        seq, seq, launch, List.of(new CallOutcome("launch", null, 0, now, false,
            "IllegalStateException", note, false)), "IllegalStateException: " + note));
    return this;
  }

  private FakeRun step(Step step, String kind, Runnable body) {
    scenarioSteps.add(step);
    long before = seq;
    Instant started = now;
    calls = new ArrayList<>();
    if (body != null) {
      body.run();
    }
    steps.add(new StepRecord(String.valueOf(scenarioSteps.size()), step,
        started, now, before, seq, launch, calls, null));
    return this;
  }

  TokenFacts login() {
    TokenFacts token = new TokenFacts("tok-" + ++tokens, "developer", "us-east-1:alice", now,
        now.plus(TOKEN_TTL));
    add("developer-backend", "GetDeveloperToken", "alice", null, null, 200, null, null, null,
        token);
    return token;
  }

  CredentialFacts credentials(TokenFacts token) {
    CredentialFacts creds = new CredentialFacts(String.format("ASIAFAKE%012d", ++keys),
        "us-east-1:alice", now, now.plus(CREDS_TTL), "GetCredentialsForIdentity",
        token.tokenId());
    boolean expired = token.expiredAt(now.plus(latency));
    add("cognito-identity", "GetCredentialsForIdentity", "us-east-1:alice", null, token,
        expired ? 400 : 200, expired ? "NotAuthorizedException" : null,
        expired ? "Invalid login token. Token expired." : null, expired ? null : creds, null);
    return creds;
  }

  /** One GetObject signed with {@code creds}, and the app's view of it. */
  JournalEntry s3Get(String key, CredentialFacts creds, int thread) {
    boolean expired = creds.expiredAt(now.plus(latency));
    Instant at = now;
    JournalEntry e;
    if (fault != null) {
      e = add("s3", "GetObject", "photos/" + key, creds, null, 503, "SlowDown",
          "Please reduce your request rate.", null, null);
    } else {
      e = add("s3", "GetObject", "photos/" + key, creds, null, expired ? 400 : 200,
          expired ? "ExpiredToken" : null,
          expired ? "The provided token has expired." : null, null, null);
    }
    calls.add(new CallOutcome("GetObject photos/" + key, "default", thread, at, e.succeeded(),
        e.errorCode(), e.errorMessage(), fault != null));
    return e;
  }

  private JournalEntry add(String serviceName, String opName, String resource, CredentialFacts creds,
      TokenFacts token, int status, String code, String message, CredentialFacts issuedCreds,
      TokenFacts issuedToken) {
    Instant judged = now.plus(latency);
    Service service = Service.valueOf(serviceName.toUpperCase().replace('-', '_'));
    Operation op = Operation.of(service, opName);
    Verdicts.Expiry expiry = creds == null && token == null ? Verdicts.Expiry.NONE
        : (creds != null && creds.expiredAt(judged)) || (token != null && token.expiredAt(judged))
            ? Verdicts.Expiry.EXPIRED : Verdicts.Expiry.VALID;
    JournalEntry e = new JournalEntry(++seq, now, judged, service, op,
        service == Service.S3 ? "eu-west-1" : "us-east-1", resource, creds, token,
        creds == null ? Verdicts.Signature.UNSIGNED : Verdicts.Signature.VALID, expiry, status,
        code, message, issuedCreds == null && issuedToken == null ? null : "us-east-1:alice",
        issuedCreds, issuedToken, status >= 500 && fault != null ? fault : null, null);
    entries.add(e);
    now = now.plusMillis(3);
    return e;
  }

  RunResult result() {
    Scenario scenario = Scenario.builder(name).about("A hand-built run of " + name + ".")
        .bucket("photos", "eu-west-1").launch().build().withSteps(scenarioSteps);
    RunRecord record = new RunRecord(T0, now, CREDS_TTL, steps, entries, 0);
    return new RunResult(scenario, provider, record,
        Checks.verify(scenario.expect(), record));
  }
}
