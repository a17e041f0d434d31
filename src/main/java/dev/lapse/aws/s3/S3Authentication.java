package dev.lapse.aws.s3;

import dev.lapse.aws.Authority;
import dev.lapse.aws.AwsError;
import dev.lapse.aws.Exchange;
import dev.lapse.aws.IssuedCredentials;
import dev.lapse.aws.SignatureCheck;
import dev.lapse.aws.sigv4.SigV4Authorization;
import dev.lapse.aws.sigv4.SigV4Exception;
import dev.lapse.aws.sigv4.SignedRequestView;
import dev.lapse.journal.JournalEntry;
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
    }
    try {
      return SignatureCheck.verify(ex, authority, "s3", null, true, checkSkew);
    } catch (SignatureCheck.Failed failed) {
      if (failed.reason() == Signature.MISSING && homeRegion == null) {
        return null;
      }
      throw SignatureErrors.of(failed, ex.header("x-amz-security-token"), bucket,
          homeRegion != null, ex.judgedAt());
    }
  }

  /** The checks S3 makes before it verifies a signature, on a header that parses. */
  private void preCheck(Exchange ex, String header, String homeRegion) {
    SigV4Authorization auth;
    try {
      auth = SigV4Authorization.parse(header);
    } catch (SigV4Exception e) {
      return; // SignatureCheck words it
    }
    JournalEntry.Builder entry = ex.entry();
    entry.region = auth.region();
    if (homeRegion != null && !homeRegion.equals(auth.region())) {
      refuse(ex, auth, Signature.WRONG_REGION);
      throw S3Errors.wrongRegion(auth.region(), homeRegion);
    }
    String declared = ex.header(SignedRequestView.CONTENT_SHA256);
    if (declared == null) {
      refuse(ex, auth, Signature.MALFORMED);
      throw S3Errors.missingContentSha256();
    }
    if (!PayloadForm.isKnown(declared)) {
      refuse(ex, auth, Signature.MALFORMED);
      throw S3Errors.badContentSha256(declared);
    }
    if (PayloadForm.isHexHash(declared)) {
      String computed = PayloadForm.sha256Hex(ex.body());
      if (!computed.equalsIgnoreCase(declared)) {
        refuse(ex, auth, Signature.MISMATCH);
        throw S3Errors.contentSha256Mismatch(declared, computed);
      }
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

  /** Throws the S3 error for a body whose chunk signatures do not continue the header's. */
  static AwsError chunkSignatureMismatch(Exchange ex, SignatureCheck.Signed signed) {
    ex.entry().signature = Signature.MISMATCH;
    return S3Errors.chunkSignatureMismatch(signed.auth().accessKeyId());
  }
}
