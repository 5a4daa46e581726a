#!/usr/bin/python3
"""The greeting and the prompt's mark (issue 27, item 7): an interactive forksh
says once, at start-up, which shell it is and where to begin (`help`, `help
fork`); -q or FORKSH_QUIET=1 silence it; the default PS1 is marked (forksh)."""
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from harness import PS1, case, run_all, spawn_forksh  # noqa: E402

GREETING = r"forksh \d+\.\d+\.\d+: type `help` for an overview, or `help fork` to start"


def greetings_in(sh, text):
    """How many greeting lines `text` holds."""
    return len(re.findall(GREETING, text))


@case("an interactive forksh greets once, before its first prompt, and not again")
def _():
    sh = spawn_forksh(wait_for_prompt=False)
    first = sh.expect_prompt()
    assert greetings_in(sh, first) == 1, f"one greeting before the first prompt, got:\n{first!r}"
    later = sh.run("echo one") + sh.run("true") + sh.run("echo two")
    assert greetings_in(sh, later) == 0, f"the greeting came again:\n{later!r}"


@case("forksh -q does not greet")
def _():
    sh = spawn_forksh(extra_args=("-q",), wait_for_prompt=False)
    first = sh.expect_prompt()
    assert "help fork" not in first, f"-q still greets:\n{first!r}"
    sh.sendline("echo still here")
    sh.expect_prompt(r"^still here\r?$")


@case("FORKSH_QUIET=1 in the environment does not greet")
def _():
    sh = spawn_forksh(env={"FORKSH_QUIET": "1"}, wait_for_prompt=False)
    first = sh.expect_prompt()
    assert "help fork" not in first, f"FORKSH_QUIET=1 still greets:\n{first!r}"


@case("the default PS1 carries the (forksh) mark and still ends in $ or #")
def _():
    sh = spawn_forksh(env={"PS1": None}, wait_for_prompt=False)
    sh.expect(r"\(forksh\) [\w-]+@[\w.-]+:~[#$] ")
    sh.sendline(f"PS1='{PS1}'")
    sh.expect_prompt()


if __name__ == "__main__":
    run_all()
