// sentences.cpp: the sentences of sentences.hpp. No system calls.
#include "shell/teach/sentences.hpp"

#include <array>

#include "shell/sys/trace.hpp"

namespace forksh::teach {

namespace {
struct Entry {
    std::string_view kind, text;
};

// The sentence for every kind of event the trace emits. The kinds are the
// first argument of trace::event in shell/sys, shell/os and shell/exec.
constexpr Entry entries[] = {
    {"fork",
     "fork() makes a second process that is a copy of the shell: same memory (shared "
     "copy-on-write until either writes), same open files, same signal dispositions; it "
     "returns the child's pid to the parent and 0 to the child, and from here on both run."},
    {"launch",
     "The executor's decision, recorded where it is made: how this command starts (inside the "
     "shell, spawned, forked, or exec'd in place) and why. explain and the timeline show it; "
     "the text trace shows only what follows from it."},
    {"execve",
     "execve() throws away the child's copy of the shell and loads the program in its place: "
     "same pid, same process group, same open descriptors (except close-on-exec ones); "
     "it never returns unless it fails."},
    {"spawn",
     "vfork (or posix_spawn) makes a child that borrows the shell's memory instead of "
     "copying it (clone with CLONE_VM and CLONE_VFORK): no page table is copied, and the "
     "shell sleeps until the child has called execve. What the child does first (join the "
     "job's process group, take the terminal, move pipe ends and files onto 0, 1, 2, set "
     "its signals) was decided by the shell beforehand, as a list of plain system calls; "
     "the child cannot write the trace itself, so the shell writes the child's lines for "
     "it, after waking up, when it knows they all succeeded. Only shell code in the child "
     "(a builtin, a subshell) needs a real fork."},
    {"waitpid",
     "waitpid() is how a parent learns what became of a child: exited with a status, killed "
     "by a signal, stopped or continued; the shell's SIGCHLD handler calls it with WNOHANG "
     "so that it never blocks. Each reap shows three lines: SIGCHLD (the kernel's notice), "
     "waitpid (the status collected), reaped (the job table updated, the zombie gone)."},
    {"reaped",
     "A child that has exited stays a zombie (state Z: no memory, no program, just its pid "
     "and exit status) until its parent collects the status with waitpid(); that "
     "collection, called reaping, frees the pid for good."},
    {"reaped-orphan",
     "This process was not started by the shell: its own parent died first, and the kernel "
     "re-parented the orphan to the nearest subreaper (or PID 1), which must reap it or it "
     "stays a zombie forever."},
    {"pipe2",
     "pipe2() creates a one-way channel in the kernel: bytes written to the write end come "
     "out of the read end; O_CLOEXEC makes both ends close by themselves at execve, so only "
     "the copies a child moves to 0 or 1 survive into the command."},
    {"dup2",
     "dup2(a, b) makes descriptor b a copy of a (closing b first): this is how a file or a "
     "pipe end becomes 0, 1 or 2. For a program the child does it, just before execve, so "
     "the shell's own descriptors stay as they are; for a builtin the shell does it, and "
     "undoes it afterwards with the copy it kept aside."},
    {"dup",
     "fd N kept aside: a builtin, function or { } runs in the shell itself, with no child to "
     "throw away, so before its redirection changes fd N the shell copies N above 10 "
     "(close-on-exec) and puts it back afterwards. (A process substitution <( ) keeps its "
     "pipe end above 10 the same way, out of the numbers 0-9 a script uses.)"},
    {"close",
     "close() drops a descriptor this process no longer needs, such as the original number "
     "after dup2 copied it onto 0, 1 or 2; for pipes it matters most: a reader sees "
     "end-of-file only when every copy of the write end is closed."},
    {"devnull",
     "A background job of a script (no job control) gets /dev/null on its stdin (POSIX): "
     "it must not read the input the shell itself is reading its commands from."},
    {"open",
     "open() gives this process a new descriptor for a file. For a command's redirection "
     "it happens in the child, after fork: a failure (no such file, permission denied) "
     "then fails only that command; for a builtin the shell opens it itself. The new "
     "descriptor is then moved onto 0, 1 or 2 with dup2."},
    {"setpgid",
     "setpgid() puts a process into a process group (a job); the shell calls it for the "
     "child and the child calls it for itself, because either may run first, and neither "
     "may go on (to tcsetpgrp or execve) before the group exists."},
    {"tcsetpgrp",
     "tcsetpgrp() gives the terminal to a process group: that group is now the foreground "
     "job, it may read the terminal, and Ctrl-C / Ctrl-Z send their signals to it alone; "
     "the shell takes the terminal back when the job ends or stops."},
    {"kill",
     "kill() sends a signal to a process, or to a whole process group when the pid is "
     "negative — which is how one Ctrl-C or `kill %1` reaches every stage of a pipeline."},
    {"child-signals",
     "A new process starts with its parent's signal dispositions, and execve resets only "
     "the caught ones to default: so the shell sets each signal the child must have "
     "(POSIX: a trap's command is the shell's own; an ignored signal stays ignored; a "
     "script's background job ignores Ctrl-C) before the program runs."},
    {"signal",
     "A signal was delivered to the shell; its handler only noted it, and the shell acts on "
     "it (runs the trap, passes it on) between commands, where that is safe."},
    {"sigchld",
     "SIGCHLD is the kernel telling the shell that a child changed state; the handler reaps "
     "in a loop, because several children may have exited for one delivered signal."},
    {"no-fork",
     "A command substitution of builtins that only write and give a status ($(echo hi), "
     "$(printf ...), $(pwd)) needs no child: they cannot change the shell, so the shell runs "
     "them itself and keeps what they write on stdout in memory, where a child would have "
     "used a pipe: no pipe2, no fork, no waitpid, and the same text and $? as from a child."},
    {"subreaper",
     "prctl(PR_SET_CHILD_SUBREAPER) makes this process the adopter of orphaned descendants: "
     "when a process below it loses its parent, it is re-parented here instead of to "
     "PID 1, and this process must reap it."},
    {"pid1",
     "PID 1 is special: the kernel sends it no signal it has not asked for, every orphan in "
     "its namespace is re-parented to it, and when it exits every other process in the "
     "namespace is killed — so it must reap orphans and pass signals on."},
    // --follow (shell/sys/follow.cpp): what ptrace showed the follower.
    {"task-fork",
     "Seen by ptrace (--follow): a program the shell started made a child of its own with "
     "fork, vfork or clone — a new process, below the shell's own children. The shell never "
     "sees this call; the follower, as tracer, is told of it before the child runs."},
    {"task-thread",
     "clone() with CLONE_THREAD makes a thread: a new task with its own id (tid) that shares "
     "the memory, descriptors and pid (the thread group id) of the process that made it. To "
     "the kernel it is a task like any process; ps shows one process, /proc/PID/task shows both."},
    {"task-exec",
     "Seen by ptrace (--follow): a followed process called execve() and now runs another "
     "program, same pid. Its path is /proc/PID/exe and its argv /proc/PID/cmdline, read while "
     "the process is held at the exec."},
    {"task-exit",
     "Seen by ptrace (--follow): the task is ending (exit() or a signal). A thread is then "
     "gone; a process becomes a zombie: only its pid and status are left, until its parent "
     "collects them with waitpid()."},
    {"task-adopted",
     "Its parent died first, so the kernel gave this orphan a new parent: the nearest "
     "ancestor marked as a subreaper (prctl(PR_SET_CHILD_SUBREAPER)), or else PID 1. The "
     "new parent is the one that must reap it."},
    {"task-reaped",
     "The zombie is gone: its parent (or the process that adopted it) collected its status "
     "with waitpid(). The follower sees this by watching /proc, so the moment is known to "
     "within about a millisecond."},
    {"task-detached",
     "The shell stopped following while this task still ran: the follower let it go "
     "(PTRACE_DETACH) and it runs on, untraced, exactly as before."},
};


constexpr size_t entry_count = sizeof entries / sizeof entries[0];
}  // namespace

std::string_view sentence(std::string_view kind) {
    for (const Entry& e : entries)
        if (e.kind == kind) return e.text;
    return {};
}

std::span<const std::string_view> sentence_kinds() {
    static const auto names = [] {
        std::array<std::string_view, entry_count> a{};
        for (size_t i = 0; i < entry_count; ++i) a[i] = entries[i].kind;
        return a;
    }();
    return names;
}

void install_sentences() { trace::set_sentences(trace::Sentences{sentence, sentence_kinds}); }

}  // namespace forksh::teach
