#!/usr/bin/python3
"""The interactive shell's terminal descriptor is its own (fd registry): a
user's `exec 10>file ...` at the prompt moves it rather than replacing it,
so job control (Ctrl-Z, fg) keeps working."""
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from harness import CTRL_Z, case, run_all, spawn_forksh  # noqa: E402


@case("exec 10>f 11>f 12>f 13>f at the prompt leaves job control working")
def _():
    sh = spawn_forksh()
    sh.sendline("exec 10>f 11>f 12>f 13>f 14>f")
    sh.expect_prompt()
    sh.sendline("sleep 100")
    sh.send(CTRL_Z)
    sh.expect_prompt(r"^\[1\]\+  Stopped {17}sleep 100\r?$")
    sh.sendline("kill %1; wait; echo f-is-$(wc -c < f)")
    sh.expect_prompt(r"^f-is-0\r?$")


if __name__ == "__main__":
    run_all()
