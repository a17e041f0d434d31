package dev.lapse.internal.aws.sts;

import dev.lapse.vocabulary.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.IssuedToken;
import dev.lapse.journal.TokenFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * AssumeRoleWithWebIdentity (unsigned): trades an OpenID token this world's Cognito signed for
 * role credentials. The token is judged at the exchange's virtual instant and journaled.
 */
final class WebIdentityRole {
  private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]*");

  private final Authority authority;
  private final AssumedRoles roles;

  WebIdentityRole(Authority authority, AssumedRoles roles) {
    this.authority = authority;
    this.roles = roles;
  }

  StsXml handle(StsParams params, Exchange ex) {
    String roleArn = params.required("RoleArn");
    if (roleArn.length() < 20 || roleArn.length() > 2048 || !AssumedRoles.isRoleArn(roleArn)) {
      throw new AwsError(400, "ValidationError", "Request ARN is invalid");
    }
    String session = sessionName(params.required("RoleSessionName"));
    String jwt = params.required("WebIdentityToken");
    if (jwt.length() < 4 || jwt.length() > 20_000) {
      throw StsParams.validation("WebIdentityToken", "***", "Member must have length "
          + (jwt.length() < 4 ? "greater than or equal to 4" : "less than or equal to 20000"));
    }
    Duration ttl = Duration.ofSeconds(duration(params.optionalInt("DurationSeconds")));
    JsonNode claims = WebIdentityToken.verify(jwt, authority);
    TokenFacts facts = authority.token(jwt).map(IssuedToken::facts).orElse(null);
    ex.entry().loginToken = facts;
    String subject = claims.path("sub").asText(null);
    ex.entry().resource = subject;
    Instant now = ex.judgedAt();
    Instant exp = facts != null ? facts.expiresAt()
        : Instant.ofEpochSecond(claims.path("exp").asLong(0));
    boolean expired = !now.isBefore(exp);
    ex.entry().judge(expired);
    if (expired) {
      // Real STS words both instants as epoch seconds.
      throw new AwsError(400, "ExpiredTokenException", "Token expired: current date/time "
          + now.getEpochSecond() + " must be before the expiration date/time "
          + exp.getEpochSecond());
    }
    IssuedCredentials creds = authority.issueCredentials(subject,
        facts == null ? null : facts.tokenId(),
        Operation.ASSUME_ROLE_WITH_WEB_IDENTITY.awsName(), roleArn, ttl, now);
    roles.remember(creds.accessKeyId(), session);
    ex.entry().issuedIdentityId = subject;
    ex.entry().issuedCredentials = creds.facts();
    return new StsXml()
        .open("Credentials")
        .leaf("AccessKeyId", creds.accessKeyId())
        .leaf("SecretAccessKey", creds.secretAccessKey())
        .leaf("SessionToken", creds.sessionToken())
        // ISO-8601 with Z; whole seconds as AWS writes them unless the virtual clock had more.
        .leaf("Expiration", creds.facts().expiresAt().toString())
        .close("Credentials")
        .leaf("SubjectFromWebIdentityToken", subject)
        .open("AssumedRoleUser")
        .leaf("AssumedRoleId", AssumedRoles.assumedRoleId(roleArn, session))
        .leaf("Arn", AssumedRoles.sessionArn(roleArn, session))
        .close("AssumedRoleUser")
        .leaf("Provider", claims.path("iss").asText(null))
        .leaf("Audience", claims.path("aud").asText(null));
  }

  private static String sessionName(String name) {
    if (name.length() < 2) {
      throw StsParams.validation("RoleSessionName", name,
          "Member must have length greater than or equal to 2");
    }
    if (name.length() > 64) {
      throw StsParams.validation("RoleSessionName", name,
          "Member must have length less than or equal to 64");
    }
    if (!SESSION_NAME.matcher(name).matches()) {
      throw StsParams.validation("RoleSessionName", name,
          "Member must satisfy regular expression pattern: [\\w+=,.@-]*");
    }
    return name;
  }

  private static int duration(Integer seconds) {
    if (seconds == null) {
      return 3600;
    }
    if (seconds < 900) {
      throw StsParams.validation("DurationSeconds", seconds,
          "Member must have value greater than or equal to 900");
    }
    if (seconds > 43_200) {
      throw StsParams.validation("DurationSeconds", seconds,
          "Member must have value less than or equal to 43200");
    }
    return seconds;
  }
}
