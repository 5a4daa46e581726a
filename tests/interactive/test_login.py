#!/usr/bin/python3
"""forksh as a login shell, started the way login(1) starts it: argv[0]
"-forksh" (python's os.execv with argv[0] set, under a pty, HOME a temporary
folder). It reads /etc/profile, then ~/.profile, then $ENV, and not
~/.forkshrc; -l is the same; --noprofile and --norc turn the files off; a
non-login interactive shell reads ~/.forkshrc and not ~/.profile."""
import os
import sys
import tempfile

sys.dont_write_bytecode = True

import pexpect  # noqa: E402

import harness  # noqa: E402
from harness import PS1, case, run_all  # noqa: E402


def make_home():
    home = tempfile.mkdtemp(prefix="forksh-login-")
    harness._temp_dirs.append(home)
    with open(os.path.join(home, ".profile"), "w") as fh:
        # /etc/profile ran first if PS1 is no longer ours here (Debian's sets
        # PS1='# ' or '$ ' for any shell that is not bash).
        fh.write('ETC_PS1=$PS1\nREAD="$READ profile"\n'
                 f"PS1='{PS1}'\n")
    with open(os.path.join(home, ".forkshrc"), "w") as fh:
        fh.write('READ="$READ forkshrc"\n')
    with open(os.path.join(home, "envfile"), "w") as fh:
        fh.write('READ="$READ env"\n')
    return home


def spawn(home, argv0, args=(), env_file=True):
    """Starts forksh with the given argv[0], as login(1) would: python execs
    it in the pty, so the pid is the one pexpect waits for."""
    env = {"HOME": home, "PS1": PS1, "TERM": "dumb", "INPUTRC": "/dev/null", "LC_ALL": "C",
           "PATH": "/usr/local/bin:/usr/bin:/bin"}
    if env_file:
        # POSIX: parameter expansion applies to $ENV.
        env["ENV"] = env_file if isinstance(env_file, str) else "$HOME/envfile"
    argv = [argv0, *args]
    code = f"import os, signal; signal.signal(signal.SIGPIPE, signal.SIG_DFL); os.execv({harness.forksh_path()!r}, {argv!r})"
    child = pexpect.spawn(sys.executable, ["-c", code], env=env, cwd=home, dimensions=(24, 80),
                          encoding="utf-8", codec_errors="replace", timeout=10)
    sh = harness.Forksh(child, home)
    harness._spawned.append(sh)
    sh.expect_prompt()
    return sh


def etc_profile_sets_ps1():
    try:
        with open("/etc/profile") as fh:
            return "PS1=" in fh.read()
    except OSError:
        return False


@case("argv[0] -forksh: /etc/profile, ~/.profile, then $ENV; no ~/.forkshrc")
def _():
    home = make_home()
    sh = spawn(home, "-forksh")
    assert sh.run('echo "[$0]"').strip() == "[-forksh]"
    assert sh.run('echo "[$READ]"').strip() == "[ profile env]"
    if etc_profile_sets_ps1():
        assert sh.run('echo "[$ETC_PS1]"').strip() != f"[{PS1}]", "/etc/profile was not read first"
    sh.sendline("exit 7")
    sh.expect_exit(7)


@case("-l is a login shell too; --noprofile skips both profiles")
def _():
    home = make_home()
    sh = spawn(home, "forksh", ["-l"])
    assert sh.run('echo "[$READ]"').strip() == "[ profile env]"
    sh2 = spawn(home, "-forksh", ["--noprofile"])
    assert sh2.run('echo "[$READ]"').strip() == "[ env]"
    assert sh2.run('echo "[${ETC_PS1-unset}]"').strip() == "[unset]"


@case("a non-login interactive shell reads $ENV and ~/.forkshrc, not ~/.profile; --norc skips ~/.forkshrc")
def _():
    home = make_home()
    sh = spawn(home, "forksh")
    assert sh.run('echo "[$READ]"').strip() == "[ env forkshrc]"
    sh2 = spawn(home, "forksh", ["--norc"], env_file=False)
    assert sh2.run('echo "[${READ-nothing}]"').strip() == "[nothing]"


@case("ENV naming ~/.forkshrc reads it once")
def _():
    home = make_home()
    sh = spawn(home, "forksh", env_file="${HOME}/.forkshrc")
    assert sh.run('echo "[$READ]"').strip() == "[ forkshrc]"


if __name__ == "__main__":
    run_all()
