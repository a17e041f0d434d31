package dev.lapse.internal.aws.sts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the role sessions STS hands out, and remembers each session's name by access key so
 * that GetCallerIdentity can say who is calling. Credentials from Cognito's
 * GetCredentialsForIdentity carry Cognito's own session name.
 */
final class AssumedRoles {
  static final String COGNITO_SESSION = "CognitoIdentityCredentials";
  static final String DEFAULT_ACCOUNT = "123456789012";
  private static final Pattern ROLE_ARN =
      Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):role/(?:[\\w+=,.@-]+/)*([\\w+=,.@-]+)");

  private final Map<String, String> sessionByAccessKey = new ConcurrentHashMap<>();

  static boolean isRoleArn(String arn) {
    return ROLE_ARN.matcher(arn).matches();
  }

  void remember(String accessKeyId, String sessionName) {
    sessionByAccessKey.put(accessKeyId, sessionName);
  }

  String sessionOf(String accessKeyId) {
    return sessionByAccessKey.getOrDefault(accessKeyId, COGNITO_SESSION);
  }

  void clear() {
    sessionByAccessKey.clear();
  }

  static String account(String roleArn) {
    Matcher m = roleArn == null ? null : ROLE_ARN.matcher(roleArn);
    return m != null && m.matches() ? m.group(1) : DEFAULT_ACCOUNT;
  }

  static String roleName(String roleArn) {
    Matcher m = roleArn == null ? null : ROLE_ARN.matcher(roleArn);
    return m != null && m.matches() ? m.group(2) : "unknown";
  }

  /** {@code arn:aws:sts::<account>:assumed-role/<role>/<session>}. */
  static String sessionArn(String roleArn, String session) {
    return "arn:aws:sts::" + account(roleArn) + ":assumed-role/" + roleName(roleArn) + "/"
        + session;
  }

  /** {@code AROA<17 characters>:<session>}, stable for a role so that runs repeat. */
  static String assumedRoleId(String roleArn, String session) {
    return roleId(roleArn) + ":" + session;
  }

  /** A role's unique id: AROA and 17 upper-case characters derived from its name. */
  static String roleId(String roleArn) {
    String hex = Integer.toHexString(roleName(roleArn).hashCode() & 0x7fffffff)
        .toUpperCase(java.util.Locale.ROOT);
    return "AROALAPSE" + "00000000".substring(hex.length()) + hex;
  }
}
