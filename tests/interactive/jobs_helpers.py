"""Helpers shared by the job-control tests: finding the shell's jobs in /proc."""
import os
import re

from harness import children_of, proc_comm, proc_stat, wait_until


def foreground_child(sh, comm, timeout=10):
    """Waits until a child of the shell named `comm` owns the terminal (it is
    in the terminal's foreground process group) and returns its pid. Only
    then does a Ctrl-C or Ctrl-Z reach it rather than the shell."""
    shell = sh.child.pid

    def find():
        shell_stat = proc_stat(shell)
        if not shell_stat:
            return None
        for pid in children_of(shell):
            st = proc_stat(pid)
            if st and proc_comm(pid) == comm and st[2] == st[3] and st[0] != "Z":
                return pid
        return None

    return wait_until(find, timeout, f"{comm} in the foreground")


def child_named(sh, comm, timeout=10):
    shell = sh.child.pid
    return wait_until(lambda: next((p for p in children_of(shell) if proc_comm(p) == comm), None),
                      timeout, f"a child named {comm}")


def wait_state(pid, state, timeout=10):
    wait_until(lambda: (proc_stat(pid) or ("gone",))[0] == state, timeout, f"{pid} in state {state}")


def wait_gone(pid, timeout=10):
    """Gone means reaped: not even a zombie entry left."""
    wait_until(lambda: proc_stat(pid) is None, timeout, f"{pid} to be reaped")


def started_pid(output):
    """The pid from a "[1] 4242" notice."""
    m = re.search(r"^\[\d+\] (\d+)\r?$", output, re.M)
    assert m, f"no [N] PID notice in {output!r}"
    return int(m.group(1))


def wait_dead(pid, timeout=10):
    """Dead: gone, or a zombie (after the shell itself has ended, its
    children are re-parented to PID 1, which may be slow to reap them)."""
    wait_until(lambda: (proc_stat(pid) or ("Z",))[0] == "Z", timeout, f"{pid} to die")
