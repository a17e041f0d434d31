"""boto3 against `lapse serve --clock follow`, as a Python app would use it: Cognito credentials
through the developer backend, an upload, presigned GET and PUT links opened with urllib,
`upload_file` with its multipart threshold lowered (12 MiB in 5 MiB parts) and `download_file`,
then the clock moved past the credentials' hour. Prints one JSON line of what it saw."""
import json
import os
import sys
import tempfile
import urllib.error
import urllib.request

import boto3
from boto3.s3.transfer import TransferConfig
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
mib = 1024 * 1024
data = bytes(97 + i % 26 for i in range(12 * mib))
folder = tempfile.mkdtemp()
with open(os.path.join(folder, "video.mp4"), "wb") as f:
    f.write(data)
parts = TransferConfig(multipart_threshold=5 * mib, multipart_chunksize=5 * mib, use_threads=False)
s3.upload_file(os.path.join(folder, "video.mp4"), bucket, "videos/video.mp4", Config=parts)
s3.download_file(bucket, "videos/video.mp4", os.path.join(folder, "back.mp4"), Config=parts)
with open(os.path.join(folder, "back.mp4"), "rb") as f:
    seen["uploadFile"] = {"same": f.read() == data,
                          "etag": s3.head_object(Bucket=bucket, Key="videos/video.mp4")["ETag"]}
advance = urllib.request.Request(info["control"] + "/clock/advance", method="POST",
                                 data=json.dumps({"by": "2h"}).encode())
urllib.request.urlopen(advance).read()
seen["afterCredentialsExpired"] = fetch(get_url)
print(json.dumps(seen))
