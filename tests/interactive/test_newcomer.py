#!/usr/bin/python3
"""What a newcomer trips over at the prompt: TAB after ~ keeps the tilde
unquoted, PS1's \\# counts commands, a job that ended at the prompt is
reported before the next prompt (as bash; `jobs` lists it in its place),
`time` times a pipeline, and the
bg hint points to Ctrl-Z."""
import os
import re
import sys

sys.dont_write_bytecode = True

from harness import case, proc_stat, run_all, spawn_forksh, wait_until  # noqa: E402

TAB = "\t"


@case("TAB after ~/ completes to ~/docs/, not \\~/docs/")
def _():
    sh = spawn_forksh()
    os.mkdir(os.path.join(sh.home, "docs"))
    sh.send("cd ~/do" + TAB)
    sh.expect_exact("cd ~/docs/")
    sh.sendline("")
    sh.expect_prompt()
    assert sh.run("pwd").strip() == os.path.join(sh.home, "docs")


@case("TAB after ~user keeps ~root/ unquoted")
def _():
    sh = spawn_forksh()
    sh.send("echo ~roo" + TAB)
    sh.expect_exact("echo ~root/")
    sh.sendline("")
    out = sh.expect_prompt()
    assert re.search(r"^/root/\r?$", out, re.M), out


@case("a file really named ~x is still quoted")
def _():
    sh = spawn_forksh()
    open(os.path.join(sh.home, "~xfile"), "w").close()
    sh.send("echo ./~xf" + TAB)
    sh.expect_exact("echo ./~xfile ")
    sh.sendline("")
    sh.expect_prompt(r"^\./~xfile\r?$")
    sh.send("echo ~xf" + TAB)
    sh.expect_exact("\\~xfile ")  # Readline redraws the word after "echo ~xf"
    sh.sendline("")
    sh.expect_prompt(r"^~xfile\r?$")


@case("PS1 \\# counts the commands of the session")
def _():
    sh = spawn_forksh()
    # Written so that the echoed line does not contain the prompt itself.
    sh.run("PS1='n=\\# [[fsh]]'\"\\$ \"")
    numbers = []
    for _ in range(3):
        sh.sendline("true")
        numbers.append(int(re.search(r"n=(\d+) $", sh.expect_prompt()).group(1)))
    sh.sendline("")  # an empty line is not a command
    numbers.append(int(re.search(r"n=(\d+) $", sh.expect_prompt()).group(1)))
    assert numbers[0] >= 2, numbers
    assert numbers[1] == numbers[0] + 1 and numbers[2] == numbers[1] + 1, numbers
    assert numbers[3] == numbers[2], numbers


def job_waiting_on_fifo(sh, name):
    """A FIFO in the shell's folder: a job that reads it waits (in open(2))
    until the test writes a line, so the job ends when the test says, after
    the prompt is drawn, however slow the machine."""
    path = os.path.join(sh.home, name)
    os.mkfifo(path)
    return path


def end_job(fifo):
    with open(fifo, "w") as f:
        f.write("go\n")


@case("a job that ended at the prompt is reported before the next prompt, as bash does")
def _():
    sh = spawn_forksh()
    fifo = job_waiting_on_fifo(sh, "go")
    sh.sendline("read x < go &")
    pid = int(re.search(r"\[1\] (\d+)", sh.expect_prompt()).group(1))
    end_job(fifo)
    wait_until(lambda: proc_stat(pid) is None, what="the job to end and be reaped")
    sh.sendline("echo hi")
    out = sh.expect_prompt()
    assert re.search(r"hi\r\n\[1\]\+ +Done +read x < go\r\n$", out), repr(out)


@case("jobs lists a job that ended at the prompt in its place: number order, one + and one -")
def _():
    sh = spawn_forksh()
    fifo = job_waiting_on_fifo(sh, "go")
    sh.sendline("sleep 100 &")
    sh.expect_prompt()
    sh.sendline("sleep 101 &")
    sh.expect_prompt()
    sh.sendline("sh -c 'read x; exit 3' < go &")
    pid = int(re.search(r"\[3\] (\d+)", sh.expect_prompt()).group(1))
    end_job(fifo)
    wait_until(lambda: proc_stat(pid) is None, what="job 3 to end and be reaped")
    sh.sendline("jobs")
    out = sh.expect_prompt()
    lines = [l for l in out.splitlines() if l.startswith("[")]
    assert [l[:4] for l in lines] == ["[1] ", "[2]-", "[3]+"], repr(out)
    assert "Exit 3" in lines[2], repr(out)
    sh.sendline("kill %1 %2")
    sh.expect_prompt()


@case("time times a whole pipeline at the prompt")
def _():
    sh = spawn_forksh()
    sh.sendline("time sleep 0.2 | cat")
    sh.expect_prompt(r"^real\t0m0\.[2-9]\d\ds\r\nuser\t0m\d\.\d{3}s\r\nsys\t0m\d\.\d{3}s\r?$")
    sh.sendline("time -p true")
    sh.expect_prompt(r"^real 0\.\d\d\r\nuser \d+\.\d\d\r\nsys \d+\.\d\d\r?$")


@case("bg with no job points to Ctrl-Z")
def _():
    sh = spawn_forksh()
    sh.sendline("bg")
    sh.expect_prompt(r"bg: no current job \(stop a running command with Ctrl-Z")


if __name__ == "__main__":
    run_all()
