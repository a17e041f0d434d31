package dev.lapse.check;

import dev.lapse.history.RunRecord;
import dev.lapse.journal.CredentialFacts;
import dev.lapse.journal.JournalEntry;
import dev.lapse.journal.PresignFacts;
import dev.lapse.vocabulary.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every presigned link works for as long as it said it would. A link stops at the earlier of
 * its X-Amz-Expires and the expiry of the credentials that signed it, so a provider that signs
 * with credentials about to die hands out a link that dies early: a fetch inside the link's
 * stated lifetime refused because its signing credentials had expired is a violation. A fetch
 * after the stated lifetime is refused as it should be, and is not.
 */
final class PresignedLinksLive implements Check {
  @Override
  public String name() {
    return "presigned-links-live";
  }

  @Override
  public List<Violation> check(RunRecord run) {
    List<Violation> out = new ArrayList<>();
    for (JournalEntry e : run.entries()) {
      PresignFacts link = e.presigned();
      CredentialFacts signer = e.credentials();
      if (link == null || signer == null || link.linkExpiredAt(e.judgedAt())
          || !signer.expiredAt(e.judgedAt())) {
        continue;
      }
      out.add(Describe.of(name(), run, e, "a link that works until "
          + Describe.at(run, link.linkExpiresAt()) + ", the " + Durations.format(link.lifetime())
          + " it was signed for at " + Describe.at(run, link.signedAt()),
          Describe.request(run, e) + " was refused" + (e.errorCode() == null ? ""
              : " with " + e.errorCode()) + ": the link was signed with "
              + Describe.credentials(run, signer) + "; " + why(link, signer)));
    }
    return out;
  }

  /** Whether a better provider could have kept the promise, in one sentence. */
  private static String why(PresignFacts link, CredentialFacts signer) {
    Duration credentialLife = Duration.between(signer.issuedAt(), signer.expiresAt());
    if (link.lifetime().compareTo(credentialLife) > 0) {
      return "no provider can honour this link: a presigned link cannot outlive the temporary"
          + " credentials that signed it, and these live " + Durations.format(credentialLife)
          + " while the link asked for " + Durations.format(link.lifetime());
    }
    Duration left = Duration.between(link.signedAt(), signer.expiresAt());
    return "they had " + Durations.format(left.isNegative() ? Duration.ZERO : left)
        + " left when it was signed, less than the link's " + Durations.format(link.lifetime())
        + " (fresh credentials would have covered it)";
  }
}
