#!/usr/bin/python3
"""test_follow.py: `forksh --follow` (issue 25) follows every descendant and
thread of a command with ptrace, and changes nothing the command does.

Usage: test_follow.py FORKSH

1. The issue's done-when: sh -c "/bin/true | /bin/cat; (sleep 0.3 &); sleep 0.1"
   draws lanes for sh, true, cat, the subshell and both sleeps, nested under
   their parents, with the orphaned sleep's adoption (its parent's death
   re-parents it: the arrow's source is not the subshell).
2. A program with two threads: the Trace Event JSON holds both tids under
   one pid, the second as a thread track (skipped without a C compiler).
3. Followed output is byte-identical to unfollowed (stdout, stderr, status):
   pipes, subshells, descriptors a child sees, a read from stdin, a death by
   signal, posix_spawn asked for.
4. Hostile children end as they do unfollowed: one stops itself with
   SIGSTOP (a group-stop, seen by the shell's wait) and is continued; one
   ignores TERM and INT and is sent both; one kills itself.
5. No task is left traced or stopped: a background job still running when
   the shell exits is let go (TracerPid 0, not in a tracing stop); one that
   stopped itself stays stopped by its own SIGSTOP, untraced; when the shell
   is killed, the follower lets its tasks go too; no follower is left.
6. A follower that dies (kill -9) delays no later command: a child sees
   through a pidfd that nobody will seize it, and runs unfollowed.
7. Where ptrace is not allowed (the children are traced already: under
   strace -f), one line says so and the commands run unfollowed.

Every wait is for an event (a state in /proc), never for a time; the limits
only keep a broken shell from hanging the test. Exits 77 where ptrace is
not allowed.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from proc_wait import wait_until  # noqa: E402

SKIP = 77
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def status_field(pid, key):
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return line.split()[1]
    except OSError:
        return None
    return None


def state_of(pid):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            text = fh.read()
    except OSError:
        return None
    return text[text.rindex(")") + 2]


def records(path):
    out = []
    with open(path) as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 9 or f[0] != "R1":
                continue
            fields = dict(kv.split("=", 1) for kv in f[9:] if "=" in kv)
            out.append({"ns": int(f[1]), "pid": int(f[2]), "ppid": int(f[3]), "kind": f[5], "as": f[6],
                        "text": f[8], "fields": fields})
    return out


def page_processes(page):
    """The lanes the page draws: its `p` array, one list per lane."""
    html = open(page).read()
    start = html.index("p:[") + 2
    end = html.index("],l:", start) + 1
    keys = ["pid", "parent", "depth", "born", "exited", "reaped", "last", "group", "status", "names", "role",
            "tgid", "adopted_at", "adopted_by", "outside", "reaper"]
    return [dict(zip(keys, row)) for row in json.loads(html[start:end])]


def done_when(forksh, work):
    page = os.path.join(work, "tree.html")
    cmd = 'sh -c "/bin/true | /bin/cat; (sleep 0.3 &); sleep 0.1"'
    r = subprocess.run([forksh, "--follow", f"--trace={page}", "-c", cmd], capture_output=True, timeout=30)
    check(r.returncode == 0 and r.stdout == b"" and r.stderr == b"", f"done-when: {r.returncode} {r.stdout!r} {r.stderr!r}")
    lanes = page_processes(page)
    names = [" ".join(n[1] for n in p["names"]) for p in lanes]
    by_pid = {p["pid"]: p for p in lanes}
    sh = [p for p in lanes if p["names"][-1][1] == "sh" and len(p["names"]) == 2]
    check(len(sh) == 1, f"done-when: no single lane that becomes sh: {names}")
    if not sh:
        return
    sh = sh[0]
    kids = [p for p in lanes if p["parent"] == sh["pid"]]
    programs = sorted(p["names"][-1][1] for p in kids)
    # true, cat, the subshell (a copy of sh), the last sleep
    check(programs == ["cat", "sh", "sleep", "true"], f"done-when: sh's children run {programs}")
    sub = [p for p in kids if p["names"][-1][1] == "sh"]
    if sub:
        sub = sub[0]
        orphans = [p for p in lanes if p["parent"] == sub["pid"]]
        check(len(orphans) == 1 and orphans[0]["names"][-1][1] == "sleep",
              f"done-when: the subshell's child is not one sleep: {orphans}")
        check(all(p["depth"] == sh["depth"] + 1 for p in kids), "done-when: sh's children are not indented under it")
        if orphans:
            o = orphans[0]
            check(o["depth"] == sub["depth"] + 1, "done-when: the orphan is not indented under the subshell")
            check(o["adopted_at"] >= 0 and o["adopted_by"] not in (0, sub["pid"]),
                  f"done-when: the orphan's adoption is not drawn: {o}")
            check(o["adopted_by"] in by_pid, f"done-when: no lane for the adopter {o['adopted_by']}")
            check(o["exited"] > o["adopted_at"], "done-when: the orphan's exit is not after its adoption")
            check(sub["exited"] >= 0 and sub["exited"] <= o["adopted_at"], "done-when: the subshell's exit is not drawn before the adoption")
    for p in kids:
        check(p["exited"] >= 0 and p["reaped"] >= p["exited"],
              f"done-when: {p['pid']} ({p['names'][-1][1]}) has no exit and later reap: {p['exited']} {p['reaped']}")
    return page


THREADS_C = r"""
#include <pthread.h>
#include <stdio.h>
static void *run(void *arg) { (void)arg; return NULL; }
int main(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, run, NULL) != 0) return 1;
    pthread_join(t, NULL);
    puts("joined");
    return 0;
}
"""


def threads(forksh, work):
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        print("threads: skipped (no C compiler)")
        return
    src, prog = os.path.join(work, "two.c"), os.path.join(work, "two")
    with open(src, "w") as fh:
        fh.write(THREADS_C)
    subprocess.run([cc, "-pthread", "-o", prog, src], check=True)
    out = os.path.join(work, "two.json")
    r = subprocess.run([forksh, "--follow", f"--trace={out}", "-c", prog], capture_output=True, timeout=30)
    check(r.returncode == 0 and r.stdout == b"joined\n", f"threads: {r.returncode} {r.stdout!r} {r.stderr!r}")
    data = json.load(open(out))
    events = data["traceEvents"]
    slices = {(e["pid"], e["tid"]) for e in events if e.get("ph") == "X" and e.get("cat") == "process"}
    named = {e["args"]["name"]: e["pid"] for e in events if e.get("name") == "process_name"}
    prog_pid = [pid for name, pid in named.items() if name.endswith("two")]
    check(len(prog_pid) == 1, f"threads: no single process named two: {named}")
    if prog_pid:
        pid = prog_pid[0]
        tids = sorted(tid for p, tid in slices if p == pid)
        check(len(tids) == 2 and pid in tids, f"threads: tids under pid {pid}: {tids}, expected the pid and one more")
        thread_names = [e for e in events if e.get("name") == "thread_name" and e["pid"] == pid]
        check(len(thread_names) == 1 and thread_names[0]["tid"] != pid, f"threads: thread tracks {thread_names}")


# Commands whose output, errors and status must not change when followed.
SAME = [
    "/bin/echo a | /bin/cat; (echo sub; exit 3); echo $?",
    "ls /proc/self/fd | /usr/bin/wc -l; sh -c 'ls /proc/self/fd'",
    "sh -c 'echo out; echo err >&2; exit 7'",
    "read line; echo \"got $line\"; /bin/cat",
    "sh -c 'kill -KILL $$'; echo \"status $?\"",
    "sh -c 'sh -c \"(echo deep; sh -c \\\"echo deeper\\\") | cat\"' & wait",
    "set -o spawn=posix_spawn; /bin/echo spawned; x=$(/bin/echo sub); echo $x",
]

HOSTILE = """\
sh -c 'kill -STOP $$; echo resumed' &
pid=$!
while :; do
    s=$(cut -d" " -f3 /proc/$pid/stat)
    case $s in T|t) break;; esac
done
echo stopped
kill -CONT $pid
wait $pid; echo "status $?"
sh -c 'trap "" TERM INT; kill -TERM $$; kill -INT $$; echo survived'; echo "status $?"
sh -c 'kill -SEGV $$'; echo "status $?"
"""


def same_output(forksh, work):
    for i, cmd in enumerate(SAME + [HOSTILE]):
        runs = []
        for follow in (False, True):
            args = [forksh] + (["--follow", f"--trace={os.path.join(work, f'same{i}-{follow}.txt')}"] if follow else [])
            r = subprocess.run(args + ["-c", cmd], input=b"first\nsecond\n", capture_output=True, timeout=30)
            runs.append((r.returncode, r.stdout, r.stderr))
        check(runs[0] == runs[1], f"same output: {cmd!r}:\n  unfollowed {runs[0]}\n  followed   {runs[1]}")
        if i == len(SAME):
            check(runs[1][1] == b"stopped\nresumed\nstatus 0\nsurvived\nstatus 0\nstatus 139\n",
                  f"hostile: {runs[1]!r}")


def left_alone(forksh, work):
    trace = os.path.join(work, "left.txt")
    # A background job still running, and one stopped by its own SIGSTOP,
    # when the shell exits.
    r = subprocess.run([forksh, "--follow", f"--trace={trace}", "-c",
                        "sleep 100 >/dev/null 2>&1 & echo $!; sh -c 'kill -STOP $$; echo never' >/dev/null 2>&1 & echo $!; "
                        "while :; do case $(cut -d' ' -f3 /proc/$!/stat) in T|t) break;; esac; done"],
                       capture_output=True, timeout=30)
    pids = [int(x) for x in r.stdout.split()]
    check(r.returncode == 0 and len(pids) == 2, f"left alone: {r!r}")
    try:
        for pid in pids:
            check(status_field(pid, "TracerPid") == "0", f"left alone: {pid} is still traced")
        wait_until("the sleep to sleep on, untraced", lambda: state_of(pids[0]) == "S")
        # Let go in its group-stop: woken a moment (R), it stops again (T).
        wait_until("the self-stopped sh to stay stopped, untraced", lambda: state_of(pids[1]) == "T")
        check("let go" in open(trace).read(), "left alone: the trace does not say the tasks were let go")
        check(not followers_of(trace), "left alone: a follower still holds the trace")
    finally:
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def followers_of(path):
    """Processes that still hold `path` open (a follower left behind)."""
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            for fd in os.listdir(f"/proc/{entry}/fd"):
                if os.readlink(f"/proc/{entry}/fd/{fd}") == path:
                    out.append(int(entry))
        except OSError:
            pass
    return out


def shell_killed(forksh, work):
    trace = os.path.join(work, "killed.txt")
    p = subprocess.Popen([forksh, "--follow", f"--trace={trace}", "-c", "sleep 100 >/dev/null 2>&1 & echo $!; wait"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    pid = int(p.stdout.readline())
    try:
        wait_until("the sleep to be followed", lambda: status_field(pid, "TracerPid") not in (None, "0"))
        p.kill()
        p.wait()
        wait_until("the follower to let go", lambda: status_field(pid, "TracerPid") == "0")
        # Let go, it runs on (R a moment after being woken, then S): never t.
        wait_until("the sleep to sleep on", lambda: state_of(pid) == "S")
        wait_until("the follower to end", lambda: not followers_of(trace))
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def follower_killed(forksh, work):
    """The follower dies: the shell's next children do not wait for a seize
    that cannot come (two seconds each, without the pidfd check)."""
    script = ('for p in $(cat /proc/$$/task/*/children); do read c < /proc/$p/comm; '
              '[ "$c" = forksh-follow ] && kill -9 $p && echo killed; done 2>/dev/null; '
              'i=0; while [ $i -lt 10 ]; do /bin/true; (/bin/true); i=$((i + 1)); done; echo done')
    # Twenty children after it: waiting for the seize would cost 40 s; they
    # take well under a second. A bound of 15 s tells the two apart on any
    # machine, however loaded (a hang detector, not a speed target).
    started = time.monotonic()
    r = subprocess.run([forksh, "--follow", f"--trace={os.path.join(work, 'dead.txt')}", "-c", script],
                       capture_output=True, timeout=90)
    took = time.monotonic() - started
    check(r.stdout == b"killed\ndone\n" and r.returncode == 0, f"follower killed: {r!r}")
    check(took < 15, f"follower killed: the commands after it took {took:.1f} s")


def refused(forksh, work):
    """Where ptrace is not allowed (here: the children are traced already,
    by strace -f), one line says so and the command runs unfollowed."""
    strace = shutil.which("strace")
    if not strace:
        print("refused: skipped (no strace)")
        return
    r = subprocess.run([strace, "-f", "-o", "/dev/null", forksh, "--follow",
                        f"--trace={os.path.join(work, 'refused.txt')}", "-c", 'sh -c "echo hi | cat"; /bin/echo two'],
                       capture_output=True, timeout=30)
    lines = r.stderr.decode().splitlines()
    check(r.returncode == 0 and r.stdout == b"hi\ntwo\n", f"refused: {r!r}")
    check(len(lines) == 1 and lines[0].startswith("forksh: --follow: ptrace cannot follow ")
          and lines[0].endswith("; commands run unfollowed"), f"refused: stderr {lines}")


def ptrace_allowed(forksh, work):
    r = subprocess.run([forksh, "--follow", f"--trace={os.path.join(work, 'probe.txt')}", "-c", "/bin/true"],
                       capture_output=True, timeout=30)
    return b"ptrace cannot follow" not in r.stderr


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    forksh = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="forksh-follow-") as work:
        if not ptrace_allowed(forksh, work):
            print("skipped: ptrace is not allowed here")
            return SKIP
        done_when(forksh, work)
        threads(forksh, work)
        same_output(forksh, work)
        left_alone(forksh, work)
        shell_killed(forksh, work)
        follower_killed(forksh, work)
        refused(forksh, work)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
