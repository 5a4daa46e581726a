#!/usr/bin/python3
"""launch_corpus.py: the teacher never lies (issue 10).

Usage: launch_corpus.py --shell PATH [CORPUS]   (default: launch_corpus.txt here)

For every command line of the corpus (format: see launch_corpus.txt) it runs
forksh three ways, each in a fresh temporary directory:

  1. untraced, and 2. with `set -o trace` (the trace to a file of its own):
     stdout, stderr and every file the line wrote must be byte-identical;
  3. `explain LINE`: the last line of its output ("in all: fork N,
     posix_spawn N, execve N, pipe2 N, open [FILES]") must equal the same
     counts taken from the trace of run 2;

and checks in the trace of run 2 that causes come before effects (a child's
first line follows the parent's `fork -> child N` / `posix_spawn` line) and
that every execve line names its program (`[trace 2006 wc] execve /usr/bin/wc`).
Then, under strace -f, it counts the process-creating system calls (clone,
clone3, fork, vfork, execve) of runs 1 and 2: they must be the same.

Exit status 0 when every case passes, 1 otherwise (each failure is printed),
77 when strace is missing (the test is then reported as skipped, not passed).
"""

import argparse
import collections
import concurrent.futures
import fcntl
import os
import re
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 20
TRACE_RE = re.compile(r"^\[trace (\d+)(?: ([^\]]+))?\] (.*)$")
BIRTH_RE = re.compile(r"^(?:fork|vfork|posix_spawn) -> child (\d+)\b")
SUMMARY_RE = re.compile(r"^in all: (.*)$", re.M)
STRACE_CALL_RE = re.compile(r"^\d+\s+(clone3?|fork|vfork|execve)\(", re.M)


def read_corpus(path):
    """[(line number, setup, command line)]; a here-document continues a case."""
    cases = []
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        start, text = i + 1, lines[i]
        i += 1
        if not text.strip() or text.startswith("#"):
            continue
        m = re.search(r"<<-?\s*'?(\w+)'?\s*$", text)
        if m:
            while i < len(lines):
                text += "\n" + lines[i]
                i += 1
                if lines[i - 1] == m.group(1):
                    break
        setup, _, line = text.rpartition(" ;;; ")
        cases.append((start, setup, line))
    return cases


def run(shell, script, tmp, strace_out=None, trace_path=None):
    """(stdout, stderr, status, {file: bytes}) of `forksh -c script` in tmp."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C", "TERM": "dumb", "HOME": tmp}
    for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if k in os.environ:
            env[k] = os.environ[k]
    fds = ()
    if trace_path:
        low = os.open(trace_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        # Far above the numbers a case's `exec 3>file` may take.
        fd = fcntl.fcntl(low, fcntl.F_DUPFD, 100)
        os.close(low)
        env["FORKSH_TRACE_FD"] = str(fd)
        fds = (fd,)
    argv = [shell, "-c", script]
    if strace_out:
        argv = ["strace", "-f", "-qq", "-e", "trace=clone,clone3,fork,vfork,execve", "-o", strace_out] + argv
    try:
        proc = subprocess.run(argv, cwd=tmp, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=TIMEOUT, pass_fds=fds, start_new_session=True)
    finally:
        for fd in fds:
            os.close(fd)
    files = {}
    for name in sorted(os.listdir(tmp)):
        path = os.path.join(tmp, name)
        if os.path.isfile(path) and name not in ("trace.out", "strace.out"):
            files[name] = open(path, "rb").read()
    return proc.stdout, proc.stderr, proc.returncode, files


def trace_counts(raw):
    """The explain summary's counts, taken from a trace; and the problems found."""
    counts = collections.Counter()
    opens, problems = [], []
    born_at, first_line = {}, {}
    spawned, execs = set(), collections.Counter()
    shell_pid = None
    for i, line in enumerate(raw.splitlines()):
        m = TRACE_RE.match(line)
        if not m:
            continue
        pid, name, text = int(m.group(1)), m.group(2), m.group(3)
        if shell_pid is None:
            shell_pid = pid
        first_line.setdefault(pid, i)
        b = BIRTH_RE.match(text)
        if b:
            born_at[int(b.group(1))] = i
            if not text.startswith("fork"):
                spawned.add(int(b.group(1)))
        if text.startswith("fork ->"):
            counts["fork"] += 1
        elif text.startswith("vfork ->") or text.startswith("posix_spawn ->"):
            counts["spawn"] += 1
        elif text.startswith("execve "):
            counts["execve"] += 1
            execs[pid] += 1
            path = text.split()[1]
            if name != os.path.basename(path):
                problems.append(f"execve line does not name its program: {line!r}")
        elif text.startswith("pipe2 "):
            counts["pipe2"] += 1
        elif text.startswith("open "):
            opens.append(text.split()[1])
    for pid in spawned:
        if execs[pid] != 1:
            problems.append(f"spawned child {pid} has {execs[pid]} execve lines, not one")
    for pid, at in first_line.items():
        if pid == shell_pid:
            continue
        if pid not in born_at:
            problems.append(f"process {pid} wrote lines but its birth is not in the trace")
        elif at < born_at[pid]:
            problems.append(f"process {pid} wrote a line before its parent's fork line (effect before cause)")
    summary = "fork {}, spawn {}, execve {}, pipe2 {}, open [{}]".format(
        counts["fork"], counts["spawn"], counts["execve"], counts["pipe2"], " ".join(opens))
    return summary, problems


def same_files_any_order(summary):
    """The summary with its open [FILES] sorted: processes that run at the
    same time (a FIFO's writer and reader) open in either order."""
    head, _, files = summary.partition("open [")
    return head + "open [" + " ".join(sorted(files.rstrip("]").split())) + "]"


def check_case(shell, setup, line):
    """A list of failure messages (empty: the case passed)."""
    failures = []
    prefix = setup + "\n" if setup else ""
    plain_script = prefix + line + "\n"
    # On the same line, so that "line N" in messages is the same in both runs.
    traced_script = prefix + "set -o trace; " + line + "\n"
    runs = {}
    for kind, script in (("plain", plain_script), ("traced", traced_script)):
        tmp = tempfile.mkdtemp(prefix="forksh-corpus-")
        try:
            trace_path = os.path.join(tmp, "trace.out")
            runs[kind] = run(shell, script, tmp, trace_path=trace_path)
            runs[kind + "-trace"] = open(trace_path, encoding="utf-8", errors="replace").read()
            os.unlink(trace_path)
            for f in os.listdir(tmp):
                path = os.path.join(tmp, f)
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path)
                else:
                    os.unlink(path)
            strace_out = os.path.join(tmp, "strace.out")
            run(shell, script, tmp, strace_out=strace_out, trace_path=trace_path)
            calls = collections.Counter(STRACE_CALL_RE.findall(open(strace_out).read()))
            runs[kind + "-strace"] = dict(sorted(calls.items()))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    plain, traced = runs["plain"], runs["traced"]
    for what, i in (("stdout", 0), ("stderr", 1), ("exit status", 2), ("files written", 3)):
        if plain[i] != traced[i]:
            failures.append(f"{what} differs with the trace on:\n      without: {plain[i]!r}\n      with:    {traced[i]!r}")
    if runs["plain-strace"] != runs["traced-strace"]:
        failures.append(f"process-creating system calls differ (strace):\n      without: {runs['plain-strace']}\n"
                        f"      with:    {runs['traced-strace']}")
    if runs["plain-trace"]:
        failures.append(f"the untraced run wrote trace lines: {runs['plain-trace'][:200]!r}")
    recorded, problems = trace_counts(runs["traced-trace"])
    failures.extend(problems)

    tmp = tempfile.mkdtemp(prefix="forksh-corpus-")
    try:
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C", "TERM": "dumb", "HOME": tmp}
        proc = subprocess.run([shell, "-c", prefix + 'explain "$1"', "forksh", line], cwd=tmp, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    m = SUMMARY_RE.search(proc.stdout.decode(errors="replace"))
    if not m:
        failures.append(f"explain printed no summary: {proc.stdout[-300:]!r} {proc.stderr[-300:]!r}")
    elif same_files_any_order(m.group(1)) != same_files_any_order(recorded):
        failures.append(f"explain and the trace disagree:\n      explain says: {m.group(1)}\n"
                        f"      trace shows:  {recorded}")
    if failures:
        failures.append("trace:\n" + "".join("      " + l + "\n" for l in runs["traced-trace"].splitlines()))
    return failures


def check_trace_on_stderr(shell):
    """The issue's two examples, with the trace on the shell's own stderr:
    a command's `2>&1` or `2>file` must not catch trace lines."""
    failures = []
    tmp = tempfile.mkdtemp(prefix="forksh-corpus-")
    try:
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C", "HOME": tmp}
        p = subprocess.run(f"{shell} --trace -c 'ls /nonexist 2>&1 | wc -l' 2>/dev/null", shell=True, cwd=tmp,
                           env=env, capture_output=True, timeout=TIMEOUT)
        if p.stdout.strip() != b"1":
            failures.append(f"--trace -c 'ls /nonexist 2>&1 | wc -l' printed {p.stdout!r}, not 1")
        p = subprocess.run([shell, "--trace", "-c", "ls /nonexist 2>err.txt; exec 200>x.txt; /bin/echo ok >&200"],
                           cwd=tmp, env=env, capture_output=True, timeout=TIMEOUT)
        err = open(os.path.join(tmp, "err.txt"), "rb").read()
        if b"[trace" in err:
            failures.append(f"err.txt caught trace lines: {err!r}")
        # Forked or spawned, the child's open and execve are in the trace.
        if b"open err.txt" not in p.stderr or b"ls] execve /usr/bin/ls" not in p.stderr:
            failures.append(f"the trace lost the lines of the redirected command: {p.stderr!r}")
        if open(os.path.join(tmp, "x.txt"), "rb").read() != b"ok\n" or b"[trace" not in p.stderr.split(b"open x.txt")[-1]:
            failures.append("`exec 200>x.txt` (the trace's own number) did not move the trace out of the way")
        # --trace=explain: each explanation once, wrapped to 80 columns when the
        # trace does not go to a terminal.
        p = subprocess.run([shell, "--trace=explain", "-c", "/bin/true & wait; echo x > out.txt; /bin/true"],
                           cwd=tmp, env=env, capture_output=True, timeout=TIMEOUT)
        lines = p.stderr.decode(errors="replace").splitlines()
        explained = [l for l in lines if l.startswith("        ^ ") or l.startswith("          ")]
        if not explained or any(len(l) > 80 for l in explained):
            failures.append("--trace=explain: explanations missing or wider than 80 columns")
        if len([l for l in lines if l.startswith("        ^ ")]) != len(set(l for l in lines if l.startswith("        ^ "))):
            failures.append("--trace=explain: an explanation was given twice")
        for phrase in ("/dev/null on its", "kept aside", "Each reap shows"):
            if phrase not in " ".join(l.strip() for l in explained):
                failures.append(f"--trace=explain does not explain {phrase!r}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shell", required=True)
    parser.add_argument("corpus", nargs="?", default=os.path.join(os.path.dirname(__file__), "launch_corpus.txt"))
    args = parser.parse_args()
    if not shutil.which("strace"):
        print("strace is not installed (apt-get install strace): skipped")
        return 77
    shell = os.path.abspath(args.shell)
    cases = read_corpus(args.corpus)
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda c: check_case(shell, c[1], c[2]), cases))
    for (number, setup, line), failures in zip(cases, results):
        title = (setup + " ;;; " if setup else "") + line.replace("\n", "\\n")
        if failures:
            failed += 1
            print(f"FAIL {os.path.basename(args.corpus)}:{number} {title}")
            for f in failures:
                print("    " + f)
        else:
            print(f"ok   {os.path.basename(args.corpus)}:{number} {title}")
    stderr_failures = check_trace_on_stderr(shell)
    print(("FAIL" if stderr_failures else "ok  ") +
          " the trace on stderr: `2>&1`, `2>err.txt`, `exec 200>x.txt`; --trace=explain wrapped, once each")
    for f in stderr_failures:
        print("    " + f)
    failed += bool(stderr_failures)
    print(f"{len(cases) + 1 - failed} of {len(cases) + 1} passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
