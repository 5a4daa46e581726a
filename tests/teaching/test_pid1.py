#!/usr/bin/python3
"""test_pid1.py: forksh as PID 1 of a new PID namespace reaps adopted
orphans and passes SIGTERM on to its children.

Usage: test_pid1.py FORKSH

Runs `unshare --pid --fork --mount-proc FORKSH --trace -c ...` (needs root or
user namespaces). When the environment does not allow that, it says so and
exits 77, which CTest reports as SKIPPED (SKIP_RETURN_CODE), not as passed.
"""

import os
import signal
import subprocess
import sys
import time

SKIP = 77


def unshare_works():
    try:
        r = subprocess.run(["unshare", "--pid", "--fork", "--mount-proc", "/bin/sh", "-c", "echo $$"],
                           capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, str(e)
    if r.returncode != 0 or r.stdout.strip() != b"1":
        return False, (r.stderr.decode(errors="replace").strip() or f"status {r.returncode}")
    return True, ""


def children(pid):
    """(pid, comm) of each child of `pid`, from /proc/N/stat."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                text = fh.read()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses
        fields = text[text.rfind(")") + 2:].split()
        if int(fields[1]) == pid:
            yield int(entry), text[text.index("(") + 1:text.rfind(")")]


def child_of(pid):
    """The (first) child of `pid`, or None."""
    return next((child for child, _ in children(pid)), None)


def sleeping_children(pid):
    """How many children of `pid` run /bin/sleep (have exec'd it)."""
    return sum(1 for _, comm in children(pid) if comm == "sleep")


def check_orphans(forksh):
    # The subshell starts a sleep and exits: the sleep is orphaned and
    # re-parented to PID 1, which is forksh; forksh must reap it.
    script = r"""
echo "I am pid $$"
( /bin/sleep 100 >/dev/null & echo $! > /tmp/forksh-pid1-orphan.$PPID )
orphan=$(/bin/cat /tmp/forksh-pid1-orphan.$PPID)
/bin/rm -f /tmp/forksh-pid1-orphan.$PPID
read -r a b c ppid rest < /proc/$orphan/stat
echo "orphan's parent: $ppid"
kill $orphan
# Wait for the event (the orphan gone from /proc), not for the clock: up
# to 10 s, so a loaded machine is not taken for a shell that never reaps.
i=0
while [ -e /proc/$orphan ] && [ $i -lt 1000 ]; do /bin/sleep 0.01; i=$((i + 1)); done
if [ -e /proc/$orphan ]; then echo "orphan left: $(/bin/cat /proc/$orphan/stat)"; else echo "orphan reaped"; fi
"""
    r = subprocess.run(["unshare", "--pid", "--fork", "--mount-proc", forksh, "--trace", "-c", script],
                       capture_output=True, timeout=20, stdin=subprocess.DEVNULL)
    out, err = r.stdout.decode(), r.stderr.decode()
    problems = []
    if r.returncode != 0:
        problems.append(f"status {r.returncode}")
    for want in ("I am pid 1\n", "orphan's parent: 1\n", "orphan reaped\n"):
        if want not in out:
            problems.append(f"stdout lacks {want!r}")
    for want in ("running as PID 1", "reaped orphan"):
        if want not in err:
            problems.append(f"trace lacks {want!r}")
    return problems, out, err


def check_sigterm(forksh):
    script = r"""
/bin/sleep 30 &
/bin/sleep 30 &
echo ready
wait
echo "wait returned $?"
"""
    proc = subprocess.Popen(["unshare", "--pid", "--fork", "--mount-proc", forksh, "--trace", "-c", script],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    problems = []
    try:
        line = proc.stdout.readline().decode()
        if line != "ready\n":
            problems.append(f"expected 'ready', got {line!r}")
        shell = None
        for _ in range(50):
            shell = child_of(proc.pid)
            if shell:
                break
            time.sleep(0.1)
        if not shell:
            problems.append("could not find forksh, the child of unshare")
            return problems, "", ""
        # Both sleeps started (exec'd) before the signal: their comm says so.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and sleeping_children(shell) < 2:
            time.sleep(0.01)
        start = time.monotonic()
        os.kill(shell, signal.SIGTERM)
        try:
            rest, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            problems.append("forksh did not finish within 10 s of SIGTERM: the sleeps were not killed")
            os.killpg(proc.pid, signal.SIGKILL)
            rest, err = proc.communicate()
        out = line + rest.decode()
        err = err.decode()
        if time.monotonic() - start > 5:
            problems.append("took more than 5 s after SIGTERM")
        if "wait returned" not in out:
            problems.append("`wait` never returned")
        if err.count("killed by SIGTERM") < 2:
            problems.append("the trace does not show both sleeps killed by SIGTERM")
        if proc.returncode != 0:
            problems.append(f"status {proc.returncode}")
        return problems, out, err
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    forksh = os.path.abspath(sys.argv[1])
    ok, why = unshare_works()
    if not ok:
        print(f"SKIPPED: this environment does not allow a new PID namespace "
              f"(unshare --pid --fork --mount-proc: {why}); PID 1 behaviour not tested")
        return SKIP
    failed = False
    for name, check in (("reaps adopted orphans", check_orphans),
                        ("passes SIGTERM on to its children", check_sigterm)):
        problems, out, err = check(forksh)
        if problems:
            failed = True
            print(f"FAIL forksh as PID 1 {name}: " + "; ".join(problems))
            print("--- stdout ---\n" + out + "--- stderr ---\n" + err[-3000:])
        else:
            print(f"ok   forksh as PID 1 {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
