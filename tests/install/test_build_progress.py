#!/usr/bin/python3
"""test_build_progress.py SETUP_SH: scripts/run's quiet build (issue 27, item 3)
shows CMake's progress instead of minutes of silence.

forksh_build (scripts/lib/setup.sh) runs with FORKSH_QUIET=1 and a stand-in
`cmake` function that prints a build's lines (percentages and noise), and
the test checks what the user sees:
  - stderr not a terminal (CI): a plain line per tenth at most, no carriage
    return, none of the compiler's noise; all of it is in DIR/build.log;
  - stderr a terminal (pexpect): one line updated with carriage returns,
    ending in "done";
  - a failed build: status 1, the log shown, "build failed".
"""
import os
import subprocess
import sys
import tempfile

import pexpect

FAKE = r'''
FORKSH_TOOL=scripts/run
source "$1"
cmake() {
    local i
    for i in 1 3 7 12 18 25 25 31 40 48 55 61 70 77 85 93 100; do
        echo "[ $i%] Building CXX object file$i.o"
        echo "note: compiler noise $i"
    done
    echo "[100%] Built target forksh"
    return "${FAKE_STATUS:-0}"
}
FORKSH_QUIET=1 forksh_build "$2" forksh
echo "status $?"
'''


def main():
    setup = os.path.abspath(sys.argv[1])
    failures = []
    work = tempfile.mkdtemp(prefix="forksh-progress-")
    script = os.path.join(work, "fake.sh")
    with open(script, "w") as fh:
        fh.write(FAKE)
    build = os.path.join(work, "build")
    os.mkdir(build)

    r = subprocess.run(["bash", script, setup, build], capture_output=True, text=True, timeout=30)
    lines = r.stderr.splitlines()
    if r.stdout != "status 0\n":
        failures.append(f"not a terminal: {r.stdout!r}")
    if "\r" in r.stderr or "noise" in r.stderr:
        failures.append(f"not a terminal: carriage returns or compiler output on stderr: {r.stderr!r}")
    if not 3 <= len(lines) <= 11 or not all(line.startswith("scripts/run: building: ") for line in lines):
        failures.append(f"not a terminal: expected a line per tenth, got {lines!r}")
    if lines and lines[-1] != "scripts/run: building: 100%":
        failures.append(f"not a terminal: the last line is {lines[-1]!r}")
    with open(os.path.join(build, "build.log")) as fh:
        log = fh.read()
    if log.count("noise") != 17 or "Built target forksh" not in log:
        failures.append(f"build.log lacks the build's output: {log!r}")

    child = pexpect.spawn("bash", [script, setup, build], encoding="utf-8", timeout=30)
    child.expect(pexpect.EOF)
    out = child.before
    if out.count("\rscripts/run: building: ") < 10 or "building: done" not in out or "status 0" not in out:
        failures.append(f"terminal: expected one updating line: {out!r}")
    if "noise" in out:
        failures.append(f"terminal: compiler output shown: {out!r}")

    r = subprocess.run(["bash", script, setup, build], capture_output=True, text=True, timeout=30,
                       env={**os.environ, "FAKE_STATUS": "2"})
    if "build failed" not in r.stderr or "noise 93" not in r.stderr:
        failures.append(f"a failed build: no log and message on stderr: {r.stderr[-300:]!r}")
    if r.returncode != 1 or "status" in r.stdout:
        failures.append(f"a failed build: status {r.returncode}, stdout {r.stdout!r}")

    for f in failures:
        print("FAIL:", f)
    print(f"build progress: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
