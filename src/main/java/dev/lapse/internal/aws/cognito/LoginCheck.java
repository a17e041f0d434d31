package dev.lapse.internal.aws.cognito;

import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.Identity;
import dev.lapse.internal.aws.IssuedToken;
import dev.lapse.journal.JournalEntry;
import dev.lapse.vocabulary.FaultKind;
import java.time.Instant;
import java.util.Map;

/**
 * Judges the {@code Logins} an unsigned Cognito call presents. The only provider this fake's
 * pool trusts in Logins is Cognito itself ({@code cognito-identity.amazonaws.com}), whose value
 * is an OpenID token this world issued: the developer-authenticated flow. The token is judged
 * at the exchange's virtual instant and journaled, expired or not, because a request that
 * presented an expired login token is exactly what the checks look for.
 */
final class LoginCheck {
  static final String COGNITO_PROVIDER = "cognito-identity.amazonaws.com";

  private final Authority authority;

  LoginCheck(Authority authority) {
    this.authority = authority;
  }

  /**
   * The live token among {@code logins}, or null when there are no logins.
   *
   * @throws dev.lapse.internal.aws.AwsError NotAuthorizedException for an unsupported provider, or a
   *     token that is unknown, unverifiable or expired
   */
  IssuedToken presentedToken(Map<String, String> logins, Exchange ex) {
    if (logins == null || logins.isEmpty()) {
      return null;
    }
    IssuedToken live = null;
    for (Map.Entry<String, String> login : logins.entrySet()) {
      if (!COGNITO_PROVIDER.equals(login.getKey())) {
        // Uncertain wording: real Cognito's message for a provider the pool does not trust
        // is not documented; this one at least says what is wrong.
        throw CognitoErrors.notAuthorized("Invalid login token. The login provider '"
            + login.getKey() + "' is not configured for this identity pool.");
      }
      live = judge(login.getValue(), ex);
    }
    return live;
  }

  /**
   * Checks that {@code logins} prove the caller may act for {@code identity}; returns the token
   * that proved it, or null for an unauthenticated identity called without logins.
   */
  IssuedToken forIdentity(Identity identity, Map<String, String> logins, Exchange ex) {
    IssuedToken token = presentedToken(logins, ex);
    if (token == null) {
      if (identity.authenticated()) {
        // Real Cognito refuses an authenticated identity that comes without its logins.
        throw CognitoErrors.notAuthorized(CognitoErrors.LOGINS_DONT_MATCH);
      }
      return null;
    }
    if (!token.facts().identityId().equals(identity.id())) {
      throw CognitoErrors.notAuthorized(CognitoErrors.LOGINS_DONT_MATCH);
    }
    return token;
  }

  private IssuedToken judge(String jwt, Exchange ex) {
    IssuedToken token = authority.token(jwt).orElse(null);
    if (token == null || authority.verifiedClaims(jwt).isEmpty()) {
      throw CognitoErrors.notAuthorized(CognitoErrors.NOT_OPENID_TOKEN);
    }
    JournalEntry.Builder entry = ex.entry();
    entry.loginToken = token.facts();
    Instant now = ex.judgedAt();
    boolean expired = token.facts().expiredAt(now);
    entry.judge(expired);
    if (expired) {
      throw CognitoErrors.notAuthorized("Invalid login token. Token expired: "
          + now.getEpochSecond() + " >= " + token.facts().expiresAt().getEpochSecond());
    }
    if (authority.revoked(token)) {
      // Uncertain wording: Cognito refuses a login the identity provider revoked with
      // NotAuthorizedException; the exact text for a revoked OpenID token is not documented.
      entry.fault = FaultKind.REVOKE.keyword();
      throw CognitoErrors.notAuthorized("Invalid login token. Token has been revoked.");
    }
    return token;
  }
}
