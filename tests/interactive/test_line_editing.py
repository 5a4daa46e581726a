#!/usr/bin/python3
"""The interactive front end: history (in memory, in the file, `!!`),
completion, PS1/PS2, multi-line input, Ctrl-C at PS2, syntax errors,
terminal modes around jobs, Readline settings."""
import os
import re
import stat

from harness import (CTRL_C, CTRL_D, CTRL_Z, PS1, case, run_all, spawn_forksh, wait_until)
from jobs_helpers import foreground_child, wait_state

TAB = "\t"
CTRL_P = "\x10"


def history_file(sh):
    return os.path.join(sh.home, ".forksh_history")


@case("history is saved at exit in ~/.forksh_history, mode 0600, and read by the next session")
def _():
    sh = spawn_forksh()
    sh.run("echo first-session-marker")
    sh.sendline("exit")
    sh.expect_exit(0)
    path = history_file(sh)
    assert os.path.exists(path), "no history file"
    mode = stat.S_IMODE(os.stat(path).st_mode)
    assert mode == 0o600, oct(mode)
    sh2 = spawn_forksh(home=sh.home)
    out = sh2.run("history")
    assert re.search(r"^ +\d+  echo first-session-marker$", out, re.M), out
    # Ctrl-P (previous-history) brings it back to the line.
    sh2.send(CTRL_P * 3)  # history, exit, echo first-session-marker
    sh2.sendline("")
    sh2.expect_prompt(r"^first-session-marker\r?$")


@case("two shells exiting one after the other both keep their lines")
def _():
    a = spawn_forksh()
    b = spawn_forksh(home=a.home)
    a.run("echo from-shell-a")
    b.run("echo from-shell-b")
    a.sendline("exit")
    a.expect_exit(0)
    b.sendline("exit")
    b.expect_exit(0)
    text = open(history_file(a)).read()
    assert "echo from-shell-a" in text and "echo from-shell-b" in text, text


@case("a command typed over several lines is one history entry, also in the next session")
def _():
    sh = spawn_forksh()
    sh.sendline("if true")
    sh.expect_continuation()
    sh.sendline("then echo multi-line")
    sh.expect_continuation()
    sh.sendline("fi")
    sh.expect_prompt(r"^multi-line\r?$")
    out = sh.run("history")
    assert re.search(r"^ +1  if true\nthen echo multi-line\nfi$", out, re.M), out
    sh.sendline("exit")
    sh.expect_exit(0)
    sh2 = spawn_forksh(home=sh.home)
    out = sh2.run("history")
    assert re.search(r"^ +1  if true\nthen echo multi-line\nfi\n +2  history$", out, re.M), out


@case("HISTCONTROL=ignoreboth by default: no repeats, no lines starting with a space")
def _():
    sh = spawn_forksh()
    sh.run("echo same")
    sh.run("echo same")
    sh.run(" echo secret")
    out = sh.run("history")
    assert out.count("echo same") == 1, out
    assert "secret" not in out, out


@case("history N, history -c")
def _():
    sh = spawn_forksh()
    for word in ("one", "two", "three"):
        sh.run(f"echo {word}")
    out = sh.run("history 2")
    assert "echo three" in out and "echo two" not in out, out
    sh.run("history -c")
    out = sh.run("history")
    assert out.strip().endswith("history") and "echo" not in out, out


@case("!! !n !-n !prefix expand, echo the line and run it")
def _():
    sh = spawn_forksh()
    sh.run("echo alpha")
    sh.run("echo beta")
    out = sh.run("!!")
    assert re.search(r"^echo beta\nbeta$", out, re.M), out
    out = sh.run("!1")
    assert re.search(r"^echo alpha\nalpha$", out, re.M), out
    # !! repeated the previous line, so ignoredups kept it once: alpha beta alpha.
    out = sh.run("!-2")
    assert re.search(r"^echo beta\nbeta$", out, re.M), out
    out = sh.run("!echo")  # the newest line starting with "echo"
    assert re.search(r"^echo beta\nbeta$", out, re.M), out
    out = sh.run("!nosuchcommand")
    assert "!nosuchcommand: event not found" in out, out
    # $! and "${!x}" are not history events.
    out = sh.run("echo \"$!x\"")
    assert re.search(r"^x$", out, re.M), out


@case("completion: a command name from PATH")
def _():
    sh = spawn_forksh()
    sh.send("prob" + TAB)
    sh.expect_exact("probe ")
    sh.sendline("args done")
    sh.expect_prompt(r"^<done>\r?$")


@case("completion: a builtin name")
def _():
    sh = spawn_forksh()
    sh.send("histo" + TAB)
    sh.expect_exact("history ")
    sh.sendline("")
    sh.expect_prompt()


@case("completion: a file name with a space is quoted")
def _():
    sh = spawn_forksh()
    with open(os.path.join(sh.home, "my file.txt"), "w") as fh:
        fh.write("contents-of-my-file\n")
    sh.send("cat my" + TAB)
    sh.expect_exact("my\\ file.txt ")
    sh.sendline("")
    sh.expect_prompt(r"^contents-of-my-file\r?$")


@case("completion: a variable name after $")
def _():
    sh = spawn_forksh()
    sh.run("FORKSH_COMPLETION_VAR=found-it")
    sh.send("echo $FORKSH_COMPLETION_V" + TAB)
    sh.expect_exact("$FORKSH_COMPLETION_VAR ")
    sh.sendline("")
    sh.expect_prompt(r"^found-it\r?$")


@case("completion: a job spec after %")
def _():
    sh = spawn_forksh()
    sh.run("sleep 100 &")
    sh.send("jobs %sl" + TAB)
    sh.expect_exact("%sleep ")
    sh.sendline("")
    sh.expect_prompt(r"^\[1\]\+  Running +sleep 100 &\r?$")


@case("PS2: an open quote asks for more and keeps the newline")
def _():
    sh = spawn_forksh()
    sh.sendline('echo "first')
    sh.expect_continuation()
    sh.sendline('second"')
    sh.expect_prompt(r"^first\r?\nsecond\r?$")


@case("PS2: if without fi, trailing |, here-document")
def _():
    sh = spawn_forksh()
    sh.sendline("if true")
    sh.expect_continuation()
    sh.sendline("then echo in-if; fi")
    sh.expect_prompt(r"^in-if\r?$")
    sh.sendline("echo piped |")
    sh.expect_continuation()
    sh.sendline("tr a-z A-Z")
    sh.expect_prompt(r"^PIPED\r?$")
    sh.sendline("cat <<END")
    sh.expect_continuation()
    sh.sendline("here-doc-line")
    sh.expect_continuation()
    sh.sendline("END")
    sh.expect_prompt(r"^here-doc-line\r?$")


@case("Ctrl-C at PS2 abandons the whole command")
def _():
    sh = spawn_forksh()
    sh.sendline('echo "never')
    sh.expect_continuation()
    sh.send("printed")
    sh.send(CTRL_C)
    sh.expect_prompt()
    assert sh.run("echo $?").strip() == "130"
    out = sh.run("echo next")
    assert out.strip() == "next", out


@case("a syntax error is reported without a line number, and the shell stays")
def _():
    sh = spawn_forksh()
    out = sh.run("echo a; fi")
    assert re.search(r"^forksh: syntax error", out, re.M), out
    assert "line" not in out.split("syntax error")[0], out
    assert sh.run("echo $?").strip() == "2"
    assert sh.run("echo alive").strip() == "alive"


@case("PS1 escapes and parameter expansion: \\u \\W \\$ and $?")
def _():
    sh = spawn_forksh()
    sh.sendline(r"PS1='<\u|\W|$?>\$ '")
    user = os.environ.get("USER") or __import__("pwd").getpwuid(os.getuid()).pw_name
    base = "~"  # \W of $HOME, as bash shows it
    mark = "#" if os.geteuid() == 0 else "$"
    sh.expect_exact(f"<{user}|{base}|0>{mark} ")
    sh.sendline("false")
    sh.expect_exact(f"<{user}|{base}|1>{mark} ")
    sh.sendline("cd /")
    sh.expect_exact(f"<{user}|/|0>{mark} ")
    sh.sendline(f"PS1='{PS1}'")
    sh.expect_prompt()


@case("PS1 unset in the environment: the default (forksh) \\u@\\h:\\w\\$ ")
def _():
    sh = spawn_forksh(env={"PS1": None}, wait_for_prompt=False)
    sh.expect(r"\(forksh\) [\w-]+@[\w.-]+:~[#$] ")
    sh.sendline("cd /tmp")
    sh.expect(r"\(forksh\) [\w-]+@[\w.-]+:/tmp[#$] ")


@case("set -o vi: Escape enters command mode")
def _():
    sh = spawn_forksh()
    sh.run("set -o vi")
    sh.send("echo abcd")
    sh.send("\x1b")      # command mode; the cursor is on the d
    sh.send("x")         # delete it
    sh.sendline("")
    sh.expect_prompt(r"^abc\r?$")


@case("~/.inputrc ($INPUTRC) is honoured: a macro binding")
def _():
    home = __import__("tempfile").mkdtemp(prefix="forksh-home-")
    with open(os.path.join(home, "inputrc"), "w") as fh:
        fh.write('"\\C-xq": "echo from-inputrc"\n')
    sh = spawn_forksh(env={"INPUTRC": os.path.join(home, "inputrc")}, home=home)
    sh.send("\x18q")
    sh.expect_exact("echo from-inputrc")
    sh.sendline("")
    sh.expect_prompt(r"^from-inputrc\r?$")


@case("terminal modes: stty -echo; cat, Ctrl-Z, stty echo, fg: cat gets its modes back")
def _():
    sh = spawn_forksh()
    sh.sendline("stty -echo; cat")
    pid = foreground_child(sh, "cat")
    sh.send(CTRL_Z)
    sh.expect_prompt(r"Stopped +cat")
    wait_state(pid, "T")
    sh.run("stty echo")
    sh.sendline("fg")
    foreground_child(sh, "cat")
    sh.sendline("secret-line")
    sh.expect_exact("secret-line")
    sh.send(CTRL_D)
    before = sh.expect_prompt()
    # Echo off: cat's own output only, not the terminal's echo as well.
    assert before.count("secret-line") == 0, before


@case("a job killed in raw mode does not break the prompt")
def _():
    sh = spawn_forksh()
    out = sh.run("sh -c 'stty raw -echo; kill -9 $$'")
    assert "Killed" in out, out
    out = sh.run("stty -a")
    assert "-icanon" not in out and "-isig" not in out, out
    sh.sendline("sleep 100")
    foreground_child(sh, "sleep")
    sh.send(CTRL_C)       # still a signal: ISIG is back on
    sh.expect_prompt()
    assert sh.run("echo $?").strip() == "130"


@case("stty raw as a command does not stick; stty -echoctl does")
def _():
    sh = spawn_forksh()
    sh.run("stty raw")
    out = sh.run("stty -a")
    assert "-icanon" not in out, out
    sh.run("stty -echoctl")
    out = sh.run("stty -a")
    assert "-echoctl" in out, out


@case("~/.forkshrc is read unless --norc; --norc is honoured")
def _():
    home = __import__("tempfile").mkdtemp(prefix="forksh-home-")
    with open(os.path.join(home, ".forkshrc"), "w") as fh:
        fh.write("RC_WAS_READ=yes\n")
    import harness
    child = __import__("pexpect").spawn(harness.forksh_path(), [], cwd=home, encoding="utf-8",
                                        env={"HOME": home, "PS1": PS1, "TERM": "dumb",
                                             "INPUTRC": "/dev/null", "PATH": "/usr/bin:/bin"})
    sh = harness.Forksh(child, home)
    harness._spawned.append(sh)
    sh.expect_prompt()
    assert sh.run("echo ${RC_WAS_READ-no}").strip() == "yes"
    sh2 = spawn_forksh(home=home)
    assert sh2.run("echo ${RC_WAS_READ-no}").strip() == "no"


if __name__ == "__main__":
    run_all()
