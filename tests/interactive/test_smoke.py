#!/usr/bin/python3
"""Smoke tests of the interactive shell: a command runs, and `exit N` ends it."""
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from harness import case, run_all, spawn_forksh  # noqa: E402


@case("echo hello prints hello")
def _():
    sh = spawn_forksh()
    sh.sendline("echo hello")
    sh.expect_prompt(r"^hello\r?$")


@case("exit 3 ends the shell with status 3")
def _():
    sh = spawn_forksh()
    sh.sendline("exit 3")
    sh.expect_exit(3)


if __name__ == "__main__":
    run_all()
