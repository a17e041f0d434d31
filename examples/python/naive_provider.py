"""The seed app's provider, ported to Python (see SeedNaiveProviderFactory.java for the Java port
and the Swift it mirrors), bug included: the identity id and the login token are kept in the
keychain and the token is never refreshed, so a relaunch after the credentials expired presents
a long-expired login token."""
import datetime

from botocore.credentials import DeferredRefreshableCredentials


def launch(device):
    cognito = device.cognito_client()
    prefix = "naive.%s." % device.identity_pool_id
    keychain = device.keychain

    def identity_id():
        # THE BUG: a cached identity id is returned without a look at the token that goes with it.
        if keychain.get(prefix + "identityId"):
            return keychain[prefix + "identityId"]
        login = device.developer_login()
        keychain[prefix + "identityId"] = login["identityId"]
        keychain[prefix + "token"] = login["token"]
        return login["identityId"]

    def fetch():
        expiration = keychain.get(prefix + "expiration")
        if expiration and datetime.datetime.fromisoformat(expiration) > device.now() + datetime.timedelta(minutes=10):
            return {"access_key": keychain[prefix + "accessKey"], "secret_key": keychain[prefix + "secretKey"],
                    "token": keychain[prefix + "sessionKey"], "expiry_time": expiration}
        identity = identity_id()
        c = cognito.get_credentials_for_identity(
            IdentityId=identity, Logins={"cognito-identity.amazonaws.com": keychain[prefix + "token"]})["Credentials"]
        keychain[prefix + "accessKey"] = c["AccessKeyId"]
        keychain[prefix + "secretKey"] = c["SecretKey"]
        keychain[prefix + "sessionKey"] = c["SessionToken"]
        keychain[prefix + "expiration"] = c["Expiration"].isoformat()
        return {"access_key": c["AccessKeyId"], "secret_key": c["SecretKey"], "token": c["SessionToken"],
                "expiry_time": c["Expiration"].isoformat()}

    return DeferredRefreshableCredentials(fetch, "lapse-naive")
