"""botocore's DeferredRefreshableCredentials, fed by the app's developer backend, plus what
botocore leaves to the app: when S3 or STS refuses the credentials (a revoked session answers
AccessDenied long before the Expiration), Lapse's adapter calls ``rejected``, and the
credentials are marked expired, so botocore's next use refreshes them (mandatory) with a fresh
login. Without it (examples/python/botocore_provider.py) botocore presents the refused
credentials until its advisory window, 15 minutes before they would have expired."""
import datetime

from botocore.credentials import DeferredRefreshableCredentials


class RejectionAwareCredentials(DeferredRefreshableCredentials):
    def rejected(self, refused, error_code):
        with self._refresh_lock:
            if self._access_key == refused["access_key_id"]:
                print("dropping %s: AWS answered %s" % (refused["access_key_id"], error_code))
                # botocore has no public invalidate: an expiry in the past makes its next use
                # a mandatory refresh.
                self._expiry_time = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def launch(device):
    cognito = device.cognito_client()

    def fetch():
        login = device.developer_login()
        c = cognito.get_credentials_for_identity(
            IdentityId=login["identityId"], Logins={"cognito-identity.amazonaws.com": login["token"]})["Credentials"]
        return {"access_key": c["AccessKeyId"], "secret_key": c["SecretKey"], "token": c["SessionToken"],
                "expiry_time": c["Expiration"].isoformat()}

    return RejectionAwareCredentials(fetch, "lapse-rejection-aware")
