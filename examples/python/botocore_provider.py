"""botocore's own RefreshableCredentials, unmodified, fed by the app's developer backend and
Cognito's GetCredentialsForIdentity: a fresh login token for every refresh. botocore refreshes
in its advisory (15 minutes) and mandatory (10 minutes) windows before expiry."""
from botocore.credentials import DeferredRefreshableCredentials


def launch(device):
    cognito = device.cognito_client()

    def fetch():
        login = device.developer_login()
        c = cognito.get_credentials_for_identity(
            IdentityId=login["identityId"], Logins={"cognito-identity.amazonaws.com": login["token"]})["Credentials"]
        return {"access_key": c["AccessKeyId"], "secret_key": c["SecretKey"], "token": c["SessionToken"],
                "expiry_time": c["Expiration"].isoformat()}

    return DeferredRefreshableCredentials(fetch, "lapse-botocore")
