// The JS SDK's fromCognitoIdentityPool behind a cache of the app's own that listens for
// refusals: when S3 or STS refuses the credentials it handed out (a revoked session answers
// AccessDenied long before the Expiration), Lapse's adapter calls `rejected`, the cache drops
// them, and the next call fetches new ones with a fresh login. Without `rejected` the app
// keeps presenting the refused credentials until 5 minutes before they would have expired
// (examples/js/pool-provider.mjs fails revoked-session for that reason).
import { fromCognitoIdentityPool } from "@aws-sdk/credential-providers";

const FIVE_MINUTES = 5 * 60 * 1000;

export async function launch(device) {
  const pool = fromCognitoIdentityPool({
    identityPoolId: device.identityPoolId,
    clientConfig: device.cognitoClientConfig(),
    logins: {
      "cognito-identity.amazonaws.com": async () => (await device.developerLogin()).token,
    },
  });
  let cached = null;
  let pending = null;
  const provider = async () => {
    if (cached && cached.expiration.getTime() - Date.now() > FIVE_MINUTES) return cached;
    pending ??= pool().then((c) => { cached = c; return c; }).finally(() => { pending = null; });
    return pending;
  };
  return {
    providers: { default: provider },
    rejected: (refused, errorCode) => {
      if (cached && cached.accessKeyId === refused.accessKeyId) {
        console.log(`dropping ${refused.accessKeyId}: AWS answered ${errorCode}`);
        cached = null;
      }
    },
  };
}
