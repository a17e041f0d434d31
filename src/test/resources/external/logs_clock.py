"""Logs what its clock says at launch, in a scheduled task, and when asked for credentials."""
import datetime

from botocore.credentials import DeferredRefreshableCredentials


def _now():
    return datetime.datetime.now(datetime.timezone.utc).isoformat()


def launch(device):
    print("launch %s" % _now())
    device.scheduler.schedule(60, lambda: print("task %s" % device.now().isoformat()))

    def fetch():
        print("credentials %s" % _now())
        raise RuntimeError("no credentials here")

    return DeferredRefreshableCredentials(fetch, "logs-clock")
