"""boto3 against `lapse serve --clock follow`, as a Python app would use it: Cognito credentials
through the developer backend, an upload, presigned GET and PUT links opened with urllib, then
the clock moved past the credentials' hour. Prints one JSON line of what it saw."""
import json
import sys
import urllib.error
import urllib.request

import boto3
from botocore import UNSIGNED
from botocore.config import Config

info = json.loads(sys.argv[1])
bucket, region = next(iter(info["buckets"].items()))


def fetch(url, method="GET", data=None):
    request = urllib.request.Request(url, method=method, data=data)
    try:
        with urllib.request.urlopen(request) as response:
            return {"status": response.status, "body": response.read().decode()}
    except urllib.error.HTTPError as e:
        return {"status": e.code, "body": e.read().decode()}


with urllib.request.urlopen(info["developerBackend"] + "?user=alice") as r:
    login = json.loads(r.read())
cognito = boto3.client("cognito-identity", region_name=info["cognitoRegion"],
                       endpoint_url=info["cognitoEndpoint"],
                       config=Config(signature_version=UNSIGNED))
creds = cognito.get_credentials_for_identity(
    IdentityId=login["identityId"],
    Logins={"cognito-identity.amazonaws.com": login["token"]})["Credentials"]
s3 = boto3.client("s3", region_name=region, endpoint_url=info["s3Endpoint"],
                  aws_access_key_id=creds["AccessKeyId"],
                  aws_secret_access_key=creds["SecretKey"],
                  aws_session_token=creds["SessionToken"],
                  config=Config(s3={"addressing_style": "path"}, signature_version="s3v4"))
s3.put_object(Bucket=bucket, Key="cat.jpg", Body=b"meow")
get_url = s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": "cat.jpg"},
                                    ExpiresIn=3 * 3600)
put_url = s3.generate_presigned_url("put_object", Params={"Bucket": bucket, "Key": "dog.jpg"},
                                    ExpiresIn=600)
seen = {"getUrl": get_url, "get": fetch(get_url), "put": fetch(put_url, "PUT", b"woof")}
seen["contentLength"] = s3.get_object(Bucket=bucket, Key="dog.jpg")["ContentLength"]
advance = urllib.request.Request(info["control"] + "/clock/advance", method="POST",
                                 data=json.dumps({"by": "2h"}).encode())
urllib.request.urlopen(advance).read()
seen["afterCredentialsExpired"] = fetch(get_url)
print(json.dumps(seen))
