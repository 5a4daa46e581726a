#!/usr/bin/python3
"""run_golden.py: golden tests for forksh's teaching output (trace, explain,
ptree, pinfo), with pids normalised so that runs compare equal.

Usage:
  run_golden.py --shell PATH FILE.golden...      run the cases in the files
  run_golden.py --shell PATH --lesson SCRIPT     run a lesson: `forksh --trace
                                                 SCRIPT` must exit 0 within 30 s
                                                 and print no error message
  run_golden.py --shell PATH --normalize FILE    print FILE's trace normalised
  run_golden.py --shell PATH --update FILE...    rewrite the TRACE/EXPLAINED/
                                                 STDOUT blocks with what the shell
                                                 prints now (review the diff!)

A case:

    #### a foreground external command
    /bin/true
    ## TRACE:
    P1: fork -> child P2 (starts in group P1)
    P1: waitpid -> P2 exited 0
    P1: reaped P2 (exited 0): its zombie is gone
    P2: execve /bin/true [/bin/true] (group P1)
    ## END

The script (up to the first `## ` line) runs as `SHELL ARGS script.sh` in a
fresh temporary directory, in a new session (so the shell's process group is
its own pid), with the trace sent to a separate file through
FORKSH_TRACE_FD and `--trace` added unless the case has `## args:`.

Normalisation of the trace: the shell is P1; each `fork -> child N` gives N
the next label, taking the shell's lines first, then each child's in label
order; every known pid anywhere in a line is replaced by its label. Lines are
grouped by the process that wrote them ("P2: text"), because parent and
children write at the same time and only each process's own order is fixed.
Within a run of waitpid/reaped lines the order is sorted (which child the
kernel reports first is not fixed), and "SIGCHLD handled" lines are dropped
(how many exits one signal covers is not fixed either). The parent's
setpgid(child, group) line becomes "by the parent, unless the child did it
first": it fails with EACCES when the child won the race. pipe:[12345]
becomes pipe:[N].

A line "[trace 2006 wc] execve ..." (a process that has become the program
wc) is normalised to "P2: (wc) execve ..."; `vfork ... -> child N` and
`posix_spawn ... -> child N` give N a label as `fork -> child N` does.

Directives:
  ## args: WORDS             shell arguments before the script (default --trace)
  ## status: N               exit status (default 0)
  ## TRACE: ... ## END       the normalised trace, exactly
  ## EXPLAINED: ... ## END   explain mode: the first word of each explained
                             line, sorted; every explanation must appear once
  ## STDOUT: ... ## END      stdout, with known pids replaced, exactly
  ## match: REGEX            re.search in the normalised stdout (re.M)
  ## no-match: REGEX         must not match the normalised stdout
  ## trace-match: REGEX      re.search in the normalised trace
  ## trace-no-match: REGEX   must not match the normalised trace
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

TIMEOUT = 20
LESSON_TIMEOUT = 30
TRACE_RE = re.compile(r"^\[trace (\d+)(?: ([^\]]+))?\] (.*)$")
EXPLAIN_RE = re.compile(r"^ {8}\^ (.*)$")
EXPLAIN_MORE_RE = re.compile(r"^ {10}(\S.*)$")
FORK_RE = re.compile(r"^(?:fork|(?:vfork|posix_spawn) .*) -> child (\d+)\b")
DIRECTIVE_RE = re.compile(r"^## ([A-Za-z-]+):(?: (.*))?$")
BLOCKS = ("TRACE", "EXPLAINED", "STDOUT")


class Case:
    def __init__(self, path, line, title):
        self.path, self.line, self.title = path, line, title
        self.script = []
        self.args = None
        self.status = 0
        self.blocks = {}
        self.block_lines = {}  # name -> (first, last) line numbers of the block body, for --update
        self.matches = []  # (kind, regex)

    @property
    def where(self):
        return f"{os.path.basename(self.path)}:{self.line}"


def parse_file(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    cases, case, in_script, i = [], None, False, 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("####"):
            case = Case(path, i, line[4:].strip())
            cases.append(case)
            in_script = True
            continue
        if case is None:
            continue  # a comment before the first case
        m = DIRECTIVE_RE.match(line)
        if in_script and not m:
            case.script.append(line)
            continue
        in_script = False
        if not m:
            if line.strip():
                raise SystemExit(f"{path}:{i}: expected a `## ` directive, got {line!r}")
            continue
        key, value = m.group(1), m.group(2) or ""
        if key in BLOCKS:
            body, first = [], i
            while i < len(lines) and lines[i] != "## END":
                body.append(lines[i])
                i += 1
            if i >= len(lines):
                raise SystemExit(f"{path}:{first}: `## {key}:` block without `## END`")
            case.block_lines[key] = (first, i)
            i += 1
            case.blocks[key] = "".join(b + "\n" for b in body)
        elif key == "args":
            case.args = value.split()
        elif key == "status":
            case.status = int(value)
        elif key in ("match", "no-match", "trace-match", "trace-no-match"):
            case.matches.append((key, re.compile(value, re.M)))
        else:
            raise SystemExit(f"{path}:{i}: unknown directive {key!r}")
    return cases


def label_pids(shell_pid, by_pid):
    """{pid: 'P1', ...}: the shell first, then children in fork order, breadth first."""
    labels = {shell_pid: "P1"}
    queue = [shell_pid]
    while queue:
        pid = queue.pop(0)
        for text, _ in by_pid.get(pid, []):
            m = FORK_RE.match(text)
            if m:
                child = int(m.group(1))
                if child not in labels:
                    labels[child] = f"P{len(labels) + 1}"
                    queue.append(child)
    # Processes that wrote lines but whose fork we never saw (e.g. started by
    # a program the shell exec'd): labelled after the rest, by first line.
    for pid in by_pid:
        if pid not in labels:
            labels[pid] = f"P{len(labels) + 1}"
    return labels


def replace_pids(text, labels):
    if not labels:
        return re.sub(r"pipe:\[\d+\]", "pipe:[N]", text)
    pattern = re.compile(r"\b(" + "|".join(str(p) for p in sorted(labels, key=lambda p: -len(str(p)))) + r")\b")
    text = pattern.sub(lambda m: labels[int(m.group(1))], text)
    return re.sub(r"pipe:\[\d+\]", "pipe:[N]", text)


def sort_reaping(lines):
    """Sorts each run of waitpid/reaped lines by child label, waitpid before reaped."""
    def key(text):
        m = re.search(r"\bP(\d+)\b", text)
        return (int(m.group(1)) if m else 0, 0 if text.startswith("waitpid") else 1, text)

    out, run = [], []
    for text in lines + [None]:
        if text is not None and (text.startswith("waitpid ->") or text.startswith("reaped ")):
            run.append(text)
            continue
        out.extend(sorted(run, key=key))
        run = []
        if text is not None:
            out.append(text)
    return out


def normalize_trace(raw, shell_pid):
    """(normalised trace text, explained first-words list, explanation texts, labels)."""
    by_pid = {}
    order = []
    explained, sentences = [], []
    last = None
    for line in raw.splitlines():
        m = TRACE_RE.match(line)
        if m:
            pid = int(m.group(1))
            if pid not in by_pid:
                by_pid[pid] = []
                order.append(pid)
            # "[trace 2006 wc] execve ...": the program's name is kept as "(wc) ".
            entry = [(f"({m.group(2)}) " if m.group(2) else "") + m.group(3), None]
            by_pid[pid].append(entry)
            last = entry
            continue
        e = EXPLAIN_RE.match(line)
        if e and last is not None:
            last[1] = e.group(1)
            sentences.append(e.group(1))
            continue
        e = EXPLAIN_MORE_RE.match(line)
        if e and last is not None and last[1] is not None:
            # An explanation wrapped to the width: one sentence again.
            last[1] += " " + e.group(1)
            sentences[-1] = last[1]
            continue
        # Anything else in the trace file is kept, as from an unknown process.
        by_pid.setdefault(0, []).append([line, None])
    labels = label_pids(shell_pid, by_pid)
    out = []
    for pid in sorted(by_pid, key=lambda p: int(labels.get(p, "P0")[1:]) if p in labels else 0):
        texts = []
        for text, why in by_pid[pid]:
            if why is not None:
                explained.append(re.sub(r"^\([^)]*\) ", "", text).split()[0])
            if text.startswith("SIGCHLD handled"):
                continue
            if re.match(r"setpgid\((?!0,)\d+, \d+\)", text):
                # The parent's setpgid succeeds, or fails with EACCES when the
                # child has already exec'd after its own: a race either may win.
                text = re.sub(r"^(setpgid\(\d+, \d+\)).*$", r"\1: by the parent, unless the child did it first", text)
            texts.append(replace_pids(text, labels))
        for t in sort_reaping(texts):
            out.append(f"{labels.get(pid, '??')}: {t}")
    return "".join(o + "\n" for o in out), sorted(set(explained)), sentences, labels


def run_case(shell, case):
    """Returns (ok, message, actual blocks)."""
    tmp = tempfile.mkdtemp(prefix="forksh-golden-")
    try:
        script = os.path.join(tmp, "case.sh")
        with open(script, "w") as fh:
            fh.write("".join(s + "\n" for s in case.script))
        trace_path = os.path.join(tmp, "trace.out")
        trace_fd = os.open(trace_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        args = case.args if case.args is not None else ["--trace"]
        if "EXPLAINED" in case.blocks and case.args is None:
            args = ["--trace=explain"]
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C", "TERM": "dumb", "HOME": tmp,
               "FORKSH_TRACE_FD": str(trace_fd)}
        for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if k in os.environ:
                env[k] = os.environ[k]

        proc = subprocess.Popen([shell] + args + ["case.sh"], cwd=tmp, env=env, stdin=subprocess.DEVNULL,
                                preexec_fn=default_signals,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                pass_fds=(trace_fd,))
        os.close(trace_fd)
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return False, f"timed out after {TIMEOUT} s", {}
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # leftovers of the case
            except ProcessLookupError:
                pass
        with open(trace_path, encoding="utf-8", errors="replace") as fh:
            raw = fh.read()
        trace, explained, sentences, labels = normalize_trace(raw, proc.pid)
        stdout = replace_pids(out.decode("utf-8", "replace"), labels)
        actual = {"TRACE": trace, "STDOUT": stdout, "EXPLAINED": "".join(e + "\n" for e in explained)}
        problems = []
        if proc.returncode != case.status:
            problems.append(f"status {proc.returncode}, expected {case.status}")
        for name, expected in case.blocks.items():
            if actual[name] != expected:
                diff = "\n".join(
                    f"    {l}" for l in __import__("difflib").unified_diff(
                        expected.splitlines(), actual[name].splitlines(), "expected", "actual", lineterm=""))
                problems.append(f"{name} differs:\n{diff}")
        if "EXPLAINED" in case.blocks:
            dups = sorted({s for s in sentences if sentences.count(s) > 1})
            if dups:
                problems.append("explained more than once: " + "; ".join(d[:50] for d in dups))
        for kind, regex in case.matches:
            subject = trace if kind.startswith("trace") else stdout
            found = regex.search(subject) is not None
            if found == kind.endswith("no-match"):
                problems.append(f"{kind}: {regex.pattern!r} {'matched' if found else 'did not match'}")
        if problems:
            return False, "\n  ".join(problems) + _context(stdout, err, trace), actual
        return True, "", actual
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _context(stdout, err, trace):
    def show(name, text):
        text = text if isinstance(text, str) else text.decode("utf-8", "replace")
        return f"\n  --- {name} ---\n" + "".join(f"  | {l}\n" for l in text.splitlines()[-40:])
    return show("stdout", stdout) + show("stderr", err) + show("trace (normalised)", trace)


def default_signals():
    """In the shell's child, before execve: SIGINT and SIGQUIT at their
    default, as in a shell started from a terminal. Whoever started the
    tests (a CI runner's `cmd &` ignores both) must not change the goldens:
    a signal ignored on entry stays ignored, and the trace says so."""
    for sig in (signal.SIGINT, signal.SIGQUIT):
        signal.signal(sig, signal.SIG_DFL)


def update_file(path, results):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    edits = []
    for case, actual in results:
        for name, (first, last) in case.block_lines.items():
            edits.append((first, last, actual.get(name, "").splitlines()))
    for first, last, body in sorted(edits, reverse=True):
        lines[first:last] = body
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


# What a lesson's output must look like, beyond the summary: the shape of a
# table, never its numbers (they are the reader's machine's).
LESSON_SHAPES = {
    # follow's tree: sh under the shell, its pipeline under sh, the orphan
    # under the subshell, adopted (by PID 1 or a subreaper) and reaped.
    "11-the-whole-tree.sh": (
        r"^└─ \d+ forksh → sh  \[",
        r"^   ├─ \d+ sh → echo  \[.*exited 0, reaped by its parent$",
        r"^   ├─ \d+ sh → cat  \[",
        r"^   │  └─ \d+ sh → sleep  \[.*exited 0, adopted by \d+",
        r"adopted by (\d+), reaped by \1$",
        r"^page: lesson11-subreaper.html$",
    ),
    # A thread of python3, seen by follow.
    "07-threads-are-tasks.sh": (r"thread \d+ of \d+  \[", r"^from a second thread$"),
    "10-spawn-cost.sh": (
        r"^shell +resident +fork\+execve +vfork +posix_spawn$",
        r"^small +\d+ kB +\d+ us +\d+ us +\d+ us$",
        r"^\+20 MB +\d+ kB +\d+ us +\d+ us +\d+ us$",
        r"^\+60 MB +\d+ kB +\d+ us +\d+ us +\d+ us$",
        # All three ways really ran: set -o spawn=fork forked, the others spawned.
        r"\] fork -> child \d+",
        r"\] vfork -> child \d+",
        r"\] posix_spawn -> child \d+",
        # Every start, whichever call made the child, shows the child's execve.
        r"^\[trace \d+ true\] execve /bin/true \[/bin/true\]",
    ),
    # fork, then execve (the child's own line); vfork, then the child's execve
    # (written by the shell for it), each after its birth line.
    "02-fork-and-exec.sh": (
        r"^\[trace (\d+)\] fork -> child (\d+)",
        r"^\[trace \d+ echo\] execve /bin/echo \[/bin/echo, hello from /bin/echo, into a file\]",
        r"^\[trace \d+\] vfork -> child \d+",
        r"^\[trace \d+ cat\] execve /bin/cat \[/bin/cat, ",
        r"^\[trace \d+ rm\] execve /bin/rm \[/bin/rm, ",
    ),
}


def run_lesson(shell, lesson):
    tmp = tempfile.mkdtemp(prefix="forksh-lesson-")
    try:
        env = dict(os.environ)
        env.update({"LC_ALL": "C", "TERM": "dumb"})
        proc = subprocess.Popen([shell, "--trace", os.path.abspath(lesson)], cwd=tmp, env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
        try:
            out, err = proc.communicate(timeout=LESSON_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            print(f"FAIL {lesson}: still running after {LESSON_TIMEOUT} s")
            return 1
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        out = out.decode("utf-8", "replace")
        err = err.decode("utf-8", "replace")
        errors = [l for l in err.splitlines() if l.startswith("forksh:")]
        problems = []
        if proc.returncode != 0:
            problems.append(f"exit status {proc.returncode}")
        if errors:
            problems.append("error messages: " + " / ".join(errors[:5]))
        if "what you just saw" not in out.lower():
            problems.append("no \"what you just saw\" summary on stdout")
        if "[trace " not in err:
            problems.append("no trace lines on stderr")
        for pattern in LESSON_SHAPES.get(os.path.basename(lesson), ()):
            if not re.search(pattern, out + err, re.M):
                problems.append(f"no line matches {pattern!r}")
        if problems:
            print(f"FAIL {lesson}: " + "; ".join(problems))
            print("--- stdout ---\n" + out[-3000:])
            print("--- stderr ---\n" + err[-3000:])
            return 1
        print(f"ok {lesson} ({len(out.splitlines())} lines of output, "
              f"{sum(1 for l in err.splitlines() if l.startswith('[trace '))} trace lines)")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shell", required=True)
    ap.add_argument("--lesson")
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--filter")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    shell = os.path.abspath(a.shell)
    if a.lesson:
        return run_lesson(shell, a.lesson)
    failed = total = 0
    for path in a.files:
        results = []
        for case in parse_file(path):
            if a.filter and a.filter not in case.title:
                continue
            total += 1
            ok, message, actual = run_case(shell, case)
            results.append((case, actual))
            if ok:
                print(f"ok   {case.where} {case.title}")
            else:
                failed += 1
                print(f"FAIL {case.where} {case.title}\n  {message}")
        if a.update:
            update_file(path, results)
    print(f"{total - failed} of {total} passed")
    return 1 if failed or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
