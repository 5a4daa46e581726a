#!/usr/bin/python3
"""matrix.py: the generated signal matrix (issue 9). Every case starts a shell
with one signal inherited at the default or ignored, sets traps outside and
inside a context, has a target process in that context receive the signal,
and compares what happened with what POSIX says must happen.

Usage:
  matrix.py --shell PATH --target PATH/sigtarget [--shard K/N] [--jobs N]
            [--filter TEXT] [--list] [-v]

`--shell /usr/bin/dash` runs the same matrix against dash (by hand: some
dash deviations are listed at the end of the run, grouped).

Dimensions (pruned where a value cannot change the outcome, see cases()):
  signal       INT QUIT TERM HUP USR1 USR2 PIPE ALRM CHLD CONT URG WINCH
               TSTP TTIN TTOU STOP
  target       shell  the shell process running the context
               spawn  a program it runs (a plain command: posix_spawn in forksh)
               fork   a program it runs with a redirection, with forksh's
                      `set -o spawn=fork` (fork + execve; posix_spawn would
                      do the redirection as a file action otherwise)
               exec   a program it `exec`s into
  context      main, subshell ( ), command substitution $( ), async list { } &
  sender       self (the builtin kill, or the program itself), other (/bin/kill)
  interactive  -i, under a pseudo-terminal (the shell is a session leader)
  job control  off, or on (`set -m`, or -i), under a pseudo-terminal
  inherited    default or ignored when the shell started
  traps        outside the context and inside it: keep, `trap -`, `trap ''`,
               a command (`trap 'echo trapped' SIG`)

The expected outcome comes from the rules below (expected()), never from
running a shell:
  - XCU 2.11: a non-interactive shell cannot trap or reset a signal ignored
    on entry; an interactive shell ignores TERM and QUIT, and with job
    control TSTP, TTIN and TTOU; an async list without job control ignores
    INT and QUIT (a trap inside it may still set them).
  - XCU 2.12: in a subshell, $( ) or async list, a trap set to a command
    becomes the default, `trap ''` stays ignored; what the shell did for itself
    goes back to what it received on entry.
  - exec: caught signals become the default, ignored ones stay ignored.
  - The default actions (XSH signal.h): terminate, ignore (CHLD CONT URG
    WINCH), stop (TSTP TTIN TTOU STOP). TSTP, TTIN and TTOU do not stop a
    process of an orphaned process group (XSH 2.4.3): every case runs in a new
    session whose leader is the shell, so the shell's own group is orphaned
    and only job-control jobs (groups of their own) can be stopped by them.
  - Without job control a stopped child is waited for until it continues (the
    harness continues whatever stops there); with job control a job that
    stops is a stopped job: status 128+n, and the shell moves on.

Outcomes, as seen: killed (status 128+n), stopped (then continued, or left as
a stopped job), spared ("spared" printed after the signal), trap ran.
"""

import argparse
import os
import select
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

SIGNALS = "INT QUIT TERM HUP USR1 USR2 PIPE ALRM CHLD CONT URG WINCH TSTP TTIN TTOU STOP".split()
IGNORED_BY_DEFAULT = {"CHLD", "CONT", "URG", "WINCH"}
TTY_STOPS = {"TSTP", "TTIN", "TTOU"}
STOPPING = TTY_STOPS | {"STOP"}
TARGETS = ("shell", "spawn", "fork", "exec")
CONTEXTS = ("main", "subshell", "subst", "async")
TRAPS = ("keep", "reset", "ignore", "cmd")
# Job control changes the outcome only for these (async INT/QUIT, stops,
# process groups); the other signals are run without it.
JOB_CONTROL_SIGNALS = {"INT", "QUIT", "TERM", "TSTP", "TTIN", "TTOU", "STOP", "CONT"}
# An interactive shell treats these in its own way; the others as a script does.
INTERACTIVE_SIGNALS = {"INT", "QUIT", "TERM", "HUP", "TSTP", "TTIN", "TTOU", "STOP", "USR1"}
TIMEOUT = 10


def num(sig):
    return int(getattr(signal, "SIG" + sig))


class Case:
    __slots__ = ("sig", "target", "ctx", "sender", "interactive", "jc", "inherited", "tout", "tin")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def name(self):
        return (f"{self.sig} target={self.target} ctx={self.ctx} sender={self.sender} "
                f"{'interactive' if self.interactive else 'script'} jc={'on' if self.jc else 'off'} "
                f"inherited={self.inherited} trap-out={self.tout} trap-in={self.tin}")


def trap_pairs(sig, ctx, interactive, inherited):
    """(outside, inside) trap settings worth running for these values."""
    if sig == "STOP":
        return [("keep", "keep")]  # cannot be caught or ignored
    if interactive:
        return [("keep", "keep"), ("ignore", "keep")] if inherited == "default" else [("keep", "keep")]
    outs = list(TRAPS)
    if ctx == "main":
        pairs = [(o, "keep") for o in outs]  # there is no inside
    else:
        pairs = [(o, "keep") for o in outs] + [("keep", i) for i in ("reset", "ignore", "cmd")]
        pairs += [("cmd", "ignore"), ("ignore", "cmd"), ("cmd", "reset"), ("ignore", "reset")]
    if sig == "CHLD":
        # A CHLD trap fires for every child that ends (the /bin/kill, the
        # subshell itself), so "the trap ran once for our signal" is not a
        # well-defined outcome: CHLD is tested at the default and ignored.
        pairs = [p for p in pairs if "cmd" not in p]
    return pairs


def cases():
    out = []
    for sig in SIGNALS:
        for interactive in (False, True):
            if interactive and sig not in INTERACTIVE_SIGNALS:
                continue
            for jc in (False, True):
                if jc and not interactive and sig not in JOB_CONTROL_SIGNALS:
                    continue
                for target in TARGETS:
                    for ctx in CONTEXTS:
                        if interactive and ctx == "subst":
                            continue  # as the subshell, as far as signals go
                        if interactive and target == "shell" and ctx == "main" and sig in ("INT", "HUP"):
                            # The interactive shell's own SIGINT (abandon the
                            # command line) and SIGHUP (pass it on, exit) are
                            # tested in tests/interactive/.
                            continue
                        for sender in ("self", "other") if target == "shell" and not interactive else ("self",):
                            for inherited in ("default", "ignored"):
                                if sig == "STOP" and inherited == "ignored":
                                    continue
                                for tout, tin in trap_pairs(sig, ctx, interactive, inherited):
                                    out.append(Case(sig=sig, target=target, ctx=ctx, sender=sender,
                                                    interactive=interactive, jc=jc, inherited=inherited,
                                                    tout=tout, tin=tin))
    return out


# ---- the POSIX rules ----

def trap_effect(action, current, base):
    """A trap command's effect on a disposition."""
    return {"keep": current, "reset": base, "ignore": "ignored", "cmd": "caught"}[action]


def dispositions(c):
    """What the target process has for the signal when it arrives."""
    entry_ignored = c.inherited == "ignored"
    # An interactive shell with job control gives its jobs TSTP, TTIN and
    # TTOU back even when it was started with them ignored (dash and bash do;
    # POSIX allows it): else a background read of the terminal fails with EIO
    # instead of stopping the job.
    jobs_get_back = c.interactive and c.jc and c.sig in TTY_STOPS
    # What a child gets when no trap says otherwise: the entry disposition,
    # plus INT and QUIT in an async list without job control.
    base = "ignored" if entry_ignored and not jobs_get_back else "default"
    if c.ctx == "main":
        if entry_ignored and not c.interactive:
            shell = "ignored"  # cannot be trapped or reset, silently
        else:
            own = base
            if c.interactive and base == "default":
                if c.sig in ("TERM", "QUIT") or (c.jc and c.sig in TTY_STOPS):
                    own = "ignored"  # for itself
            shell = trap_effect(c.tout, own, own)
        if c.target == "shell":
            return shell
        # A program: caught becomes the default; what the shell ignored for
        # itself does not leak (it gets the entry disposition); `trap ''` does.
        if c.tout == "ignore" or (entry_ignored and not jobs_get_back):
            return "ignored"
        return "default"
    child_base = base
    if c.ctx == "async" and not c.jc and c.sig in ("INT", "QUIT"):
        child_base = "ignored"
    # In the child: a trap's command is reset, `trap ''` kept.
    if c.tout == "ignore" and (c.interactive or not entry_ignored):
        d = "ignored"
    else:
        d = child_base
    # Traps inside: the child is a non-interactive shell; a signal ignored on
    # entry to the shell cannot be trapped or reset there either.
    if not entry_ignored:
        d = trap_effect(c.tin, d, child_base)
    if c.target == "shell":
        return d
    return "default" if d == "caught" else d


def own_group(c):
    """Is the target in a process group of its own (a job), not the shell's?"""
    if not c.jc or c.ctx == "subst":
        return False
    if c.ctx == "main":
        return c.target in ("spawn", "fork")
    return True


def job_of_main(c):
    """Is the target a job the main shell itself waits for (job control)?"""
    return own_group(c) and (c.ctx == "main" or c.target in ("shell", "exec"))


def expected(c):
    """(stopped, trapped, spared, status)"""
    n = num(c.sig)
    d = "default" if c.sig == "STOP" else dispositions(c)
    stops = c.sig == "STOP" or (d == "default" and c.sig in TTY_STOPS and own_group(c))
    if stops:
        if job_of_main(c):
            # The job-control shell reaps the stop at once and moves on; the
            # harness may never see the T state: 128+n is the proof.
            return (None, False, False, 128 + n)
        return (True, False, True, 0)  # waited for, continued, goes on
    if d == "caught":
        return (False, True, True, 0)
    if d == "ignored" or c.sig in IGNORED_BY_DEFAULT or c.sig in TTY_STOPS:
        return (False, False, True, 0)
    return (False, False, False, 128 + n)


# ---- running a case ----

def trap_cmd(action, sig):
    return {"keep": "", "reset": f"trap - {sig}; ", "ignore": f"trap '' {sig}; ",
            "cmd": f"trap 'echo trapped' {sig}; "}[action]


def script(c, sigtarget):
    n = num(c.sig)
    inner = trap_cmd(c.tin, c.sig)
    if c.target == "shell":
        send = f"kill -s {c.sig} $me" if c.sender == "self" else f"/bin/kill -s {c.sig} $me"
        body = f"{inner}read -r me rest < /proc/self/stat; {send}; echo spared"
    elif c.target == "exec":
        body = f"{inner}exec {sigtarget} {n}"
    else:
        redirect = " </dev/null" if c.target == "fork" else ""
        # Not the last command: no shell may exec it in place of the context.
        body = f"{inner}{sigtarget} {n}{redirect}; exit $?" if c.ctx != "main" else f"{sigtarget} {n}{redirect}"
    head = trap_cmd(c.tout, c.sig)
    if c.target == "fork":
        # `command`: in another shell the unknown option fails quietly.
        head = "command set -o spawn=fork 2>/dev/null; " + head
    if c.jc and not c.interactive:
        head = "set -m; " + head
    if not c.jc and c.interactive:
        head = "set +m; " + head
    if c.ctx == "main":
        tail = "; echo status=$?" if c.target in ("spawn", "fork") else ""
        return head + body + tail
    if c.ctx == "subshell":
        return head + f"( {body} ); echo status=$?"
    if c.ctx == "subst":
        return head + f'out=$( {body} ); st=$?; echo "$out"; echo status=$st'
    return head + f"{{ {body}; }} & wait $!; echo status=$?"


def proc_stat(pid):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            text = fh.read()
    except OSError:
        return None
    end = text.rfind(")")
    if end < 0:
        return None  # gone while we read
    rest = text[end + 2:].split()
    return rest[0], int(rest[1]), int(rest[2]), int(rest[3])  # state ppid pgrp session


def last_pid():
    try:
        with open("/proc/sys/kernel/ns_last_pid") as fh:
            return int(fh.read())
    except (OSError, ValueError):
        return None


def session_pids(sid, everywhere=False):
    """Processes of the case's session. Pids are handed out in increasing
    order and wrap at pid_max (32768 here: the matrix alone starts about
    25000 processes), so the session's are those from the shell's pid up
    and, once the last pid handed out is below it, those up to that one too.
    Reading only those keeps the 10 ms look for stops cheap. Missing the
    wrapped ones made a stopped process go unseen and unkilled, and the
    harness then waited for ever for the end of its output. everywhere=True
    reads every process (more than pid_max pids handed out during a case)."""
    last = None if everywhere else last_pid()
    wrapped = last is None or last < sid
    pids = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        pid = int(name)
        if pid >= sid or (wrapped and (last is None or pid <= last)):
            st = proc_stat(pid)
            if st and st[3] == sid:
                pids.append(pid)
    return pids


def kill_session(sid, everywhere=False):
    for pid in session_pids(sid, everywhere):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def run(c, shell, sigtarget):
    text = script(c, sigtarget)
    use_pty = c.interactive or c.jc
    # sigtarget --start sets the controlling terminal and the signal's
    # disposition, then execs the shell (see sigtarget.cpp).
    argv = ([sigtarget, "--start"] + (["--tty"] if use_pty else [])
            + [str(num(c.sig)), c.inherited, shell] + (["-i"] if c.interactive else []) + ["-c", text])
    master = slave = None
    if use_pty:
        master, slave = os.openpty()
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C", "HOME": "/nonexistent", "TERM": "dumb",
           "ENV": ""}
    proc = subprocess.Popen(argv, stdin=slave if use_pty else subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True, env=env)
    if slave is not None:
        os.close(slave)
    # One loop waits for the events: the shell's exit (its pidfd becomes
    # readable), output on the terminal (read and dropped: nobody reads the
    # terminal but it must not fill up) and, for the stopping signals, a
    # process of the session in state T, which /proc shows and nothing
    # announces: looked for every 10 ms while the shell runs.
    pidfd = os.pidfd_open(proc.pid)
    watched = [pidfd] + ([master] if master is not None else [])
    stopped = False
    deadline = time.monotonic() + TIMEOUT
    timed_out = False
    watch_stops = c.sig in STOPPING
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            break
        ready, _, _ = select.select(watched, [], [], min(left, 0.01) if watch_stops else left)
        if master in ready:
            try:
                if not os.read(master, 4096):
                    watched.remove(master)
            except OSError:
                watched.remove(master)
        if pidfd in ready:
            break
        if not watch_stops:
            continue
        for pid in session_pids(proc.pid):
            st = proc_stat(pid)
            if st and st[0] == "T":
                stopped = True
                # A job of a job-control shell is the shell's to handle; any
                # other stopped process would wait forever: continue it.
                if not (c.jc and st[1] == proc.pid and st[2] != proc.pid) or pid == proc.pid:
                    try:
                        os.kill(pid, signal.SIGCONT)
                    except OSError:
                        pass
    os.close(pidfd)
    # Whatever is left (a stopped job after its shell ended): gone.
    kill_session(proc.pid, everywhere=timed_out)
    if timed_out:
        proc.kill()
    proc.wait()
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        # Something of the session still holds stdout or stderr: a hang.
        timed_out = True
        kill_session(proc.pid, everywhere=True)
        out, err = proc.communicate()
    out = out.decode(errors="replace")
    err = err.decode(errors="replace")
    if master is not None:
        os.close(master)
    lines = out.split()
    status = None
    for line in lines:
        if line.startswith("status="):
            status = int(line[7:])
    if status is None:
        rc = proc.returncode
        status = 128 - rc if rc < 0 else rc
    seen = (stopped, "trapped" in lines, "spared" in lines, status)
    return seen, text, out, err, timed_out


def describe(o):
    stopped, trapped, spared, status = o
    words = []
    if stopped:
        words.append("stopped")
    if trapped:
        words.append("trap ran")
    if spared:
        words.append("spared")
    if status >= 128 and not spared:
        words.append(f"killed/stopped status {status}")
    elif status:
        words.append(f"status {status}")
    return ", ".join(words) or "status 0"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shell", required=True)
    ap.add_argument("--target", required=True, help="the sigtarget program")
    ap.add_argument("--shard", default="0/1")
    ap.add_argument("--jobs", type=int, default=8)
    ap.add_argument("--filter", default="")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    k, n = (int(x) for x in args.shard.split("/"))
    all_cases = cases()
    chosen = [c for i, c in enumerate(all_cases) if i % n == k and args.filter in c.name()]
    if args.list:
        for c in chosen:
            print(c.name(), "->", describe(expected(c)))
        print(f"{len(chosen)} of {len(all_cases)} cases")
        return 0
    shell = os.path.abspath(args.shell)
    sigtarget = os.path.abspath(args.target)
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda c: (c, run(c, shell, sigtarget)), chosen))
    failed = []
    for c, (seen, text, out, err, timed_out) in results:
        want = expected(c)
        if want[0] is None:
            seen = (None,) + seen[1:]
        if seen != want or timed_out:
            failed.append((c, want, seen, text, out, err, timed_out))
    for c, want, seen, text, out, err, timed_out in failed[: None if args.v else 40]:
        print(f"FAIL {c.name()}")
        print(f"  script:   {text}")
        print(f"  expected: {describe(want)}")
        print(f"  got:      {describe(seen)}{' (timed out)' if timed_out else ''}")
        if args.v:
            print(f"  stdout: {out!r}\n  stderr: {err[-300:]!r}")
    if len(failed) > 40 and not args.v:
        print(f"... and {len(failed) - 40} more")
    if failed:
        groups = {}
        for c, want, seen, *_ in failed:
            key = (c.sig, c.target, c.ctx, "interactive" if c.interactive else "script",
                   "jc" if c.jc else "no-jc", describe(want), describe(seen))
            groups[key] = groups.get(key, 0) + 1
        print("failures grouped (signal, target, context, mode, job control, expected, got): count")
        for key, count in sorted(groups.items()):
            print(f"  {' | '.join(key)}: {count}")
    print(f"{len(chosen) - len(failed)} of {len(chosen)} cases passed, {len(failed)} failed "
          f"({os.path.basename(shell)}, {time.monotonic() - start:.1f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
