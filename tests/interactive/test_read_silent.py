#!/usr/bin/python3
"""read -s on a terminal: what is typed is not echoed, and echo comes back
however read ends (a line, a timeout, a Ctrl-C that ends a script)."""
import sys
import termios

import pexpect

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from harness import CTRL_C, case, run_all, spawn_forksh, wait_until  # noqa: E402


# At the prompt the line editor has echo off itself: ask stty, a command,
# what the terminal's modes are after read. It prints echo or -echo.
STTY_ECHO = "stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo"


def echo_is_on(sh):
    # tcgetattr on the pty's master gives the terminal's modes (Linux).
    return bool(termios.tcgetattr(sh.child.child_fd)[3] & termios.ECHO)


@case("read -s -p: the prompt shows, the typed secret does not, echo returns")
def _():
    sh = spawn_forksh()
    sh.sendline("read -s -p 'password: ' pw; echo \"got [$pw]\"; " + STTY_ECHO)
    sh.expect_exact("password: ")
    sh.sendline("hunter2")
    # bash writes no newline after a silent read either.
    before = sh.expect_prompt(r"^got \[hunter2\]\r?\n^echo\r?$")
    if before.count("hunter2") != 1:
        raise AssertionError(f"the secret was echoed:\n{before!r}")


@case("read -s -t: echo comes back after a timeout")
def _():
    sh = spawn_forksh()
    sh.sendline("read -s -t 0.3 pw; echo \"status $?\"; " + STTY_ECHO)
    sh.expect_prompt(r"^status 142\r?\n^echo\r?$")


@case("Ctrl-C ends a script in read -s, and echo is on again")
def _():
    sh = spawn_forksh(["-c", "echo ready; read -s x; echo not reached"], wait_for_prompt=False)
    sh.expect_exact("ready")
    wait_until(lambda: not echo_is_on(sh), what="read -s to turn echo off")
    sh.send(CTRL_C)
    sh.expect(pexpect.EOF)
    assert echo_is_on(sh), "the script died with echo still off"
    got = sh.expect_exit()
    assert got == 130, f"expected death by SIGINT (130), got {got}"


if __name__ == "__main__":
    run_all()
