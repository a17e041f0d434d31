// The AWS SDK for JavaScript v3's own Cognito provider, unmodified: fromCognitoIdentityPool with
// a developer login function that asks the app's backend for a fresh OpenID token whenever the
// SDK needs credentials. The SDK clients cache what it returns until 5 minutes before expiry.
import { fromCognitoIdentityPool } from "@aws-sdk/credential-providers";

export async function launch(device) {
  const provider = fromCognitoIdentityPool({
    identityPoolId: device.identityPoolId,
    clientConfig: device.cognitoClientConfig(),
    logins: {
      "cognito-identity.amazonaws.com": async () => (await device.developerLogin()).token,
    },
  });
  return provider;
}
