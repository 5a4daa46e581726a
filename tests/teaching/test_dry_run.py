#!/usr/bin/python3
"""test_dry_run.py: explain runs the real executor in a throwaway copy of the
shell, and nothing outside that copy may change (issue 21).

Usage: test_dry_run.py FORKSH

In a fresh directory holding a file, a private file, a script that would
leave a mark and a FIFO, with a sleeping process to aim signals at, it runs
`explain` on lines that would write, create, truncate, delete, run programs,
send signals, change the trace target and the history file, under
`strace -f -e trace=execve` (when strace is there), and then checks, as a
user would see it:
  - every file is as it was, and no file or folder was added;
  - no program ran (strace saw no execve but forksh's own; the marker
    script left no mark either way);
  - the sleeper is alive and was not stopped;
  - explain still described what the real shell would do (the vfork and
    execve of each program, the open of each file);
  - a line that never ends (`while :; do :; done`, a loop of programs, a
    read of a FIFO nobody writes) is stopped, and says so.
Exit 0 when all hold, 1 otherwise.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile

TIMEOUT = 60


def snapshot(top):
    """{relative path: (mode, bytes or None for a folder/FIFO)} of a tree."""
    out = {}
    for folder, dirs, files in os.walk(top):
        for name in dirs + files:
            path = os.path.join(folder, name)
            st = os.lstat(path)
            data = None
            if os.path.isfile(path) and not os.path.islink(path):
                data = open(path, "rb").read()
            out[os.path.relpath(path, top)] = (st.st_mode, data)
    return out


def state_of(pid):
    with open(f"/proc/{pid}/stat") as fh:
        return fh.read().rsplit(")", 1)[1].split()[0]


def main():
    forksh = os.path.abspath(sys.argv[1])
    failures = []
    work = tempfile.mkdtemp(prefix="forksh-dryrun-")
    sleeper = subprocess.Popen(["sleep", "60"])
    try:
        with open(os.path.join(work, "keep.txt"), "w") as fh:
            fh.write("old contents\n")
        secret = os.path.join(work, "secret.txt")
        with open(secret, "w") as fh:
            fh.write("private\n")
        os.chmod(secret, 0o600)
        mark = os.path.join(work, "mark.sh")
        with open(mark, "w") as fh:
            fh.write(f"#!/bin/sh\necho ran > {work}/MARKED\n")
        os.chmod(mark, 0o755)
        os.mkfifo(os.path.join(work, "fifo"))
        before = snapshot(work)
        p = sleeper.pid
        lines = [
            "echo new > keep.txt; : > created.txt; /bin/echo x >> secret.txt",
            "rm -f keep.txt secret.txt; mkdir newdir; touch touched",
            "./mark.sh; /bin/sh -c 'echo ran > MARKED2'; ./mark.sh | /bin/cat > piped.txt",
            f"kill -TERM {p}; kill -STOP {p}; /bin/kill -KILL {p}",
            "exec 3>fd3.txt; /bin/echo into >&3",
            "set -o trace=trace.txt; /bin/true; history -w hist.txt",
            "echo a > fifo; /bin/cat < fifo > out.txt",
            "cd /tmp && : > forksh-dryrun-escape.txt",
            "exec ./mark.sh",
        ]
        script = "\n".join(f"explain {shlex_quote(l)}" for l in lines) + "\n"
        argv = [forksh, "-c", script]
        strace_out = os.path.join(tempfile.gettempdir(), f"forksh-dryrun-strace.{os.getpid()}")
        if shutil.which("strace"):
            argv = ["strace", "-f", "-qq", "-e", "trace=execve", "-o", strace_out] + argv
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C", "HOME": work, "HISTFILE": os.path.join(work, "h")}
        proc = subprocess.run(argv, cwd=work, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=TIMEOUT, start_new_session=True)
        out = proc.stdout.decode(errors="replace")
        if proc.returncode != 0:
            failures.append(f"explain exited {proc.returncode}: {proc.stderr[-500:]!r}")
        after = snapshot(work)
        for path in sorted(set(before) | set(after)):
            if before.get(path) != after.get(path):
                failures.append(f"{path}: changed by a dry run ({before.get(path)!r} -> {after.get(path)!r})")
        if os.path.exists("/tmp/forksh-dryrun-escape.txt"):
            failures.append("/tmp/forksh-dryrun-escape.txt was created")
            os.unlink("/tmp/forksh-dryrun-escape.txt")
        if sleeper.poll() is not None:
            failures.append(f"the sleeper was killed (status {sleeper.returncode})")
        elif state_of(p) == "T":
            failures.append("the sleeper was stopped")
        if os.path.exists(strace_out):
            execs = [l for l in open(strace_out).read().splitlines() if " execve(" in l and "resumed" not in l]
            others = [l for l in execs if forksh not in l]
            if len(execs) != 1 or others:
                failures.append("programs ran: " + "; ".join(others or execs))
            os.unlink(strace_out)
        # What the real shell would do is still told.
        for expected in ("[trace 101 mark.sh] execve", "execve /bin/echo", "open keep.txt (write, create, truncate)",
                         f"kill {p}", "open secret.txt (write, create, append)", "open fd3.txt",
                         "[trace 100 mark.sh] execve"):
            if expected not in out:
                failures.append(f"explain did not say {expected!r}")

        # Lines that never end are stopped, and say so.
        for line, says in (("while :; do :; done", "stopped after 10000 commands"),
                           ("while :; do /bin/true; done", "stopped after 10000 commands"),
                           ("read x < fifo2; echo $x", "")):
            setup = "mkfifo fifo2; " if "fifo2" in line else ""
            r = subprocess.run([forksh, "-c", setup + f"explain {shlex_quote(line)}"], cwd=work, env=env,
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
            text = r.stdout.decode(errors="replace")
            if r.returncode != 0 or "in all:" not in text or (says and says not in text):
                failures.append(f"explain {line!r}: status {r.returncode}, output ends {text[-300:]!r}")
    finally:
        sleeper.kill()
        sleeper.wait()
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL:", f)
    print(f"dry run: {'no' if not failures else len(failures)} problem(s)")
    return 1 if failures else 0


def shlex_quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


if __name__ == "__main__":
    sys.exit(main())
