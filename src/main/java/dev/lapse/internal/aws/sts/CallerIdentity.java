package dev.lapse.internal.aws.sts;

import dev.lapse.internal.aws.Authority;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.SignatureCheck;

/** GetCallerIdentity: who signed this request, once the signature and its key check out. */
final class CallerIdentity {
  static final String DEVELOPER_USER_ID = "AIDALAPSEDEVELOPER01";
  static final String DEVELOPER_ARN = "arn:aws:iam::" + AssumedRoles.DEFAULT_ACCOUNT
      + ":user/lapse-developer";

  private final Authority authority;
  private final AssumedRoles roles;

  CallerIdentity(Authority authority, AssumedRoles roles) {
    this.authority = authority;
    this.roles = roles;
  }

  StsXml handle(Exchange ex) {
    SignatureCheck.Signed signed;
    try {
      // The skew check is off: SDK clients sign with wall time, not the virtual clock.
      signed = SignatureCheck.verify(ex, authority, "sts", null, false, false);
    } catch (SignatureCheck.Failed failed) {
      throw StsErrors.fromSignature(failed);
    }
    StsXml result = new StsXml();
    if (signed.credentials() == null) {
      ex.entry().resource = DEVELOPER_ARN;
      return result.leaf("UserId", DEVELOPER_USER_ID)
          .leaf("Account", AssumedRoles.DEFAULT_ACCOUNT)
          .leaf("Arn", DEVELOPER_ARN);
    }
    String role = signed.credentials().roleArn();
    String session = roles.sessionOf(signed.credentials().accessKeyId());
    String arn = AssumedRoles.sessionArn(role, session);
    ex.entry().resource = arn;
    return result.leaf("UserId", AssumedRoles.assumedRoleId(role, session))
        .leaf("Account", AssumedRoles.account(role))
        .leaf("Arn", arn);
  }
}
