"""Lapse's Python adapter: hosts a user's Python credentials provider for one app launch and
makes the scenario's calls through the app's own boto3 clients.

    python lapse_adapter.py <provider_module.py>

Protocol (see adapters/PROTOCOL.md): one JSON request per line on stdin, one JSON reply per line
on stdout, strictly in turn. Every request carries the device's clock (``now``, an ISO instant
with the scenario's skew) and the virtual truth (``truth``, epoch ms, what the scheduler runs
on), whether the device is online, and the keychain; every reply carries the keychain back and
the truth instant of the next scheduled task. Logs go to stderr.
"""
import concurrent.futures
import datetime
import importlib.util
import json
import os
import re
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

import io

import boto3
import boto3.s3.transfer
import botocore.credentials
import botocore.retries.standard
import botocore.session
import time_machine
from botocore.config import Config
from botocore.exceptions import ClientError

PROTOCOL_OUT = sys.stdout


class _Logged:
    """The user's module may print and log freely: only replies go to the real stdout. Its lines
    go to stderr and, with the reply to the request during which they were written, into
    Lapse's report."""

    def __init__(self, stream):
        self._stream = stream
        self._partial = ""
        self.lines = []
        self._lock = threading.Lock()

    def write(self, text):
        self._stream.write(text)
        with self._lock:
            self._partial += text
            *done, self._partial = self._partial.split("\n")
            self.lines.extend(line for line in done if line.strip())
        return len(text)

    def flush(self):
        self._stream.flush()

    def take(self):
        with self._lock:
            out, self.lines = self.lines, []
        return out


_LOG = _Logged(sys.stderr)
sys.stdout = _LOG
sys.stderr = _LOG

# The SDK retries at once: a real back-off would sleep in real time while virtual time stands
# still (the Java device's clients do the same).
botocore.retries.standard.ExponentialBackoff.delay_amount = lambda self, context: 0

# time-machine, not freezegun: it moves datetime and time.time but leaves time.monotonic alone,
# which the HTTP stack's timeouts need. Time stands still between requests, at the device clock.
_traveller = time_machine.travel(datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc), tick=False)
_coordinates = _traveller.start()


class _State:
    truth = 0
    offline = False
    keychain = {}
    tasks = []
    task_seq = 0
    task_errors = []
    app = None
    module = None


STATE = _State()


def _describe(e):
    return "%s: %s" % (type(e).__name__, e)


class Keychain(dict):
    """The device keychain: survives terminate and relaunch (it travels in Lapse's messages)."""


class _Handle:
    def __init__(self, task):
        self._task = task

    def cancel(self):
        self._task["cancelled"] = True


class Scheduler:
    """Tasks run only when Lapse says virtual time reached them, never on real timers."""

    def schedule(self, delay_seconds, fn):
        if not callable(fn):
            raise TypeError("scheduler.schedule(delay_seconds, fn): fn must be callable")
        task = {"due": STATE.truth + max(0, int(float(delay_seconds) * 1000)), "seq": STATE.task_seq,
                "fn": fn, "cancelled": False}
        STATE.task_seq += 1
        STATE.tasks.append(task)
        return _Handle(task)


def _next_due():
    STATE.tasks = [t for t in STATE.tasks if not t["cancelled"]]
    return min((t["due"] for t in STATE.tasks), default=None)


def _run_due():
    while True:
        due = sorted((t for t in STATE.tasks if not t["cancelled"] and t["due"] <= STATE.truth),
                     key=lambda t: (t["due"], t["seq"]))
        if not due:
            return
        task = due[0]
        STATE.tasks.remove(task)
        try:
            task["fn"]()
        except Exception as e:  # a task's failure is reported with the step, the app goes on
            STATE.task_errors.append(_describe(e))


class Device:
    def __init__(self, d):
        self.keychain = STATE.keychain
        self.scheduler = Scheduler()
        self.cognito_endpoint = d["cognitoEndpoint"]
        self.sts_endpoint = d["stsEndpoint"]
        self.s3_endpoint = d["s3Endpoint"]
        self.developer_backend = d["developerBackend"]
        self.cognito_region = d["cognitoRegion"]
        self.identity_pool_id = d["identityPoolId"]
        self.developer_provider_name = d["developerProviderName"]
        self.authenticated_role_arn = d["authenticatedRoleArn"]
        self.user = d["user"]
        self.clients = dict(d["clients"])

    def now(self):
        """The device clock: an aware datetime, skew included."""
        return datetime.datetime.now(datetime.timezone.utc)

    def cognito_client(self):
        """A Cognito Identity client for the pool's region, reaching the fake, unsigned calls."""
        return _session_with().client("cognito-identity", region_name=self.cognito_region,
                            endpoint_url=self.cognito_endpoint,
                            aws_access_key_id="unused", aws_secret_access_key="unused",
                            config=Config(signature_version=botocore.UNSIGNED, retries=_RETRIES))

    def developer_login(self):
        url = "%s?user=%s" % (self.developer_backend, urllib.parse.quote(self.user, safe=""))
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                body = json.loads(response.read())
        except urllib.error.HTTPError as e:
            raise IOError("developer backend answered %d: %s" % (e.code, e.read().decode(errors="replace")))
        return {"identityId": body["identityId"], "token": body["token"]}


_RETRIES = {"mode": "standard", "max_attempts": 3}


class _GivenCredentials(botocore.credentials.CredentialProvider):
    """Hands the user's credentials object to a botocore session, as its resolver would."""

    METHOD = "lapse-provider"

    def __init__(self, credentials):
        super().__init__()
        self._credentials = credentials

    def load(self):
        return self._credentials


# Loading botocore's service models and endpoint rules is most of the cost of a client (JSON
# read per session). Each adapter process loads them once, ahead of the launch that uses it
# (Lapse starts adapters early), and every session of the app shares them: the SDK's static
# data, not the app's state, which is new at every launch.
_LOADER = botocore.session.Session().get_component("data_loader")


def _warm_up():
    session = botocore.session.Session()
    session.register_component("data_loader", _LOADER)
    for service in ("s3", "sts", "cognito-identity"):
        session.create_client(service, region_name="us-east-1", endpoint_url="http://127.0.0.1:1",
                              aws_access_key_id="AKIDWARMUP", aws_secret_access_key="warm")


def _session_with(credentials=None):
    session = botocore.session.Session()
    session.register_component("data_loader", _LOADER)
    if credentials is None:
        return boto3.session.Session(botocore_session=session)
    session.register_component("credential_provider",
                               botocore.credentials.CredentialResolver([_GivenCredentials(credentials)]))
    return boto3.session.Session(botocore_session=session)


def _providers_of(launched):
    if isinstance(launched, dict) and isinstance(launched.get("providers"), dict) \
            and "default" in launched["providers"]:
        return launched["providers"], launched.get("close"), launched.get("rejected")
    if launched is not None and hasattr(launched, "get_frozen_credentials"):
        return {"default": launched}, None, None
    raise TypeError("launch(device) must return a botocore credentials object (Credentials, "
                    "RefreshableCredentials, DeferredRefreshableCredentials) or "
                    "{'providers': {'default': credentials, ...}, 'close': fn}; it returned %r"
                    % type(launched).__name__)


def _load(module_path):
    if STATE.module is None:
        spec = importlib.util.spec_from_file_location("lapse_user_provider", module_path)
        if spec is None:
            raise ImportError("cannot load %s as a Python module" % module_path)
        module = importlib.util.module_from_spec(spec)
        sys.path.insert(0, os.path.dirname(os.path.abspath(module_path)))
        spec.loader.exec_module(module)
        if not callable(getattr(module, "launch", None)):
            raise TypeError("%s does not define a function launch(device)" % module_path)
        STATE.module = module
    return STATE.module


def _launch(message, module_path):
    module = _load(module_path)
    device = Device(message["device"])
    providers, close, rejected = _providers_of(module.launch(device))
    clients = {name: _clients(device, providers, name) for name in device.clients}
    STATE.app = {"clients": clients, "close": close, "providers": providers, "rejected": rejected}


def _clients(device, providers, name):
    region = device.clients[name]
    session = _session_with(providers.get(name, providers["default"]))
    clients = {
        # s3v4: generate_presigned_url would otherwise make SigV2 links (AWSAccessKeyId=...).
        "s3": session.client("s3", region_name=region, endpoint_url=device.s3_endpoint,
                             config=Config(s3={"addressing_style": "path"}, retries=_RETRIES,
                                           signature_version="s3v4")),
        "sts": session.client("sts", region_name=region, endpoint_url=device.sts_endpoint,
                              config=Config(retries=_RETRIES)),
    }
    for client in clients.values():
        client.meta.events.register("before-send", _record_signer)
    return clients


# The AWS error codes that refuse the credentials themselves: Java's RejectionListener.REFUSALS.
_REFUSALS = {"ExpiredToken", "ExpiredTokenException", "InvalidToken", "InvalidAccessKeyId",
             "InvalidClientTokenId", "AccessDenied"}
# Which credentials signed this thread's last request: a call (or each call of a burst) runs on
# one thread, and the signed request's headers are the only place that says.
_SIGNED = threading.local()


def _text(value):
    return value.decode() if isinstance(value, bytes) else value


def _record_signer(request, **_):
    match = re.search(r"Credential=([^/]+)/", _text(request.headers.get("Authorization", "")) or "")
    _SIGNED.used = {"access_key_id": match.group(1),
                    "session_token": _text(request.headers.get("X-Amz-Security-Token"))} if match else None


def _tell_rejected(call, code):
    """Tells the module that AWS refused a call for the credentials it carried, if it listens
    (the launch's "rejected", or a rejected method on that client's credentials object), as the
    Java device tells a RejectionListener. botocore asks the credentials object at every
    request, so nothing else needs rebuilding."""
    app, used = STATE.app, getattr(_SIGNED, "used", None)
    if app is None or used is None:
        return
    name = call["client"] if call["client"] in app["clients"] else "default"
    credentials = app["providers"].get(name, app["providers"]["default"])
    listener = app.get("rejected") or getattr(credentials, "rejected", None)
    if callable(listener):
        try:
            listener(used, code)
        except Exception as e:
            print("rejected(%s, %s) raised %s" % (used["access_key_id"], code, _describe(e)),
                  file=sys.stderr)


def _payload(size):
    """Deterministic upload content, the same bytes as the Java device sends."""
    return bytes(97 + i % 26 for i in range(size))


def _perform(call):
    if STATE.app is None:
        raise RuntimeError("the app is not running")
    client = STATE.app["clients"].get(call["client"], STATE.app["clients"]["default"])
    op = call["operation"]
    if op == "GetCallerIdentity":
        return client["sts"].get_caller_identity()
    s3 = client["s3"]
    bucket, key = call.get("bucket"), call.get("key")
    if op == "GetObject":
        return s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    if op == "PutObject":
        return s3.put_object(Bucket=bucket, Key=key, Body=_payload(call.get("size", 0)))
    if op == "HeadObject":
        return s3.head_object(Bucket=bucket, Key=key)
    if op == "DeleteObject":
        return s3.delete_object(Bucket=bucket, Key=key)
    if op == "ListObjectsV2":
        return s3.list_objects_v2(Bucket=bucket, **({"Prefix": key} if key else {}))
    raise ValueError("this adapter cannot make the call %s" % op)


def _failure(e):
    """A failed call as the protocol reports it: AWS's error code for a service error (also when
    s3transfer wraps it), else a client-side failure."""
    service = e if isinstance(e, ClientError) else e.__cause__ or e.__context__
    if isinstance(service, ClientError):
        error = service.response.get("Error", {})
        return {"ok": False, "code": error.get("Code", "ServiceError"),
                "message": error.get("Message", str(service))}
    return {"ok": False, "code": "ClientError", "message": _describe(e)}


def _outcome(call):
    """What the app saw: AWS's error code for a service error, else a client-side failure."""
    _SIGNED.used = None
    try:
        _perform(call)
        return {"ok": True}
    except ClientError as e:
        error = e.response.get("Error", {})
        code = error.get("Code", "ServiceError")
        # A HEAD has no body to name the error: its bare 403 is S3's AccessDenied.
        if call["operation"] == "HeadObject" and code == "403":
            code = "AccessDenied"
        if code in _REFUSALS:
            _tell_rejected(call, code)
        return _failure(e)
    except Exception as e:
        return {"ok": False, "code": "ClientError", "message": _describe(e)}


_PRESIGNED = {"GetObject": "get_object", "PutObject": "put_object", "HeadObject": "head_object"}


def _presign(link):
    """A presigned link from boto3's generate_presigned_url with the app's provider, signed on
    the device clock (time-machine): {ok, url}, or the failure as a call outcome."""
    try:
        if STATE.app is None:
            raise RuntimeError("the app is not running")
        client = STATE.app["clients"].get(link["client"], STATE.app["clients"]["default"])
        method = _PRESIGNED.get(link["operation"])
        if method is None:
            raise ValueError("this adapter cannot presign %s" % link["operation"])
        url = client["s3"].generate_presigned_url(
            method, Params={"Bucket": link["bucket"], "Key": link["key"]},
            ExpiresIn=link["expires"])
        return {"ok": True, "url": url}
    except Exception as e:
        return _failure(e)


def _pass_part_share(params, **_):
    """Before each part after the first: asks Lapse for one part's share of virtual time (as
    the Java device's PartPacing passes it) and waits for the new time on stdin, the one question
    the adapter asks during a request."""
    if params.get("PartNumber", 1) < 2:
        return
    PROTOCOL_OUT.write(json.dumps({"pass": True}) + "\n")
    PROTOCOL_OUT.flush()
    line = sys.stdin.readline()
    if not line:
        raise RuntimeError("Lapse closed stdin during the upload")
    _set_clock(json.loads(line))


def _upload(u):
    """A multipart upload by boto3's own upload_fileobj, one part at a time on this thread, each
    part after the first a share of virtual time later: {ok}, or the failure as a call outcome."""
    s3 = None
    try:
        if STATE.app is None:
            raise RuntimeError("the app is not running")
        s3 = STATE.app["clients"].get(u["client"], STATE.app["clients"]["default"])["s3"]
        s3.meta.events.register("provide-client-params.s3.UploadPart", _pass_part_share)
        size, part = u["size"], u["partSize"]
        body = io.BytesIO((b"abcdefghijklmnopqrstuvwxyz" * (size // 26 + 1))[:size])
        config = boto3.s3.transfer.TransferConfig(multipart_threshold=part, multipart_chunksize=part,
                                                  max_concurrency=1, use_threads=False)
        s3.upload_fileobj(body, u["bucket"], u["key"], Config=config)
        return {"ok": True}
    except Exception as e:
        return _failure(e)
    finally:
        if s3 is not None:
            s3.meta.events.unregister("provide-client-params.s3.UploadPart", _pass_part_share)


def _burst(calls):
    """Every call on its own thread, released at once (one virtual instant: time stands still)."""
    if len(calls) == 1:
        return [_outcome(calls[0])]
    start = threading.Barrier(len(calls))

    def released(call):
        start.wait()
        return _outcome(call)

    with concurrent.futures.ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(released, calls))


def _set_clock(time):
    """The device's time as Lapse sends it: in every request, and in the answer to an upload's
    question between parts."""
    STATE.truth = time["truth"]
    _coordinates.move_to(datetime.datetime.fromisoformat(time["now"].replace("Z", "+00:00")))
    STATE.offline = time.get("offline") is True


def _set_time(message):
    _set_clock(message)
    STATE.keychain.clear()
    STATE.keychain.update(message.get("keychain") or {})


def _handle(message, module_path):
    _set_time(message)
    op = message.get("op")
    reply = {}
    if op == "load":
        _load(module_path)
    elif op == "launch":
        _launch(message, module_path)
    elif op == "tick":
        _run_due()
    elif op == "call":
        reply["results"] = _burst(message["calls"])
    elif op == "presign":
        reply["results"] = [_presign(message["presign"])]
    elif op == "upload":
        reply["results"] = [_upload(message["upload"])]
    elif op == "terminate":
        close = STATE.app and STATE.app.get("close")
        STATE.app = None
        STATE.tasks = []
        if close:
            close()
    else:
        raise ValueError("unknown request op %r; expected load, launch, tick, call, presign, upload or terminate" % op)
    return reply


def main():
    if len(sys.argv) != 2:
        print("usage: python lapse_adapter.py <provider_module.py>", file=sys.stderr)
        sys.exit(2)
    STATE.keychain = Keychain()
    try:
        _warm_up()
    except Exception as e:  # a cold start is slower, not wrong
        print("lapse adapter: warm-up failed: %s" % _describe(e), file=sys.__stderr__)
    for line in sys.stdin:
        if not line.strip():
            continue
        message = None
        try:
            message = json.loads(line)
            reply = {"ok": True}
            reply.update(_handle(message, sys.argv[1]))
        except BaseException as e:  # SyntaxError, SystemExit from the user's module included
            reply = {"ok": False, "error": _describe(e)}
        reply["keychain"] = dict(STATE.keychain)
        reply["nextDue"] = _next_due()
        reply["taskErrors"] = STATE.task_errors
        reply["log"] = _LOG.take()
        STATE.task_errors = []
        PROTOCOL_OUT.write(json.dumps(reply) + "\n")
        PROTOCOL_OUT.flush()
        if message is not None and message.get("op") == "terminate":
            break


if __name__ == "__main__":
    main()
