package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.SignatureCheck;
import dev.lapse.internal.aws.sigv4.PresignedQuery;
import dev.lapse.internal.aws.sigv4.SigV4Authorization;
import dev.lapse.internal.aws.sigv4.SigV4Exception;
import dev.lapse.internal.aws.sigv4.SignedRequestView;
import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.PresignFacts;
import dev.lapse.journal.Verdicts.Signature;

/**
 * Judges who sent an S3 request, in S3's order: the bucket's region first (S3 routes by bucket
 * before it looks at keys), then the x-amz-content-sha256 header S3 insists on, then the
 * signature, key, token and expiry through {@link SignatureCheck}. Every refusal is journaled
 * with the credentials the request carried, so an expired key is a violation even when the
 * request failed for another reason first.
 */
final class S3Authentication {
  private final Authority authority;
  private final boolean checkSkew;

  S3Authentication(Authority authority, boolean checkSkew) {
    this.authority = authority;
    this.checkSkew = checkSkew;
  }

  /**
   * @param bucket     the bucket named in the path, or null
   * @param homeRegion the bucket's home region, or null when it does not exist
   * @return the accepted signature, or null for an anonymous request S3 may still answer
   *     (only "NoSuchBucket" for a bucket that does not exist)
   */
  SignatureCheck.Signed authenticate(Exchange ex, String bucket, String homeRegion) {
    String header = ex.header("Authorization");
    if (header != null && !header.isBlank()) {
      preCheck(ex, header, homeRegion);
    } else if (PresignedQuery.present(ex.rawQuery())) {
      preCheckPresigned(ex, homeRegion);
    }
    try {
      return SignatureCheck.verify(ex, authority, "s3", null, true, checkSkew);
    } catch (SignatureCheck.Failed failed) {
      if (failed.reason() == Signature.MISSING && homeRegion == null) {
        return null;
      }
      String token = failed.presigned() ? ex.query().get("X-Amz-Security-Token")
          : ex.header("x-amz-security-token");
      throw SignatureErrors.of(failed, token, bucket, homeRegion != null, ex.judgedAt(),
          ex.entry().presigned);
    }
  }

  /**
   * The checks S3 makes before it verifies a signature. The happy path reads no more than the
   * signed region; only a refusal parses the header, to journal whose key it was.
   */
  private void preCheck(Exchange ex, String header, String homeRegion) {
    String region = CredentialScope.region(header);
    if (region == null) {
      return; // SignatureCheck words a malformed header
    }
    ex.entry().region = region;
    String declared = ex.header(SignedRequestView.CONTENT_SHA256);
    AwsError refusal;
    Signature reason;
    if (homeRegion != null && !homeRegion.equals(region)) {
      refusal = S3Errors.wrongRegion(region, homeRegion);
      reason = Signature.WRONG_REGION;
    } else if (declared == null) {
      refusal = S3Errors.missingContentSha256();
      reason = Signature.MALFORMED;
    } else if (!PayloadForm.isKnown(declared)) {
      refusal = S3Errors.badContentSha256(declared);
      reason = Signature.MALFORMED;
    } else if (PayloadForm.isHexHash(declared)
        && !PayloadForm.sha256Hex(ex.body()).equalsIgnoreCase(declared)) {
      refusal = S3Errors.contentSha256Mismatch(declared, PayloadForm.sha256Hex(ex.body()));
      reason = Signature.MISMATCH;
    } else {
      return;
    }
    try {
      refuse(ex, SigV4Authorization.parse(header), reason);
    } catch (SigV4Exception e) {
      return; // SignatureCheck words a malformed header
    }
    throw refusal;
  }

  /**
   * A presigned URL for a bucket in another region is refused before its signature is looked
   * at, as a header-signed one is, in the words of query-string authentication.
   */
  private void preCheckPresigned(Exchange ex, String homeRegion) {
    PresignedQuery presigned;
    try {
      presigned = PresignedQuery.parse(ex.rawQuery());
    } catch (SigV4Exception e) {
      return; // SignatureCheck words a malformed query
    }
    String region = presigned.auth().region();
    ex.entry().region = region;
    if (homeRegion != null && !homeRegion.equals(region)) {
      ex.entry().presigned = new PresignFacts(presigned.signedAt(), presigned.lifetime());
      refuse(ex, presigned.auth(), Signature.WRONG_REGION);
      throw S3Errors.presignedWrongRegion(region, homeRegion);
    }
  }

  /** Journals what a refused request carried: whose key, and whether it had expired. */
  private void refuse(Exchange ex, SigV4Authorization auth, Signature reason) {
    JournalEntry.Builder entry = ex.entry();
    entry.signature = reason;
    if (Authority.DEVELOPER_ACCESS_KEY.equals(auth.accessKeyId())) {
      entry.credentials = authority.developerKeyFacts();
      return;
    }
    IssuedCredentials creds = authority.credentials(auth.accessKeyId()).orElse(null);
    if (creds != null) {
      entry.credentials = creds.facts();
      entry.judge(creds.facts().expiredAt(ex.judgedAt()));
    }
  }

  /** The S3 error for a body whose chunk signatures do not continue the header's. */
  static AwsError chunkSignatureMismatch(Exchange ex, SignatureCheck.Signed signed) {
    ex.entry().signature = Signature.MISMATCH;
    return S3Errors.chunkSignatureMismatch(signed.auth().accessKeyId());
  }
}
