#!/usr/bin/python3
"""test_json.py: `forksh --trace=FILE.json` writes the Trace Event Format
(Perfetto, chrome://tracing), compared with a golden file.

Usage: test_json.py FORKSH GOLDEN [--update]

Runs `ls /proc/self | head -1 | wc -l` with the trace in JSON, checks what
must hold of any such file (it parses; every event has ph, pid, tid, ts in
microseconds, never negative; slices have a duration >= 0; every flow start
"s" has its finish "f"), then normalises what changes between runs: pids
become P1, P2... in lane order, other numbers that are ids (process groups)
G1, G2..., times are dropped. Events of one process keep their order; the
shell's reaping lines (waitpid, reaped) come in whatever order the children
happened to exit, so they are compared as a sorted list; how many SIGCHLDs
carried them varies too, so sigchld lines are only counted (1 to 3).
"""

import json
import os
import re
import subprocess
import sys
import tempfile

COMMAND = "ls /proc/self | head -1 | wc -l"
REAPING = {"sigchld", "waitpid", "reaped"}


def normalise(doc):
    events = doc["traceEvents"]
    problems = []
    for e in events:
        for key in ("ph", "pid", "tid"):
            if key not in e:
                problems.append(f"event without {key}: {e}")
        if e.get("ph") != "M" and not (isinstance(e.get("ts"), (int, float)) and e["ts"] >= 0):
            problems.append(f"event without a time: {e}")
        if e.get("ph") == "X" and not e.get("dur", -1) >= 0:
            problems.append(f"slice without a duration: {e}")
    starts = {(e["cat"], str(e["id"])) for e in events if e.get("ph") == "s"}
    finishes = {(e["cat"], str(e["id"])) for e in events if e.get("ph") == "f"}
    if starts != finishes:
        problems.append(f"flows without both ends: {starts ^ finishes}")

    pids = {}
    for e in events:
        if e.get("name") == "process_name":
            pids.setdefault(e["pid"], f"P{len(pids) + 1}")
    groups = {}

    def words(text):
        def repl(m):
            n = int(m.group(0))
            if n in pids:
                return pids[n]
            if n < 20:  # descriptors, statuses, counts stay
                return m.group(0)
            return groups.setdefault(n, f"G{len(groups) + 1}")
        return re.sub(r"\b\d+\b", repl, str(text))

    lines = []
    reaping = []
    sigchlds = 0
    for pid, name in pids.items():
        mine = [e for e in events if e["pid"] == pid]
        for e in mine:
            if e["ph"] == "M" and e["name"] == "process_name":
                lines.append(f"{name} lane: {words(e['args']['name'])}")
        for e in mine:
            if e["ph"] == "X":
                lines.append(f"{name} slice: {e['name']} {words(e['args'])}")
            elif e["ph"] in "sf":
                lines.append(f"{name} flow {e['ph']}: {e['cat']} {words(e['name'])} id {words(e['id'])}")
        instants = sorted((e for e in mine if e["ph"] == "i"), key=lambda e: e["ts"])
        for e in instants:
            if e["name"] == "sigchld":
                sigchlds += 1
                continue
            text = f"{name} {e['name']}: {words(e['args']['text'])}"
            (reaping if e["name"] in REAPING else lines).append(text)
    if not 1 <= sigchlds <= 3:
        problems.append(f"{sigchlds} SIGCHLDs handled for three children")
    lines.append("-- reaping, sorted:")
    lines += sorted(reaping)
    return lines, problems


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    forksh, golden = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="forksh-json-") as work:
        out = os.path.join(work, "t.json")
        r = subprocess.run([forksh, f"--trace={out}", "-c", COMMAND], capture_output=True, timeout=30)
        if r.returncode != 0 or r.stdout != b"1\n":
            print(f"FAIL: status {r.returncode}, output {r.stdout!r}, {r.stderr!r}")
            return 1
        with open(out) as fh:
            doc = json.load(fh)
    lines, problems = normalise(doc)
    for p in problems:
        print("FAIL:", p)
    text = "\n".join(lines) + "\n"
    if "--update" in sys.argv:
        with open(golden, "w") as fh:
            fh.write(text)
        print(f"wrote {golden}")
        return 0
    with open(golden) as fh:
        expected = fh.read()
    if text != expected:
        import difflib
        sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "golden", "now"))
        print("FAIL: the JSON differs from the golden file")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
