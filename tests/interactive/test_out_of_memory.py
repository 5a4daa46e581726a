#!/usr/bin/python3
"""Running out of memory (issue 11): under `ulimit -v`, a command that needs
more memory than allowed ends with `forksh: out of memory`, status 2, no
abort and no core; an interactive shell abandons the command and shows its
prompt again. (Here and not in tests/scripts because an address-space limit
cannot be combined with the sanitizer build, which skips this folder.)"""
import resource
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from harness import case, forksh_path, run_all, spawn_forksh  # noqa: E402

LIMIT = 256 * 1024 * 1024  # bytes: ulimit -v 262144
DOUBLING = "x=a; while :; do x=$x$x; done"


def limited():
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_limited(*args):
    return subprocess.run([forksh_path(), *args], stdin=subprocess.DEVNULL, capture_output=True,
                          preexec_fn=limited, timeout=60)


@case("a script that runs out of memory says so and exits 2, keeping what it wrote")
def _():
    r = run_limited("-c", f"echo before; {DOUBLING}; echo after")
    assert r.returncode == 2, (r.returncode, r.stderr)  # not -6 (SIGABRT)
    assert r.stdout == b"before\n", r.stdout
    assert r.stderr == b"forksh: out of memory\n", r.stderr


@case("out of memory in a subshell or $( ) ends only that child")
def _():
    r = run_limited("-c", f"y=$({DOUBLING}); echo cs=$?; ({DOUBLING}); echo sub=$?")
    assert r.returncode == 0, (r.returncode, r.stderr)
    assert r.stdout == b"cs=2\nsub=2\n", r.stdout
    assert r.stderr == b"forksh: out of memory\n" * 2, r.stderr


@case("the interactive shell abandons the command and shows its prompt")
def _():
    sh = spawn_forksh()
    sh.run("ulimit -v 262144")
    sh.sendline(f"{DOUBLING}; echo not-reached")
    before = sh.expect_prompt(r"^forksh: out of memory\r?$", timeout=60)
    assert "not-reached\r\n" not in before.replace("echo not-reached", ""), before
    assert sh.run("echo alive $?").strip() == "alive 2"


if __name__ == "__main__":
    run_all()
