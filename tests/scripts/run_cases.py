#!/usr/bin/python3
"""run_cases.py: runs the cases of tests/scripts/*.test.sh files under a shell.

Usage:
  run_cases.py [--shell PATH] [--probe PATH] [--oracle dash] [--filter TEXT] [-v] FILE...

A case file holds cases like these:

    #### || runs after a failed &&
    false && true || echo x
    ## stdout: x
    ## status: 0

    #### multi-line output
    printf 'a\\nb\\n'
    ## STDOUT:
    a
    b
    ## END

`#### TITLE` starts a case; the script follows, up to the first `## ` line.
Directives (all optional):
  ## stdout: TEXT            stdout is TEXT and a newline
  ## stdout-json: "..."      stdout is exactly this JSON string ("" for none)
  ## STDOUT: ... ## END      stdout is these lines
  ## status: N               exit status (default 0)
  ## stderr: TEXT            stderr is TEXT and a newline
  ## stderr-json: "..."      stderr is exactly this JSON string
  ## STDERR: ... ## END      stderr is these lines
  ## stderr-match: REGEX     re.search(REGEX, stderr), ^ and $ match at lines
  ## stdin: TEXT             stdin gets TEXT and a newline (default: /dev/null)
  ## stdin-json: "..."       stdin gets exactly this JSON string
  ## STDIN: ... ## END       stdin gets these lines
  ## dash: skip REASON       dash behaves differently or lacks the feature
  ## dash-stdout: TEXT       (also dash-stdout-json, dash-STDOUT block)
  ## dash-status: N          what dash gives when it differs on purpose
  ## bash: skip REASON       the same three for --oracle bash (bash-stdout...)
  ## posix: skip REASON      not run with --mode posix (a case of bash's dialect)
  ## posix-stdout: TEXT      (also posix-stdout-json, posix-STDOUT, posix-status):
                             what forksh gives in strict POSIX mode, when it differs
  ## dialect: skip REASON    not run in the default mode (bash's dialect on)
  ## dialect-stdout: TEXT    (also -json, dialect-STDOUT, dialect-status): what
                             forksh gives with bash's dialect on, when it differs
  ## timeout: SECONDS        for the few deliberately heavy cases (default 20);
                             it is not a speed assertion, only a hang guard
  ## sanitizer: skip REASON  not run when the shell is built with AddressSanitizer
                             (a heavy case that checks nothing a sanitizer sees
                             and whose code paths other cases run there)

Without a stdout directive stdout must be empty; without a stderr directive
stderr is not checked. Each case runs in a fresh temporary directory (also
HOME) as `SHELL case.sh`, with PATH=<probe dir>:/usr/local/bin:/usr/bin:/bin,
LC_ALL=C, TERM=dumb, TEST_SHELL=<absolute path of the shell running the case,
so a case can start a nested shell: "$TEST_SHELL" -c '...'> and nothing else
from the environment but sanitizer options; it has 20 seconds. A sanitizer report on stderr fails the case.

--oracle dash also runs each case (unless `## dash: skip`) under dash and
counts a disagreement with the expected stdout and status as a failure
(--oracle bash: the same with bash and its `## bash-...` directives).

--mode posix runs forksh in strict POSIX mode: as a link named `sh` (so
TEST_SHELL, and every nested "$TEST_SHELL", is that link too). The default,
--mode dialect, runs it as itself, bash's extensions on.
"""

import argparse
import difflib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

TIMEOUT = 20
# Environment variables passed through to the shell under test.
PASS_THROUGH = ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "MSAN_OPTIONS")
SANITIZER_REPORT = re.compile(
    r"^==\d+==ERROR: \w+Sanitizer|^SUMMARY: \w+Sanitizer|:\d+:\d+: runtime error: ", re.M)

# Who may differ from the plain expectations: two oracles and two modes.
VARIANTS = ("dash", "bash", "posix", "dialect")
ONE_LINE = {"stdout", "stdout-json", "stderr", "stderr-json", "stderr-match", "status",
            "stdin", "stdin-json", "timeout", "sanitizer"}
ONE_LINE |= {f"{v}{k}" for v in VARIANTS for k in ("", "-stdout", "-stdout-json", "-status")}
BLOCKS = {"STDOUT": "stdout", "STDERR": "stderr", "STDIN": "stdin"}
BLOCKS |= {f"{v}-STDOUT": f"{v}-stdout" for v in VARIANTS}
DIRECTIVE_RE = re.compile(r"^## ([A-Za-z-]+):(?: (.*))?$")


class CaseFileError(Exception):
    pass


class Case:
    def __init__(self, path, line, title):
        self.path = path
        self.line = line          # line number of the `####` line
        self.title = title
        self.script_lines = []
        self.stdout = ""          # default: no output
        self.stderr = None        # None: not checked
        self.stderr_match = None
        self.status = 0
        self.stdin = None         # None: /dev/null
        # For "dash", "bash", "posix", "dialect": {"skip": reason, "stdout": ..., "status": ...}
        self.variants = {v: {} for v in VARIANTS}
        self.timeout = TIMEOUT
        self.sanitizer_skip = None  # reason, when not run in a sanitizer build

    def expected(self, *variants):
        """(stdout, status) expected under the first of these oracles or modes
        that says something, else the plain ones."""
        def pick(field, plain):
            for name in variants:
                if field in self.variants.get(name, {}):
                    return self.variants[name][field]
            return plain
        return pick("stdout", self.stdout), pick("status", self.status)

    def skip_reason(self, variant):
        return self.variants.get(variant, {}).get("skip")

    @property
    def script(self):
        return "".join(line + "\n" for line in self.script_lines)

    @property
    def where(self):
        return f"{os.path.basename(self.path)}:{self.line}"


def _json_string(value, path, lineno):
    try:
        s = json.loads(value)
    except json.JSONDecodeError as e:
        raise CaseFileError(f"{path}:{lineno}: bad JSON string: {e}") from None
    if not isinstance(s, str):
        raise CaseFileError(f"{path}:{lineno}: expected a JSON string like \"a\\nb\"")
    return s


def _set(case, key, value, path, lineno):
    """Applies one directive to a case."""
    variant, _, rest = key.partition("-")
    if variant in VARIANTS:
        target = case.variants[variant]
        if not rest:
            words = value.split(None, 1)
            if len(words) < 2 or words[0] != "skip":
                raise CaseFileError(f"{path}:{lineno}: write `## {variant}: skip REASON` (the reason is required)")
            target["skip"] = words[1]
        elif rest == "stdout":
            target["stdout"] = value + "\n"
        elif rest == "stdout-json":
            target["stdout"] = _json_string(value, path, lineno)
        elif rest == "status":
            target["status"] = _number(key, value, path, lineno)
        return
    if key in ("stdout", "stderr", "stdin"):
        setattr(case, key, value + "\n")
    elif key in ("stdout-json", "stderr-json", "stdin-json"):
        setattr(case, key[:-len("-json")], _json_string(value, path, lineno))
    elif key == "timeout":
        case.timeout = _number(key, value, path, lineno)
    elif key == "status":
        case.status = _number(key, value, path, lineno)
    elif key == "stderr-match":
        try:
            case.stderr_match = re.compile(value, re.M)
        except re.error as e:
            raise CaseFileError(f"{path}:{lineno}: bad regular expression: {e}") from None
    elif key == "sanitizer":
        words = value.split(None, 1)
        if len(words) < 2 or words[0] != "skip":
            raise CaseFileError(f"{path}:{lineno}: write `## sanitizer: skip REASON` (the reason is required)")
        case.sanitizer_skip = words[1]


def _number(key, value, path, lineno):
    try:
        return int(value)
    except ValueError:
        raise CaseFileError(f"{path}:{lineno}: {key} must be a number, not {value!r}") from None


def parse_file(path):
    """Reads a case file into a list of Case. Raises CaseFileError."""
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    cases = []
    case = None
    in_script = False
    i = 0
    while i < len(lines):
        line = lines[i]
        lineno = i + 1
        i += 1
        if line.startswith("####"):
            title = line[4:].strip()
            if not title:
                raise CaseFileError(f"{path}:{lineno}: a case needs a title: `#### what it checks`")
            case = Case(path, lineno, title)
            cases.append(case)
            in_script = True
            continue
        if case is None:
            continue  # header comments before the first case
        if in_script and not line.startswith("## "):
            case.script_lines.append(line)
            continue
        in_script = False
        if not line.strip() or (line.startswith("#") and not line.startswith("## ")):
            continue  # blank lines and comments between cases
        m = DIRECTIVE_RE.match(line)
        if not m:
            raise CaseFileError(f"{path}:{lineno}: expected a `## directive:` or a new `#### case`, "
                                f"got {line!r}")
        key, value = m.group(1), m.group(2)
        if key in BLOCKS:
            if value:
                raise CaseFileError(f"{path}:{lineno}: `## {key}:` starts a block; "
                                    f"put the text on the following lines and end with `## END`")
            block = []
            while i < len(lines) and lines[i] != "## END":
                block.append(lines[i])
                i += 1
            if i == len(lines):
                raise CaseFileError(f"{path}:{lineno}: `## {key}:` has no `## END`")
            i += 1
            text = "".join(b + "\n" for b in block)
            variant, _, field = BLOCKS[key].partition("-")
            if field:
                case.variants[variant][field] = text
            else:
                setattr(case, BLOCKS[key], text)
        elif key in ONE_LINE:
            if value is None:
                value = ""
            _set(case, key, value, path, lineno)
        else:
            raise CaseFileError(f"{path}:{lineno}: unknown directive `## {key}:`")
    for c in cases:
        while c.script_lines and not c.script_lines[-1].strip():
            c.script_lines.pop()
        if not c.script_lines:
            raise CaseFileError(f"{c.path}:{c.line}: case {c.title!r} has no script")
    return cases


class Result:
    def __init__(self, stdout, stderr, status, timed_out=False, exited=True):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status      # 128+n when killed by signal n
        self.timed_out = timed_out
        self.exited = exited      # the shell itself had ended at the timeout
        self.signal = None

    @property
    def crashed(self):
        return self.timed_out or self.signal in (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS,
                                                 signal.SIGFPE, signal.SIGILL)


def case_env(home, probe, shell):
    path = "/usr/local/bin:/usr/bin:/bin"
    if probe:
        path = os.path.dirname(os.path.abspath(probe)) + ":" + path
    env = {"HOME": home, "PATH": path, "LC_ALL": "C", "TERM": "dumb", "TEST_SHELL": shell}
    for name in PASS_THROUGH:
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def _kill_group(pgid):
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_case(case, shell, probe, timeout=None):
    """Runs one case under `shell` in a fresh temporary directory."""
    timeout = timeout or case.timeout
    tmp = tempfile.mkdtemp(prefix="forksh-case-")
    try:
        with open(os.path.join(tmp, "case.sh"), "w", encoding="utf-8") as fh:
            fh.write(case.script)
        stdin = subprocess.PIPE if case.stdin is not None else subprocess.DEVNULL
        # A session of its own: no controlling terminal, and one kill ends
        # every process the case started (unless it made process groups).
        proc = subprocess.Popen([shell, "case.sh"], cwd=tmp, env=case_env(tmp, probe, shell),
                                stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
        stdin_bytes = case.stdin.encode() if case.stdin is not None else None
        try:
            out, err = proc.communicate(stdin_bytes, timeout=timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            timed_out = True
            exited = proc.poll() is not None
            _kill_group(proc.pid)
            try:
                out, err = proc.communicate(timeout=5)
            except subprocess.TimeoutExpired:
                # Something outside the group still holds the pipes.
                proc.kill()
                out, err = b"", b""
        else:
            exited = True
        _kill_group(proc.pid)  # leftovers, e.g. `sleep 100 &` in a script
        rc = proc.wait()
        res = Result(out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                     128 - rc if rc < 0 else rc, timed_out, exited)
        if rc < 0:
            res.signal = -rc
        return res
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _visible(s):
    return json.dumps(s)


def diff_text(expected, actual):
    """A readable comparison of two outputs, indented for the report."""
    lines = []
    ends_differ = expected.endswith("\n") != actual.endswith("\n")
    special = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
    if ends_differ or special.search(expected) or special.search(actual) or not expected or not actual:
        lines.append(f"      expected: {_visible(expected)}")
        lines.append(f"      actual:   {_visible(actual)}")
        return lines
    for d in difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                  "expected", "actual", lineterm="", n=3):
        lines.append("      " + d)
    return lines


def check(case, res, expect_stdout, expect_status, check_stderr=True):
    """The list of problems (text lines) with a result; empty when it passed."""
    problems = []
    if res.timed_out:
        if res.exited:
            problems.append(f"  timed out after {case.timeout}s: the shell had exited, but something "
                            f"(a background process?) still held its stdout or stderr open")
        else:
            problems.append(f"  timed out after {case.timeout}s (killed)")
    if res.stdout != expect_stdout:
        problems.append("  stdout differs:")
        problems += diff_text(expect_stdout, res.stdout)
    if res.status != expect_status:
        how = f" (killed by {signal.Signals(res.signal).name})" if res.signal else ""
        problems.append(f"  status: expected {expect_status}, got {res.status}{how}")
    if check_stderr:
        if case.stderr is not None and res.stderr != case.stderr:
            problems.append("  stderr differs:")
            problems += diff_text(case.stderr, res.stderr)
        if case.stderr_match is not None and not case.stderr_match.search(res.stderr):
            problems.append(f"  stderr does not match /{case.stderr_match.pattern}/: "
                            f"{_visible(res.stderr)}")
        if SANITIZER_REPORT.search(res.stderr):
            problems.append("  sanitizer report on stderr")
    return problems


def report_failure(case, label, problems, res, out):
    print(f"FAIL {case.where}: {case.title}{label}", file=out)
    print("  script:", file=out)
    for line in case.script_lines:
        print(f"    | {line}", file=out)
    for p in problems:
        print(p, file=out)
    checked = case.stderr is not None or case.stderr_match is not None
    if res.stderr and not checked:
        err_lines = res.stderr.splitlines()
        print("  stderr (not checked):", file=out)
        for line in err_lines[:30]:
            print(f"    | {line}", file=out)
        if len(err_lines) > 30:
            print(f"    | ... ({len(err_lines) - 30} more lines)", file=out)
    print(file=out)


def is_sanitized(program):
    """Was this program linked with AddressSanitizer (its runtime is in the file)?"""
    try:
        with open(program, "rb") as fh:
            return b"__asan_init" in fh.read()
    except OSError:
        return False


def find_program(name_or_path):
    if "/" in name_or_path:
        return os.path.abspath(name_or_path)
    found = shutil.which(name_or_path)
    if not found:
        sys.exit(f"run_cases.py: {name_or_path}: not found in PATH")
    return found


def default_shell():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "..", "..", "build", "forksh")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Run tests/scripts/*.test.sh cases under a shell.")
    ap.add_argument("files", nargs="+", metavar="FILE")
    ap.add_argument("--shell", default=None, help="shell to test (default: build/forksh)")
    ap.add_argument("--probe", default=None, help="the probe helper; its directory goes first in PATH")
    ap.add_argument("--oracle", default=None, metavar="dash",
                    help="also run each case under this shell and fail where it disagrees")
    ap.add_argument("--mode", choices=("dialect", "posix"), default="dialect",
                    help="posix: run forksh as `sh` (strict POSIX mode); dialect: as itself")
    ap.add_argument("--filter", default=None, metavar="TEXT", help="only cases whose title contains TEXT")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every case")
    args = ap.parse_args(argv)

    shell = find_program(args.shell) if args.shell else os.path.abspath(default_shell())
    if not os.access(shell, os.X_OK):
        sys.exit(f"run_cases.py: {shell}: not an executable (build it first: scripts/run -c true)")
    oracle = find_program(args.oracle) if args.oracle else None
    oracle_name = os.path.basename(oracle) if oracle else None
    if oracle_name not in (None, "dash", "bash"):
        sys.exit("run_cases.py: --oracle is dash or bash")
    probe = args.probe
    link_dir = None
    if args.mode == "posix":
        # Started under the name `sh`, forksh is strict POSIX (as bash is).
        link_dir = tempfile.mkdtemp(prefix="forksh-as-sh-")
        os.symlink(shell, os.path.join(link_dir, "sh"))
        shell = os.path.join(link_dir, "sh")
    try:
        return run_files(args, shell, probe, oracle, oracle_name)
    finally:
        if link_dir:
            shutil.rmtree(link_dir, ignore_errors=True)


def run_files(args, shell, probe, oracle, oracle_name):
    mode_skipped = 0

    passed = failed = skipped = 0
    sanitized = None  # looked at once, when a case asks
    oracle_disagreements = 0
    for path in args.files:
        try:
            cases = parse_file(path)
        except (CaseFileError, OSError) as e:
            print(f"ERROR {e}")
            failed += 1
            continue
        for case in cases:
            if args.filter and args.filter not in case.title:
                continue
            if case.sanitizer_skip is not None:
                if sanitized is None:
                    sanitized = is_sanitized(shell)
                if sanitized:
                    skipped += 1
                    if args.verbose:
                        print(f"skip {case.where}: {case.title} (sanitizer build: {case.sanitizer_skip})")
                    continue
            if case.skip_reason(args.mode):
                mode_skipped += 1
                if args.verbose:
                    print(f"skip {case.where}: {case.title} ({args.mode} mode: {case.skip_reason(args.mode)})")
                continue
            ok = True
            res = run_case(case, shell, probe)
            exp_out, exp_status = case.expected(args.mode)
            problems = check(case, res, exp_out, exp_status)
            if problems:
                ok = False
                report_failure(case, "", problems, res, sys.stdout)
            if oracle and case.skip_reason(oracle_name) is None:
                ores = run_case(case, oracle, probe)
                # dash answers for strict POSIX, bash for its own dialect.
                exp_out, exp_status = case.expected(oracle_name, args.mode)
                oproblems = check(case, ores, exp_out, exp_status, check_stderr=False)
                if oproblems:
                    ok = False
                    oracle_disagreements += 1
                    report_failure(case, f"   [{os.path.basename(oracle)} disagrees with the expectations; "
                                         f"fix the case or mark it `## {oracle_name}: skip REASON`]",
                                   oproblems, ores, sys.stdout)
            if ok:
                passed += 1
                if args.verbose:
                    print(f"ok   {case.where}: {case.title}")
            else:
                failed += 1
            sys.stdout.flush()

    summary = f"{passed} cases passed"
    if failed:
        summary += f", {failed} failed"
    if skipped:
        summary += f", {skipped} not run in a sanitizer build"
    if mode_skipped:
        summary += f", {mode_skipped} not run in {args.mode} mode"
    if oracle:
        summary += f" ({oracle_disagreements} disagreements with {os.path.basename(oracle)})"
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
