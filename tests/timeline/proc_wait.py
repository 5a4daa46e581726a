"""proc_wait.py: waiting for an event a test can see (a process's state in
/proc, a file's contents), never for a fixed time."""

import time


def wait_until(what, predicate, limit=20.0):
    """Polls until `predicate()` gives a true value and returns it: waits for
    the event itself; the limit only keeps a broken shell from hanging the
    test."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.002)
    raise AssertionError(f"timed out waiting for {what}")
