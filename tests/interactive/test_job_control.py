#!/usr/bin/python3
"""Job control at the terminal: Ctrl-C, Ctrl-Z, fg, bg, jobs, job specs,
notices, SIGTTIN, what children inherit, zombies, exiting with jobs."""
import os
import re
import signal

from harness import (CTRL_C, CTRL_D, CTRL_Z, case, children_of, proc_comm, proc_stat, run_all,
                     spawn_forksh, wait_until)
from jobs_helpers import foreground_child, started_pid, wait_dead, wait_gone, wait_state


def stop_sleep(sh, seconds="100"):
    """Runs `sleep N` in the foreground and stops it with Ctrl-Z."""
    sh.sendline(f"sleep {seconds}")
    pid = foreground_child(sh, "sleep")
    sh.send(CTRL_Z)
    sh.expect_prompt(rf"^\[1\]\+  Stopped {{17}}sleep {seconds}\r?$")
    return pid


@case("Ctrl-C at the prompt abandons the line, $? is 130")
def _():
    sh = spawn_forksh()
    sh.send("echo should-not-run")
    sh.expect_exact("echo should-not-run")
    sh.send(CTRL_C)
    before = sh.expect_prompt()
    assert "should-not-run\r\n" not in before.replace("echo should-not-run", ""), before
    assert sh.run("echo $?").strip() == "130"


@case("Ctrl-C kills the foreground job, not the shell; $? is 130")
def _():
    sh = spawn_forksh()
    sh.sendline("sleep 100")
    pid = foreground_child(sh, "sleep")
    sh.send(CTRL_C)
    sh.expect_prompt()
    wait_gone(pid)
    assert sh.run("echo $?").strip() == "130"


@case("Ctrl-C stops a whole loop, not just its current command")
def _():
    sh = spawn_forksh()
    sh.sendline("while true; do sleep 100; done; echo after-loop")
    foreground_child(sh, "sleep")
    sh.send(CTRL_C)
    before = sh.expect_prompt()
    assert "after-loop\r\n" not in before.replace("echo after-loop", ""), before
    assert sh.run("echo $?").strip() == "130"


@case("Ctrl-C stops a loop of builtins that runs inside the shell itself")
def _():
    sh = spawn_forksh()
    sh.sendline("echo loop-started; while :; do :; done; echo after-loop")
    sh.expect_exact("loop-started\r\n")
    sh.send(CTRL_C)
    before = sh.expect_prompt()
    assert "after-loop\r\n" not in before.replace("echo after-loop", ""), before
    assert sh.run("echo $?").strip() == "130"


@case("Ctrl-C interrupts the read builtin; the next line is not taken as its input")
def _():
    sh = spawn_forksh()
    sh.sendline("echo reading; read x; echo after-read")
    sh.expect_exact("reading\r\n")
    sh.send(CTRL_C)
    before = sh.expect_prompt()
    assert "after-read\r\n" not in before.replace("echo after-read", ""), before
    assert sh.run("echo $?").strip() == "130"
    assert sh.run("echo x=[$x]").strip() == "x=[]"


@case("Ctrl-Z stops the job: notice '[1]+  Stopped  sleep 100', $? 148, state T")
def _():
    sh = spawn_forksh()
    pid = stop_sleep(sh)
    wait_state(pid, "T")
    assert sh.run("echo $?").strip() == "148"


@case("fg resumes a stopped job in the foreground with the terminal")
def _():
    sh = spawn_forksh()
    pid = stop_sleep(sh)
    sh.sendline("fg")
    sh.expect(r"sleep 100\r\n")
    assert foreground_child(sh, "sleep") == pid
    wait_state(pid, "S")
    sh.send(CTRL_C)
    sh.expect_prompt()
    assert sh.run("echo $?").strip() == "130"
    assert sh.run("jobs").strip() == ""


@case("fg then Ctrl-Z again stops it again with the same number")
def _():
    sh = spawn_forksh()
    pid = stop_sleep(sh)
    sh.sendline("fg %1")
    foreground_child(sh, "sleep")
    sh.send(CTRL_Z)
    sh.expect_prompt(r"^\[1\]\+  Stopped {17}sleep 100\r?$")
    wait_state(pid, "T")


@case("bg continues a stopped job in the background")
def _():
    sh = spawn_forksh()
    pid = stop_sleep(sh)
    out = sh.run("bg")
    assert re.search(r"^\[1\]\+ sleep 100 &$", out, re.M), out
    wait_state(pid, "S")
    out = sh.run("jobs")
    assert re.search(r"^\[1\]\+  Running {17}sleep 100 &$", out, re.M), out


@case("a background job gets a '[1] PID' notice and its own process group")
def _():
    sh = spawn_forksh()
    out = sh.run("sleep 100 &")
    pid = started_pid(out)
    st = proc_stat(pid)
    assert st[2] == pid, f"pgid {st[2]} != pid {pid}"
    assert st[2] != st[3], "a background job must not own the terminal"
    out = sh.run("echo $!")
    assert out.strip() == str(pid)


@case("jobs -l -p -r -s")
def _():
    sh = spawn_forksh()
    bg_pid = started_pid(sh.run("sleep 101 &"))
    sh.sendline("sleep 102")
    stopped_pid = foreground_child(sh, "sleep")
    sh.send(CTRL_Z)
    sh.expect_prompt(r"Stopped +sleep 102")
    out = sh.run("jobs")
    assert re.search(r"^\[1\]-  Running {17}sleep 101 &$", out, re.M), out
    assert re.search(r"^\[2\]\+  Stopped {17}sleep 102$", out, re.M), out
    out = sh.run("jobs -r")
    assert "sleep 101" in out and "sleep 102" not in out, out
    out = sh.run("jobs -s")
    assert "sleep 102" in out and "sleep 101" not in out, out
    out = sh.run("jobs -p")
    assert out.split() == [str(bg_pid), str(stopped_pid)], out
    out = sh.run("jobs -l")
    assert re.search(rf"^\[1\]- {bg_pid} +Running +sleep 101 &$", out, re.M), out
    assert re.search(rf"^\[2\]\+ {stopped_pid} +Stopped +sleep 102$", out, re.M), out


@case("job specs %n %+ %- %% %string %?string")
def _():
    sh = spawn_forksh()
    sh.run("sleep 201 &")
    sh.run("tail -f /dev/null &")
    assert "tail -f /dev/null" in sh.run("jobs %+")
    assert "tail -f /dev/null" in sh.run("jobs %%")
    assert "sleep 201" in sh.run("jobs %-")
    assert "sleep 201" in sh.run("jobs %1")
    assert "tail" in sh.run("jobs %2")
    assert "sleep 201" in sh.run("jobs %sle")
    assert "tail" in sh.run("jobs %?null")
    out = sh.run("jobs %7")
    assert re.search(r"jobs: %7: no such job", out), out


@case("a stopped pipeline: every stage is in state T, all in one group")
def _():
    sh = spawn_forksh()
    sh.sendline("sleep 100 | sleep 200 | cat")
    foreground_child(sh, "cat")
    sh.send(CTRL_Z)
    sh.expect_prompt(r"^\[1\]\+  Stopped {17}sleep 100 \| sleep 200 \| cat\r?$")
    kids = children_of(sh.child.pid)
    assert len(kids) == 3, kids
    for pid in kids:
        wait_state(pid, "T")
    assert len({proc_stat(p)[2] for p in kids}) == 1, "one process group per pipeline"
    sh.sendline("fg")
    foreground_child(sh, "cat")
    for pid in kids:
        wait_state(pid, "S")
    sh.send(CTRL_C)
    sh.expect_prompt()
    for pid in kids:
        wait_gone(pid)


@case("a background reader is stopped by SIGTTIN; fg gives it the terminal")
def _():
    sh = spawn_forksh()
    out = sh.run("cat &")
    pid = started_pid(out)
    wait_state(pid, "T")
    out += sh.run("")
    # The notice says "Stopped" as bash does; `jobs -l` names the signal.
    assert re.search(r"^\[1\]\+  Stopped +cat$", out, re.M), out
    out = sh.run("jobs -l")
    assert re.search(r"^\[1\]\+ \d+ +Stopped \(tty input\) +cat$", out, re.M), out
    sh.sendline("fg")
    foreground_child(sh, "cat")
    sh.sendline("typed-to-cat")
    sh.expect(r"typed-to-cat\r\n.*typed-to-cat\r\n")
    sh.send(CTRL_D)
    sh.expect_prompt()
    wait_gone(pid)


@case("Done, Exit N and Terminated notices appear before the next prompt")
def _():
    sh = spawn_forksh()
    # A fast job may end before the prompt after it: look at both outputs.
    out = sh.run("sleep 0.1 &")
    wait_gone(started_pid(out))
    out += sh.run("true")
    assert re.search(r"^\[1\]\+  Done {20}sleep 0\.1$", out, re.M), out
    out = sh.run("sh -c 'exit 3' &")
    wait_gone(started_pid(out))
    out += sh.run("true")
    assert re.search(r"^\[1\]\+  Exit 3 {18}sh -c 'exit 3'$", out, re.M), out
    pid = started_pid(sh.run("sleep 100 &"))
    out = sh.run("kill %1")
    wait_gone(pid)
    out += sh.run("true")
    assert re.search(r"^\[1\]\+  Terminated {14}sleep 100$", out, re.M), out
    # Reported once, then forgotten.
    out = sh.run("jobs")
    assert out.strip() == "", out


@case("set -b reports a finished job at once, while the prompt waits")
def _():
    sh = spawn_forksh()
    sh.run("set -b")
    pid = started_pid(sh.run("sleep 100 &"))
    wait_until(lambda: proc_comm(pid) == "sleep", what="sleep to start")
    os.kill(pid, signal.SIGTERM)   # the job ends while the shell sits at its prompt
    sh.expect(r"\[1\]\+  Terminated {14}sleep 100")
    sh.expect_exact("[[fsh]]$ ")  # the prompt is drawn again
    sh.sendline("echo still-here")
    sh.expect_prompt(r"^still-here\r?$")
    out = sh.run("jobs")
    assert out.strip() == "", out


@case("set -b: a notice does not break the line being typed")
def _():
    sh = spawn_forksh()
    sh.run("set -b")
    pid = started_pid(sh.run("sleep 100 &"))
    wait_until(lambda: proc_comm(pid) == "sleep", what="sleep to start")
    sh.send("echo half")
    sh.expect_exact("echo half")
    os.kill(pid, signal.SIGTERM)
    sh.expect(r"\[1\]\+  Terminated +sleep 100")
    sh.expect_exact("[[fsh]]$ echo half")  # prompt and line drawn again
    sh.sendline("-line")
    sh.expect_prompt(r"^half-line\r?$")


@case("kill -STOP and -CONT from outside show in jobs")
def _():
    sh = spawn_forksh()
    pid = started_pid(sh.run("sleep 100 &"))
    os.kill(pid, signal.SIGSTOP)
    wait_state(pid, "T")
    out = sh.run("jobs")
    assert re.search(r"^\[1\]\+  Stopped +sleep 100$", out, re.M), out
    out = sh.run("jobs -l")
    assert re.search(r"^\[1\]\+ \d+ +Stopped \(signal\) +sleep 100$", out, re.M), out
    os.kill(pid, signal.SIGCONT)
    wait_state(pid, "S")
    out = sh.run("jobs")
    assert re.search(r"^\[1\]\+  Running +sleep 100 &$", out, re.M), out


@case("a job continued from outside is running again: wait waits for it to end")
def _():
    sh = spawn_forksh()
    # The job waits (in open(2)) on a FIFO until the test writes to it: it
    # ends when the test says, not after a second of sleep.
    fifo = os.path.join(sh.home, "go")
    os.mkfifo(fifo)
    pid = started_pid(sh.run("head -n 1 go > /dev/null &"))
    os.kill(pid, signal.SIGSTOP)
    wait_state(pid, "T")
    sh.run("jobs")  # the shell has seen the stop
    os.kill(pid, signal.SIGCONT)
    wait_state(pid, "S")
    sh.sendline("wait %1; echo waited=$?")
    # The shell sleeps in wait (sigsuspend) while the job runs on...
    wait_until(lambda: "sigsuspend" in open(f"/proc/{sh.child.pid}/wchan").read(), what="the shell to wait")
    assert proc_stat(pid) is not None, "the job ended by itself"
    with open(fifo, "w") as f:  # ...until the job ends
        f.write("go\n")
    out = sh.expect_prompt()
    assert re.search(r"^waited=0\r?$", out, re.M), out
    assert proc_stat(pid) is None, "wait returned before the job ended"


@case("started with SIGINT ignored: subshells and jobs keep it ignored (Ctrl-C spares them)")
def _():
    sh = spawn_forksh(ignored=(signal.SIGINT,))
    out = sh.run("probe sigs; (probe sigs)")
    assert re.findall(r"^ignored: INT\r?$", out, re.M) == ["ignored: INT"] * 2, out
    # A subshell and the program it runs (head, reading the terminal) are
    # both spared by Ctrl-C; the line typed after it ends them.
    sh.sendline("(head -n 1; echo survived=$?)")
    foreground_child(sh, "forksh")  # the subshell owns the terminal
    sh.send(CTRL_C)
    sh.sendline("typed-after")
    out = sh.expect_prompt()
    assert re.search(r"^typed-after\r\nsurvived=0\r?$", out, re.M), out  # the echo, then head's line


@case("a signal ignored on entry, then trapped at the prompt: a $( ) may ignore it again (bash)")
def _():
    sh = spawn_forksh(ignored=(signal.SIGUSR1,))
    # An interactive shell may trap what was ignored on entry (POSIX).
    out = sh.run("trap 'echo caught' USR1; kill -USR1 $$; echo after")
    assert re.search(r"^caught\r?\n(.*\n)?after\r?$", out, re.M), out
    # The substitution is a subshell: the trap is reset to the default there,
    # and its own `trap ''` must then ignore the signal, so the kill spares it.
    out = sh.run("x=$( trap '' USR1; kill -USR1 $(exec sh -c 'echo $PPID'); echo survived ); echo \"[$x]\"")
    assert re.search(r"^\[survived\]\r?$", out, re.M), out
    # `trap -` in it gives the default back: the signal ends the substitution.
    out = sh.run("x=$( trap - USR1; kill -USR1 $(exec sh -c 'echo $PPID'); echo survived ); echo \"[$x]\"")
    assert re.search(r"^\[\]\r?$", out, re.M), out


@case("what the interactive shell ignores for itself does not reach its children")
def _():
    sh = spawn_forksh()
    # The shell ignores TERM, QUIT, TSTP, TTIN, TTOU and catches INT; a
    # subshell, a program, an exec'd program and a $( ) get the defaults.
    out = sh.run("probe sigs; (probe sigs); (exec probe sigs); echo \"$(probe sigs)\"")
    assert re.findall(r"^ignored: none\r?$", out, re.M) == ["ignored: none"] * 4, out
    # `trap ''` does reach them.
    out = sh.run("trap '' USR1; (probe sigs); trap - USR1")
    assert re.search(r"^ignored: USR1\r?$", out, re.M), out


@case("children get default signal dispositions and an empty mask")
def _():
    sh = spawn_forksh()
    out = sh.run("probe sigs")
    assert re.search(r"^ignored: none$", out, re.M), out
    assert re.search(r"^blocked: none$", out, re.M), out
    out = sh.run("probe sigs | cat")
    assert re.search(r"^ignored: none$", out, re.M), out
    out = sh.run("(probe sigs)")
    assert re.search(r"^ignored: none$", out, re.M), out
    assert re.search(r"^blocked: none$", out, re.M), out


@case("children see only descriptors 0 1 2")
def _():
    sh = spawn_forksh()
    assert sh.run("probe fds").strip() == "0 1 2"
    assert sh.run("probe fds | cat").strip() == "0 1 2"
    assert sh.run("echo x | probe fds").strip() == "0 1 2"


@case("a foreground job owns the terminal; a background one does not")
def _():
    sh = spawn_forksh()
    out = sh.run("probe pgrp")
    m = re.search(r"pid=(\d+) pgid=(\d+) sid=\d+ tpgid=(\d+)", out)
    assert m and m.group(1) == m.group(2) == m.group(3), out
    assert m.group(2) != str(sh.child.pid)
    sh.sendline("probe pgrp > out.txt &")
    sh.expect_prompt()
    wait_until(lambda: os.path.exists(os.path.join(sh.home, "out.txt"))
               and open(os.path.join(sh.home, "out.txt")).read().endswith("\n"), what="out.txt")
    text = open(os.path.join(sh.home, "out.txt")).read()
    m = re.search(r"pid=(\d+) pgid=(\d+) sid=\d+ tpgid=(\d+)", text)
    assert m and m.group(1) == m.group(2) and m.group(3) == str(sh.child.pid), text


@case("spawned foreground readers own the terminal before they read: cat > file, head | cat, either way")
def _():
    # The spawned child takes the terminal (tcsetpgrp, or posix_spawn's
    # addtcsetpgrp_np) before execve, so its first read is not stopped by
    # SIGTTIN; the same with spawn=fork.
    sh = spawn_forksh()
    for how in ("vfork", "posix_spawn", "fork"):
        sh.run(f"set -o spawn={how}")
        out = sh.run("probe pgrp > pg.txt 2>&1; cat pg.txt")
        m = re.search(r"pid=(\d+) pgid=(\d+) sid=\d+ tpgid=(\d+)", out)
        assert m and m.group(1) == m.group(2) == m.group(3), (how, out)
        sh.sendline("cat > typed.txt")
        foreground_child(sh, "cat")
        sh.sendline(f"typed-{how}")
        sh.send(CTRL_D)
        sh.expect_prompt()
        assert open(os.path.join(sh.home, "typed.txt")).read() == f"typed-{how}\n", how
        sh.sendline("head -n 1 | cat > piped.txt")
        foreground_child(sh, "head")
        sh.sendline(f"piped-{how}")
        sh.expect_prompt()
        assert open(os.path.join(sh.home, "piped.txt")).read() == f"piped-{how}\n", how
        assert sh.run("echo $?").strip() == "0", how


@case("the shell ignores SIGTERM, SIGQUIT and SIGTSTP; SIGINT only clears the line")
def _():
    sh = spawn_forksh()
    for sig in (signal.SIGTERM, signal.SIGQUIT, signal.SIGTSTP):
        os.kill(sh.child.pid, sig)
    assert sh.run("echo alive").strip() == "alive"
    os.kill(sh.child.pid, signal.SIGINT)
    sh.expect_prompt()
    assert sh.run("echo still-alive").strip() == "still-alive"


@case("no zombies after many background jobs at an idle prompt")
def _():
    sh = spawn_forksh()
    sh.sendline("for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do true & done")
    out = sh.expect_prompt()
    shell = sh.child.pid
    # No input is sent: the shell sits at its prompt while the jobs end.
    wait_until(lambda: not children_of(shell), what="every child reaped")
    out += sh.run("jobs")
    assert out.count("Done") == 20, out


@case("disown removes a job; disown -h keeps it listed")
def _():
    sh = spawn_forksh()
    sh.run("sleep 100 &")
    sh.run("disown %1")
    assert sh.run("jobs").strip() == ""
    sh.run("sleep 101 &")
    sh.run("disown -h")
    assert "sleep 101" in sh.run("jobs")


@case("fg with no job says so")
def _():
    sh = spawn_forksh()
    out = sh.run("fg")
    assert re.search(r"fg: no current job", out), out
    assert sh.run("echo $?").strip() == "1"


@case("exit with stopped jobs warns once, then exits and hangs them up")
def _():
    sh = spawn_forksh()
    pid = stop_sleep(sh)
    out = sh.run("exit")
    assert "There are stopped jobs." in out, out
    sh.sendline("exit")
    sh.expect_exit()
    wait_dead(pid)


@case("a command between two exits means a second warning")
def _():
    sh = spawn_forksh()
    stop_sleep(sh)
    assert "There are stopped jobs." in sh.run("exit")
    sh.run("true")
    assert "There are stopped jobs." in sh.run("exit")


@case("SIGHUP to the shell hangs up its jobs and ends it")
def _():
    sh = spawn_forksh()
    pid = started_pid(sh.run("sleep 100 &"))
    # Once it runs sleep: before execve the child still has the shell's handler.
    wait_until(lambda: proc_comm(pid) == "sleep", what="sleep to start")
    os.kill(sh.child.pid, signal.SIGHUP)
    sh.expect_exit(129)
    wait_dead(pid)


@case("Ctrl-D on an empty line exits with the last status")
def _():
    sh = spawn_forksh()
    sh.run("false")
    sh.send(CTRL_D)
    sh.expect_exact("exit")
    sh.expect_exit(1)


@case("set -o ignoreeof refuses Ctrl-D")
def _():
    sh = spawn_forksh()
    sh.run("set -o ignoreeof")
    sh.send(CTRL_D)
    sh.expect_prompt(r'Use "exit" to leave the shell\.')
    sh.sendline("exit 4")
    sh.expect_exit(4)



@case("kill %1 %2; wait: each job's end is told, in number order, one + and one -")
def _():
    sh = spawn_forksh()
    sh.sendline("sleep 100 &")
    sh.expect_prompt(r"^\[1\] \d+\r?$")
    sh.sendline("sleep 101 &")
    sh.expect_prompt(r"^\[2\] \d+\r?$")
    sh.sendline("kill %1 %2; wait")
    before = sh.expect_prompt()
    lines = [l for l in before.splitlines() if l.startswith("[")]
    assert lines == ["[1]-  Terminated              sleep 100", "[2]+  Terminated              sleep 101"], before
    assert sh.run("jobs").strip() == ""


@case("started with SIGTTIN, SIGTTOU, SIGTSTP ignored: a background read still stops the job")
def _():
    # Some multiplexers and runners start shells so. The three are the
    # jobs' (dash, bash); another signal ignored on entry stays ignored.
    sh = spawn_forksh(ignored=(signal.SIGTTIN, signal.SIGTTOU, signal.SIGTSTP, signal.SIGUSR1))
    # cat may stop (or die) before the prompt after the command that did
    # it, or after: the notice comes before the first prompt drawn once the
    # kernel has the change, so look at both outputs.
    out = sh.run("cat &")
    pid = started_pid(out)
    wait_state(pid, "T")
    out += sh.run("")
    assert re.search(r"^\[1\]\+  Stopped {17}cat$", out, re.M), out
    out = sh.run("kill -KILL %1")
    wait_gone(pid)
    out += sh.run("")
    assert re.search(r"^\[1\]\+  Killed {18}cat$", out, re.M), out
    mask = int(sh.run("grep SigIgn /proc/self/status").split()[-1], 16)
    assert mask & (1 << (signal.SIGUSR1 - 1)), f"SIGUSR1 is no longer ignored: {mask:x}"
    for sig in (signal.SIGTTIN, signal.SIGTTOU, signal.SIGTSTP):
        assert not mask & (1 << (sig - 1)), f"{sig!r} still ignored in a job: {mask:x}"

if __name__ == "__main__":
    run_all()
