package dev.lapse.internal.aws;

import dev.lapse.internal.aws.sigv4.SigV4Authorization;
import dev.lapse.internal.aws.sigv4.SigV4Dates;
import dev.lapse.internal.aws.sigv4.SigV4Exception;
import dev.lapse.internal.aws.sigv4.SigV4Verifier;
import dev.lapse.internal.aws.sigv4.SignedRequestView;
import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.Verdicts.Signature;
import java.time.Duration;
import java.time.Instant;

/**
 * Judges a SigV4-signed request against what the Authority issued, in the order AWS does:
 * header shape, credential scope (service, then region), the key, the session token and its
 * expiry at the judged virtual instant, the signature, and (when asked) the signing time.
 * Fills the journal entry as it goes, so a rejected request is still recorded with what it
 * carried. A failure is thrown as {@link Failed}; each service words it in its own protocol.
 */
public final class SignatureCheck {
  /** S3's limit on the distance between the signing time and the server's time. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(15);

  private SignatureCheck() {}

  /** A request that passed: who signed it, when, and for which scope. */
  public record Signed(SigV4Authorization auth, IssuedCredentials credentials,
      CredentialFacts facts, Instant signedAt, SigV4Verifier.Verdict verdict) {}

  /** Why a signed request was refused. */
  public static final class Failed extends RuntimeException {
    private final Signature reason;
    private final SigV4Authorization auth;
    private final SigV4Verifier.Verdict verdict;
    private final Instant signedAt;

    Failed(Signature reason, String message, SigV4Authorization auth,
        SigV4Verifier.Verdict verdict, Instant signedAt) {
      super(message, null, false, false);
      this.reason = reason;
      this.auth = auth;
      this.verdict = verdict;
      this.signedAt = signedAt;
    }

    /** MISSING, MALFORMED, WRONG_SERVICE, WRONG_REGION, UNKNOWN_KEY, BAD_TOKEN, MISMATCH, SKEWED; or VALID for expired credentials whose signature was otherwise fine. */
    public Signature reason() {
      return reason;
    }

    /** True when the only fault is that the session credentials had expired. */
    public boolean expired() {
      return reason == Signature.VALID;
    }

    /** The parsed Authorization header, or null when it was missing or malformed. */
    public SigV4Authorization auth() {
      return auth;
    }

    /** Canonical request and string to sign (for SignatureDoesNotMatch), or null. */
    public SigV4Verifier.Verdict verdict() {
      return verdict;
    }

    /** When the request says it was signed, or null. */
    public Instant signedAt() {
      return signedAt;
    }
  }

  /**
   * Verifies a signed request.
   *
   * @param service        the signing name this endpoint expects (s3, sts, cognito-identity)
   * @param expectedRegion the region the request must be signed for, or null to accept any
   * @param s3             S3's canonicalisation rules (see SigV4Verifier)
   * @param checkSkew      refuse signing times more than 15 minutes from the judged instant
   */
  public static Signed verify(Exchange ex, Authority authority, String service,
      String expectedRegion, boolean s3, boolean checkSkew) {
    JournalEntry.Builder entry = ex.entry();
    SignedRequestView view = s3
        ? new SignedRequestView(ex.method(), ex.rawPath(), ex.rawQuery(), ex.headers(),
            orEmpty(ex.header(SignedRequestView.CONTENT_SHA256)))
        : SignedRequestView.of(ex.method(), ex.rawPath(), ex.rawQuery(), ex.headers(), ex.body());
    SigV4Authorization auth;
    try {
      auth = SigV4Authorization.parse(ex.header("Authorization"));
    } catch (SigV4Exception e) {
      Signature reason = e.reason() == SigV4Exception.Reason.MISSING
          ? Signature.MISSING : Signature.MALFORMED;
      throw fail(entry, reason, s3 ? e.s3Message() : e.getMessage(), null, null, null);
    }
    entry.region = auth.region();
    if (!service.equals(auth.service())) {
      throw fail(entry, Signature.WRONG_SERVICE, "Credential should be scoped to correct service: '"
          + service + "'. ", auth, null, null);
    }
    if (expectedRegion != null && !expectedRegion.equals(auth.region())) {
      throw fail(entry, Signature.WRONG_REGION, "Credential should be scoped to a valid region, not '"
          + auth.region() + "'. ", auth, null, null);
    }
    IssuedCredentials creds = authority.credentials(auth.accessKeyId()).orElse(null);
    boolean developer = Authority.DEVELOPER_ACCESS_KEY.equals(auth.accessKeyId());
    if (creds == null && !developer) {
      throw fail(entry, Signature.UNKNOWN_KEY, "The security token included in the request is invalid.",
          auth, null, null);
    }
    CredentialFacts facts = developer ? authority.developerKeyFacts() : creds.facts();
    entry.credentials = facts;
    if (creds != null) {
      String token = view.header("x-amz-security-token");
      if (token == null || !token.equals(creds.sessionToken())) {
        throw fail(entry, Signature.BAD_TOKEN,
            "The provided token is malformed or otherwise invalid.", auth, null, null);
      }
      boolean expired = facts.expiredAt(ex.judgedAt());
      entry.judge(expired);
      if (expired) {
        throw fail(entry, Signature.VALID, "The security token included in the request is expired",
            auth, null, null);
      }
    }
    SigV4Verifier.Verdict verdict;
    Instant signedAt;
    try {
      String secret = developer ? Authority.DEVELOPER_SECRET_KEY : creds.secretAccessKey();
      verdict = SigV4Verifier.verify(view, auth, secret, s3);

      signedAt = SigV4Dates.requestTime(view);
    } catch (SigV4Exception e) {
      throw fail(entry, Signature.MALFORMED, s3 ? e.s3Message() : e.getMessage(), auth, null, null);
    }
    if (!verdict.matches()) {
      throw fail(entry, Signature.MISMATCH, "The request signature we calculated does not match "
          + "the signature you provided.", auth, verdict, signedAt);
    }
    if (checkSkew && Duration.between(signedAt, ex.judgedAt()).abs().compareTo(MAX_SKEW) > 0) {
      throw fail(entry, Signature.SKEWED, "The difference between the request time and the "
          + "current time is too large.", auth, verdict, signedAt);
    }
    entry.signature = Signature.VALID;
    return new Signed(auth, creds, facts, signedAt, verdict);
  }

  private static Failed fail(JournalEntry.Builder entry, Signature reason, String message,
      SigV4Authorization auth, SigV4Verifier.Verdict verdict, Instant signedAt) {
    entry.signature = reason;
    return new Failed(reason, message, auth, verdict, signedAt);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
