package dev.lapse.internal.aws;

import dev.lapse.internal.aws.sigv4.SigV4Authorization;
import dev.lapse.internal.aws.sigv4.SigV4Dates;
import dev.lapse.internal.aws.sigv4.SigV4Exception;
import dev.lapse.internal.aws.sigv4.PresignedQuery;
import dev.lapse.internal.aws.sigv4.SigV4Verifier;
import dev.lapse.internal.aws.sigv4.SignedRequestView;
import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.PresignFacts;
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
    private final boolean presigned;

    Failed(Signature reason, String message, SigV4Authorization auth,
        SigV4Verifier.Verdict verdict, Instant signedAt, boolean presigned) {
      super(message, null, false, false);
      this.presigned = presigned;
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

    /** True when the request was signed in its query (a presigned URL), not a header. */
    public boolean presigned() {
      return presigned;
    }

    /** When the request says it was signed, or null. */
    public Instant signedAt() {
      return signedAt;
    }
  }

  /**
   * Verifies a signed request: by its Authorization header, or, for S3, by the query-string
   * parameters of a presigned URL. A presigned request is judged as strictly as a header-signed
   * one, and also refused once its own {@code X-Amz-Expires} is over; the journal entry records
   * when it was signed and how long its link was to work.
   *
   * @param service        the signing name this endpoint expects (s3, sts, cognito-identity)
   * @param expectedRegion the region the request must be signed for, or null to accept any
   * @param s3             S3's canonicalisation rules (see SigV4Verifier); also accepts presigned
   *                       URLs
   * @param checkSkew      refuse signing times more than 15 minutes from the judged instant (a
   *                       presigned URL's window is its X-Amz-Expires instead)
   */
  public static Signed verify(Exchange ex, Authority authority, String service,
      String expectedRegion, boolean s3, boolean checkSkew) {
    JournalEntry.Builder entry = ex.entry();
    String header = ex.header("Authorization");
    boolean presign = s3 && (header == null || header.isBlank())
        && PresignedQuery.present(ex.rawQuery());
    PresignedQuery presigned = null;
    SignedRequestView view;
    SigV4Authorization auth;
    try {
      if (presign) {
        presigned = PresignedQuery.parse(ex.rawQuery());
        entry.presigned = new PresignFacts(presigned.signedAt(), presigned.lifetime());
        auth = presigned.auth();
        view = new SignedRequestView(ex.method(), ex.rawPath(), presigned.unsignedRawQuery(),
            ex.headers(), PresignedQuery.UNSIGNED_PAYLOAD);
      } else {
        view = s3
            ? new SignedRequestView(ex.method(), ex.rawPath(), ex.rawQuery(), ex.headers(),
                orEmpty(ex.header(SignedRequestView.CONTENT_SHA256)))
            : SignedRequestView.of(ex.method(), ex.rawPath(), ex.rawQuery(), ex.headers(),
                ex.body());
        auth = SigV4Authorization.parse(header);
      }
    } catch (SigV4Exception e) {
      Signature reason = e.reason() == SigV4Exception.Reason.MISSING
          ? Signature.MISSING : Signature.MALFORMED;
      throw fail(entry, reason, s3 ? e.s3Message() : e.getMessage(), null, null, null, presign);
    }
    entry.region = auth.region();
    if (!service.equals(auth.service())) {
      throw fail(entry, Signature.WRONG_SERVICE, "Credential should be scoped to correct service: '"
          + service + "'. ", auth, null, null, presign);
    }
    if (expectedRegion != null && !expectedRegion.equals(auth.region())) {
      throw fail(entry, Signature.WRONG_REGION, "Credential should be scoped to a valid region, not '"
          + auth.region() + "'. ", auth, null, null, presign);
    }
    IssuedCredentials creds = authority.credentials(auth.accessKeyId()).orElse(null);
    boolean developer = Authority.DEVELOPER_ACCESS_KEY.equals(auth.accessKeyId());
    if (creds == null && !developer) {
      throw fail(entry, Signature.UNKNOWN_KEY, "The security token included in the request is invalid.",
          auth, null, null, presign);
    }
    CredentialFacts facts = developer ? authority.developerKeyFacts() : creds.facts();
    entry.credentials = facts;
    boolean expired = false;
    if (creds != null) {
      String token = presign ? presigned.securityToken() : view.header("x-amz-security-token");
      if (token == null || !token.equals(creds.sessionToken())) {
        throw fail(entry, Signature.BAD_TOKEN,
            "The provided token is malformed or otherwise invalid.", auth, null, null, presign);
      }
      expired = facts.expiredAt(ex.judgedAt());
      entry.judge(expired);
    }
    // S3 does not state how far ahead a link's X-Amz-Date may be; Lapse allows what it allows
    // a header-signed request (15 minutes), and like that rule it is off with checkSkew.
    if (presign && checkSkew
        && presigned.signedAt().isAfter(ex.judgedAt().plus(MAX_SKEW))) {
      throw fail(entry, Signature.LINK_NOT_YET_VALID, "Request is not yet valid", auth, null,
          presigned.signedAt(), true);
    }
    if (presign && entry.presigned.linkExpiredAt(ex.judgedAt())) {
      throw fail(entry, Signature.LINK_EXPIRED, "Request has expired", auth, null,
          presigned.signedAt(), true);
    }
    if (expired) {
      throw fail(entry, Signature.VALID, "The security token included in the request is expired",
          auth, null, null, presign);
    }
    SigV4Verifier.Verdict verdict;
    Instant signedAt;
    try {
      String secret = developer ? Authority.DEVELOPER_SECRET_KEY : creds.secretAccessKey();
      verdict = presign ? SigV4Verifier.verifyPresigned(view, presigned, secret)
          : SigV4Verifier.verify(view, auth, secret, s3);
      signedAt = presign ? presigned.signedAt() : SigV4Dates.requestTime(view);
    } catch (SigV4Exception e) {
      throw fail(entry, Signature.MALFORMED, s3 ? e.s3Message() : e.getMessage(), auth, null, null,
          presign);
    }
    if (!verdict.matches()) {
      throw fail(entry, Signature.MISMATCH, "The request signature we calculated does not match "
          + "the signature you provided.", auth, verdict, signedAt, presign);
    }
    if (checkSkew && !presign
        && Duration.between(signedAt, ex.judgedAt()).abs().compareTo(MAX_SKEW) > 0) {
      throw fail(entry, Signature.SKEWED, "The difference between the request time and the "
          + "current time is too large.", auth, verdict, signedAt, false);
    }
    entry.signature = Signature.VALID;
    return new Signed(auth, creds, facts, signedAt, verdict);
  }

  private static Failed fail(JournalEntry.Builder entry, Signature reason, String message,
      SigV4Authorization auth, SigV4Verifier.Verdict verdict, Instant signedAt,
      boolean presigned) {
    entry.signature = reason;
    return new Failed(reason, message, auth, verdict, signedAt, presigned);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
