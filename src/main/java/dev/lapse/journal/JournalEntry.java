package dev.lapse.journal;

import dev.lapse.vocabulary.Service;
import dev.lapse.vocabulary.Operation;
import java.time.Instant;

/**
 * One request as the fake AWS saw and judged it. Immutable; built with {@link Builder} by the
 * service that handled the request.
 *
 * @param seq          position in the journal, from 1, never reused (also counts dropped ones)
 * @param receivedAt   virtual instant the request arrived
 * @param judgedAt     virtual instant it was judged: arrival plus modelled latency
 * @param service      cognito-identity, sts, s3 or developer-backend
 * @param operation    e.g. GetObject, GetCredentialsForIdentity, GetDeveloperToken
 * @param region       region the request was signed for, or the pool's region when unsigned
 * @param resource     what it was about: bucket/key, identity id, user name; may be null
 * @param credentials  the credentials it was signed with, or null
 * @param loginToken   the login token it presented, or null
 * @param signature    SigV4 verdict
 * @param expiry       expiry verdict at {@code judgedAt}
 * @param status       HTTP status sent back
 * @param errorCode    AWS error code sent back, or null on success
 * @param errorMessage AWS error message sent back, or null
 * @param issuedIdentityId identity id the response handed out, or null
 * @param issuedCredentials credentials the response handed out, or null
 * @param issuedToken  login token the response handed out, or null
 * @param fault        name of the injected fault that shaped the response, or null
 * @param presigned    for a presigned (query-string signed) request, when it was signed and how
 *                     long its link was to work; null for header-signed and unsigned requests
 */
public record JournalEntry(long seq, Instant receivedAt, Instant judgedAt, Service service,
    Operation operation, String region, String resource, CredentialFacts credentials,
    TokenFacts loginToken, Verdicts.Signature signature, Verdicts.Expiry expiry, int status,
    String errorCode, String errorMessage, String issuedIdentityId,
    CredentialFacts issuedCredentials, TokenFacts issuedToken, String fault,
    PresignFacts presigned) {

  /** True when the request presented expired credentials or an expired login token. */
  public boolean presentedExpired() {
    return expiry == Verdicts.Expiry.EXPIRED;
  }

  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  JournalEntry withSeq(long newSeq) {
    return new JournalEntry(newSeq, receivedAt, judgedAt, service, operation, region, resource,
        credentials, loginToken, signature, expiry, status, errorCode, errorMessage,
        issuedIdentityId, issuedCredentials, issuedToken, fault, presigned);
  }

  public static Builder builder(Instant receivedAt, Instant judgedAt) {
    return new Builder(receivedAt, judgedAt);
  }

  /** Filled in step by step while a request is handled; not thread-safe (one per request). */
  public static final class Builder {
    private final Instant receivedAt;
    private final Instant judgedAt;
    public Service service;
    public Operation operation = Operation.UNKNOWN;
    public String region;
    public String resource;
    public CredentialFacts credentials;
    public TokenFacts loginToken;
    public Verdicts.Signature signature = Verdicts.Signature.UNSIGNED;
    public Verdicts.Expiry expiry = Verdicts.Expiry.NONE;
    public String issuedIdentityId;
    public CredentialFacts issuedCredentials;
    public TokenFacts issuedToken;
    public String fault;
    public PresignFacts presigned;

    private Builder(Instant receivedAt, Instant judgedAt) {
      this.receivedAt = receivedAt;
      this.judgedAt = judgedAt;
    }

    public Instant receivedAt() {
      return receivedAt;
    }

    public Instant judgedAt() {
      return judgedAt;
    }

    /** Marks the expiry verdict, never downgrading EXPIRED once seen. */
    public void judge(boolean expired) {
      if (expired) {
        expiry = Verdicts.Expiry.EXPIRED;
      } else if (expiry == Verdicts.Expiry.NONE) {
        expiry = Verdicts.Expiry.VALID;
      }
    }

    /** Every string a request can put here is capped, so the journal is bounded in bytes. */
    public JournalEntry build(int status, String errorCode, String errorMessage) {
      return new JournalEntry(0, receivedAt, judgedAt, service, operation, cap(region),
          cap(resource), credentials, loginToken, signature, expiry, status, cap(errorCode),
          cap(errorMessage), cap(issuedIdentityId), issuedCredentials, issuedToken, cap(fault),
          presigned);
    }
  }

  /** Longest string a journal entry keeps (S3 keys go up to 1,024 bytes; messages a bit more). */
  public static final int MAX_STRING = 2048;

  /** {@code s}, or its first {@link #MAX_STRING} characters and how many more there were. */
  public static String cap(String s) {
    if (s == null || s.length() <= MAX_STRING) {
      return s;
    }
    return s.substring(0, MAX_STRING) + "…(" + (s.length() - MAX_STRING) + " more characters)";
  }
}
