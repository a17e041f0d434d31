// The seed app's provider, ported to JavaScript (see src/main/java/dev/lapse/provider/reference/
// SeedNaiveProviderFactory.java for the Java port and the Swift it mirrors), bug included:
// the identity id and the login token are kept in the keychain and the token is never
// refreshed, so a relaunch after the credentials expired presents a long-expired login token.
import { CognitoIdentityClient, GetCredentialsForIdentityCommand } from "@aws-sdk/client-cognito-identity";

/** @param device Lapse's device: clock, keychain, scheduler, endpoints (see README) */
export async function launch(device) {
  const cognito = new CognitoIdentityClient(device.cognitoClientConfig());
  const prefix = `naive.${device.identityPoolId}.`;
  const keychain = device.keychain;

  async function identityId() {
    // THE BUG: a cached identity id is returned without a look at the token that goes with it.
    if (keychain.get(prefix + "identityId")) return keychain.get(prefix + "identityId");
    const login = await device.developerLogin();
    keychain.set(prefix + "identityId", login.identityId);
    keychain.set(prefix + "token", login.token);
    return login.identityId;
  }

  // Reuse the keychain's credentials while more than 10 minutes from expiry (the iOS SDK's rule).
  return async function credentials() {
    const expiration = keychain.get(prefix + "expiration");
    if (expiration && new Date(expiration).getTime() > device.now().getTime() + 10 * 60_000) {
      return {
        accessKeyId: keychain.get(prefix + "accessKey"),
        secretAccessKey: keychain.get(prefix + "secretKey"),
        sessionToken: keychain.get(prefix + "sessionKey"),
        expiration: new Date(expiration),
      };
    }
    const id = await identityId();
    const out = await cognito.send(new GetCredentialsForIdentityCommand({
      IdentityId: id,
      Logins: { "cognito-identity.amazonaws.com": keychain.get(prefix + "token") },
    }));
    const c = out.Credentials;
    keychain.set(prefix + "accessKey", c.AccessKeyId);
    keychain.set(prefix + "secretKey", c.SecretKey);
    keychain.set(prefix + "sessionKey", c.SessionToken);
    keychain.set(prefix + "expiration", c.Expiration.toISOString());
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey, sessionToken: c.SessionToken,
      expiration: c.Expiration };
  };
}
