"""harness.py: helpers for interactive tests of forksh through a pseudo-terminal.

A test file `tests/interactive/test_NAME.py` is run by CTest as
    /usr/bin/python3 test_NAME.py FORKSH [PROBE] [-k TEXT]
and looks like this:

    from harness import CTRL_C, case, run_all, spawn_forksh

    @case("echo hello prints hello")
    def _():
        sh = spawn_forksh()              # returns once the first prompt is shown
        sh.sendline("echo hello")
        sh.expect_prompt(r"^hello\\r?$")  # regex searched in the output before the prompt

    if __name__ == "__main__":
        run_all()

Nothing sleeps: every wait is an `expect` with a timeout. When a case fails,
the runner prints the end of the terminal transcript, and it kills every
process the shell started (the whole session) before the next case.
"""

import io
import os
import re
import shutil
import signal
import sys
import tempfile
import traceback

import pexpect

PS1 = "[[fsh]]$ "
PS2 = "[[more]]> "
CTRL_C = "\x03"
CTRL_D = "\x04"
CTRL_Z = "\x1a"
CTRL_BACKSLASH = "\x1c"

_cases = []      # (name, function)
_spawned = []    # shells started by the current case
_temp_dirs = []


def forksh_path():
    if len(sys.argv) < 2:
        sys.exit(f"usage: {sys.argv[0]} FORKSH [PROBE] [-k TEXT]")
    return os.path.abspath(sys.argv[1])


def probe_path():
    if len(sys.argv) >= 3 and not sys.argv[2].startswith("-"):
        return os.path.abspath(sys.argv[2])
    return None


class Forksh:
    """One interactive forksh in a pty. `child` is the pexpect.spawn object."""

    def __init__(self, child, home):
        self.child = child
        self.home = home
        self.transcript = io.StringIO()
        child.logfile_read = self.transcript

    # Input.
    def sendline(self, line=""):
        self.child.sendline(line)

    def send(self, text):
        """Sends raw text, e.g. CTRL_C or CTRL_Z, without a newline."""
        self.child.send(text)

    # Output.
    def expect(self, pattern, timeout=10):
        """Waits for a regex (or list of them); returns the index matched."""
        return self.child.expect(pattern, timeout=timeout)

    def expect_exact(self, text, timeout=10):
        return self.child.expect_exact(text, timeout=timeout)

    def expect_prompt(self, pattern_before=None, timeout=10):
        """Waits for the next PS1 prompt and returns the output before it.

        pattern_before, if given, is a regex that must be found (re.search,
        multi-line: ^ and $ match at each line) in that output; the output
        includes the echo of the command line, and lines end in \\r\\n."""
        self.child.expect_exact(PS1, timeout=timeout)
        before = self.child.before
        if pattern_before is not None and not re.search(pattern_before, before, re.M):
            raise AssertionError(f"expected /{pattern_before}/ before the prompt, got:\n"
                                 f"{before!r}")
        return before

    def expect_continuation(self, timeout=10):
        """Waits for the PS2 prompt (the shell wants more of a command)."""
        self.child.expect_exact(PS2, timeout=timeout)
        return self.child.before

    def expect_exit(self, status=None, timeout=10):
        """Waits for the shell to end; checks its exit status if given.
        Returns the status (128+n if a signal n killed it)."""
        self.child.expect(pexpect.EOF, timeout=timeout)
        self.child.close()
        got = self.child.exitstatus
        if got is None and self.child.signalstatus is not None:
            got = 128 + self.child.signalstatus
        if status is not None and got != status:
            raise AssertionError(f"expected exit status {status}, got {got}")
        return got

    def run(self, command, timeout=10):
        """Sends a command line and returns its output (without the echoed
        command line), once the next prompt appears."""
        self.sendline(command)
        before = self.expect_prompt(timeout=timeout)
        lines = before.replace("\r\n", "\n").split("\n")
        if lines and lines[0].endswith(command):
            lines = lines[1:]
        return "\n".join(lines)

    def kill_session(self):
        """SIGKILL for every process in the shell's session (the shell is
        the session leader), so no job outlives the case."""
        pid = self.child.pid
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    stat = fh.read()
            except OSError:
                continue
            fields = stat[stat.rfind(")") + 2:].split()
            if len(fields) > 3 and int(fields[3]) == pid and int(entry) != pid:
                try:
                    os.kill(int(entry), signal.SIGKILL)
                except OSError:
                    pass
        if self.child.isalive():
            self.child.terminate(force=True)
        self.child.close(force=True)


def _default_signals(ignored=()):
    # Python ignores SIGPIPE and SIGXFSZ, and an ignored signal is inherited
    # through exec: give the shell the defaults a terminal would (and the
    # `ignored` ones ignored, as nohup would).
    for sig in (signal.SIGPIPE, signal.SIGXFSZ):
        signal.signal(sig, signal.SIG_DFL)
    for sig in ignored:
        signal.signal(sig, signal.SIG_IGN)


def spawn_forksh(extra_args=(), env=None, wait_for_prompt=True, timeout=10, home=None, ignored=()):
    """Starts the forksh given as argv[1] in an 80x24 pty, with a fresh HOME
    (or `home`, e.g. a second session in the same one), PS1/PS2 set to the
    strings above, TERM=dumb, INPUTRC=/dev/null, --norc. The probe's
    directory (argv[2]) comes first in PATH."""
    if home is None:
        home = tempfile.mkdtemp(prefix="forksh-home-")
        _temp_dirs.append(home)
    path = "/usr/local/bin:/usr/bin:/bin"
    if probe_path():
        path = os.path.dirname(probe_path()) + ":" + path
    full_env = {
        "HOME": home,
        "PATH": path,
        "PS1": PS1,
        "PS2": PS2,
        "TERM": "dumb",
        "INPUTRC": "/dev/null",
        "LC_ALL": "C",
    }
    for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if name in os.environ:
            full_env[name] = os.environ[name]
    for name, value in (env or {}).items():  # None: leave the variable out
        if value is None:
            full_env.pop(name, None)
        else:
            full_env[name] = value
    child = pexpect.spawn(forksh_path(), ["--norc", *extra_args], env=full_env, cwd=home,
                          dimensions=(24, 80), encoding="utf-8", codec_errors="replace",
                          timeout=timeout, preexec_fn=lambda: _default_signals(ignored))
    sh = Forksh(child, home)
    _spawned.append(sh)
    if wait_for_prompt:
        sh.expect_prompt(timeout=timeout)
    return sh


def proc_stat(pid):
    """(state, ppid, pgrp, tpgid) of a process from /proc/PID/stat, or None
    when it is gone (a zombie still has an entry: state Z)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            stat = fh.read()
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2:].split()
    return fields[0], int(fields[1]), int(fields[2]), int(fields[5])


def proc_comm(pid):
    try:
        with open(f"/proc/{pid}/comm") as fh:
            return fh.read().strip()
    except OSError:
        return None


def children_of(pid):
    """Pids whose parent is `pid` (zombies included)."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = proc_stat(int(entry))
            if st and st[1] == pid:
                out.append(int(entry))
    return sorted(out)


def wait_until(predicate, timeout=10, what="condition"):
    """Polls `predicate` (every 20 ms) until it returns something true, and
    returns that; raises AssertionError after `timeout` seconds. For states
    only /proc shows (a process stopped, gone, in the foreground)."""
    import time
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def case(name):
    """Decorator: registers a test case, run by run_all() in file order."""
    def register(fn):
        _cases.append((name, fn))
        return fn
    return register


def _tail(text, lines=25):
    return "\n".join("    | " + line for line in text.replace("\r", "").split("\n")[-lines:])


def run_all():
    """Runs every registered case (or those whose name contains the text of
    -k TEXT), prints ok/FAIL per case, and exits 1 if any failed."""
    forksh_path()
    only = None
    if "-k" in sys.argv:
        only = sys.argv[sys.argv.index("-k") + 1]
    failed = passed = 0
    for name, fn in _cases:
        if only and only not in name:
            continue
        try:
            fn()
            print(f"ok   {name}")
            passed += 1
        except (AssertionError, pexpect.TIMEOUT, pexpect.EOF, OSError) as e:
            failed += 1
            kind = {pexpect.TIMEOUT: "timed out", pexpect.EOF: "the shell ended early"}.get(type(e), "")
            print(f"FAIL {name}" + (f": {kind}" if kind else ""))
            if isinstance(e, AssertionError):
                for line in str(e).split("\n"):
                    print(f"  {line}")
            else:
                frame = traceback.extract_tb(e.__traceback__)[-1]
                for fs in traceback.extract_tb(e.__traceback__):
                    if fs.filename == os.path.abspath(sys.argv[0]) or fs.filename == sys.argv[0]:
                        frame = fs
                print(f"  at {os.path.basename(frame.filename)}:{frame.lineno}: {frame.line}")
            for sh in _spawned:
                print("  terminal transcript (end):")
                print(_tail(sh.transcript.getvalue()))
        except Exception:  # a bug in the test itself
            failed += 1
            print(f"FAIL {name}: error in the test")
            traceback.print_exc(file=sys.stdout)
        finally:
            for sh in _spawned:
                sh.kill_session()
            _spawned.clear()
            sys.stdout.flush()
    for d in _temp_dirs:
        shutil.rmtree(d, ignore_errors=True)
    print(f"{passed} cases passed" + (f", {failed} failed" if failed else ""))
    sys.exit(1 if failed else 0)
