#!/usr/bin/python3
"""test_records.py: the text trace is one rendering of the records: every
text line has exactly one record with the same words, and no record is
missing or doubled (issue 14: "nothing is traced twice").

Usage: test_records.py FORKSH

Runs the same command lines once with --trace=FILE (text) and once with
--trace=FILE.events (records), turns each record back into its text line
("[trace PID] text", "[trace PID NAME] text" after execve), and compares the
two as multisets, with numbers of 100 and more (pids, groups) written N:
processes interleave differently from run to run, but each line must be there
as often in both. Records written only for the picture and explain (kinds
"exit" and "launch": a subshell's _exit, the executor's launch decision)
are not text lines. SIGCHLD lines are left out: how many children one SIGCHLD
reports varies between runs.
"""

import collections
import os
import re
import subprocess
import sys
import tempfile

SCRIPTS = [
    # one process: builtins with redirections (dup aside, open, dup2, close)
    "exec 3>/dev/null; echo x >&3; : </dev/null; exec 3>&-",
    # children: a pipeline, a subshell, a background job, a spawn, kill
    "/bin/echo a | /bin/cat >/dev/null; (exit 3); echo $?; /bin/true & wait; kill -0 $$",
]


def normalise(line):
    return re.sub(r"\b\d{3,}\b", "N", line)


def record_lines(path):
    out = []
    with open(path) as fh:
        for raw in fh:
            parts = raw.rstrip("\n").split("\t")
            if len(parts) < 9 or parts[0] != "R1":
                raise AssertionError(f"not a record: {raw!r}")
            pid, kind, as_, text = parts[2], parts[5], parts[6], parts[8]
            if kind in ("exit", "launch"):
                continue
            text = text.replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\")
            out.append(f"[trace {pid} {as_}] {text}" if as_ else f"[trace {pid}] {text}")
    return out


def main():
    forksh = os.path.abspath(sys.argv[1])
    failures = 0
    with tempfile.TemporaryDirectory(prefix="forksh-records-") as work:
        for script in SCRIPTS:
            text_file, events_file = os.path.join(work, "t.txt"), os.path.join(work, "t.events")
            for target in (text_file, events_file):
                # The trace makes a new file each time (it refuses an old one).
                if os.path.exists(target):
                    os.unlink(target)
                r = subprocess.run([forksh, f"--trace={target}", "-c", script], capture_output=True, timeout=30,
                                   cwd=work)
                if r.returncode != 0:
                    print(f"FAIL: {script!r} with --trace={os.path.basename(target)}: status {r.returncode} {r.stderr!r}")
                    failures += 1
            with open(text_file) as fh:
                text = [l.rstrip("\n") for l in fh if l.startswith("[trace ")]
            records = record_lines(events_file)
            keep = lambda lines: collections.Counter(normalise(l) for l in lines if "SIGCHLD handled" not in l)
            a, b = keep(text), keep(records)
            if not text or a != b:
                failures += 1
                print(f"FAIL: {script!r}: the text trace and the records differ")
                for line in sorted((a - b).elements()):
                    print("  only in the text:   ", line)
                for line in sorted((b - a).elements()):
                    print("  only in the records:", line)
            else:
                print(f"ok: {script!r}: {len(text)} lines, one record each")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
