// trace.cpp: formats trace lines and writes them with write(2), which is
// safe in a freshly forked child (no stdio buffers are shared or duplicated).
// It also holds the explanations: one sentence per kind of event, printed
// under the first line of that kind when explain mode is on.
// System calls: write(2), getpid(2), mmap(2) (the shared "explained" flags).
#include "shell/sys/trace.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <atomic>

#include "shell/base/output.hpp"

namespace forksh::trace {

namespace {

struct Entry {
    std::string_view kind, text;
};

// The sentence for every kind of event the trace emits. The kinds are the
// first argument of trace::line in sys.cpp, jobs.cpp, signals.cpp and
// process.cpp.
constexpr Entry entries[] = {
    {"fork",
     "fork() makes a second process that is a copy of the shell: same memory (shared "
     "copy-on-write until either writes), same open files, same signal dispositions; it "
     "returns the child's pid to the parent and 0 to the child, and from here on both run."},
    {"execve",
     "execve() throws away the child's copy of the shell and loads the program in its place: "
     "same pid, same process group, same open descriptors (except close-on-exec ones); "
     "it never returns unless it fails."},
    {"waitpid",
     "waitpid() is how a parent learns what became of a child: exited with a status, killed "
     "by a signal, stopped or continued; the shell's SIGCHLD handler calls it with WNOHANG "
     "so that it never blocks."},
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
     "dup2(a, b) makes descriptor b a copy of a (closing b first); the child, not the "
     "parent, does it, because the child is about to execve and the program will simply "
     "use 0, 1 and 2 — the shell's own descriptors must stay as they are."},
    {"dup",
     "Before a builtin's redirection the shell copies the descriptor it will change above "
     "10, close-on-exec, so it can put it back afterwards: a builtin runs in the shell "
     "itself, with no child to throw away."},
    {"close",
     "Each process closes the pipe ends it does not use: a reader sees end-of-file only "
     "when every write end is closed, so a forgotten copy (even in the shell) would make "
     "the reader wait forever."},
    {"open",
     "open() of a redirection target happens in the child, after fork: a failure (no such "
     "file, permission denied) then fails only that command, and the file's new descriptor "
     "is moved onto 0, 1 or 2 with dup2."},
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
    {"signal",
     "A signal was delivered to the shell; its handler only noted it, and the shell acts on "
     "it (runs the trap, passes it on) between commands, where that is safe."},
    {"sigchld",
     "SIGCHLD is the kernel telling the shell that a child changed state; the handler reaps "
     "in a loop, because several children may have exited for one delivered signal."},
    {"subreaper",
     "prctl(PR_SET_CHILD_SUBREAPER) makes this process the adopter of orphaned descendants: "
     "when a process below it loses its parent, it is re-parented here instead of to "
     "PID 1, and this process must reap it."},
    {"pid1",
     "PID 1 is special: the kernel sends it no signal it has not asked for, every orphan in "
     "its namespace is re-parented to it, and when it exits every other process in the "
     "namespace is killed — so it must reap orphans and pass signals on."},
};

// Explain mode says each sentence once across the shell and all its children:
// the flags live in a MAP_SHARED page, which fork does not copy, so a child's
// "I explained execve" is seen by its parent and its later siblings.
std::atomic<unsigned char>* explained = nullptr;
constexpr size_t entry_count = sizeof entries / sizeof entries[0];

void map_explained_flags() {
    if (explained) return;
    void* page = ::mmap(nullptr, entry_count, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) return;
    explained = new (page) std::atomic<unsigned char>[entry_count] {};
}

// True the first time `kind` is seen in the whole process tree.
bool first_time(std::string_view kind) {
    for (size_t i = 0; i < entry_count; ++i) {
        if (entries[i].kind != kind) continue;
        if (!explained) return false;
        return explained[i].exchange(1) == 0;
    }
    return false;
}

}  // namespace

Settings& settings() {
    static Settings s;
    return s;
}

void set_explain(bool on) {
    // Mapped here, before any fork, so that every child shares the flags.
    if (on) map_explained_flags();
    settings().explain = on;
}

void emit(std::string_view kind, std::string_view text) {
    std::string out = fmt::format("[trace {}] {}\n", ::getpid(), text);
    if (settings().explain) {
        map_explained_flags();
        if (first_time(kind)) out += fmt::format("        ^ {}\n", explanation(kind));
    }
    // One write(2) per event: lines from parent and children interleave
    // whole, never in pieces.
    write_all(settings().fd, out);
}

std::string_view explanation(std::string_view kind) {
    for (const Entry& e : entries)
        if (e.kind == kind) return e.text;
    return {};
}

std::span<const std::string_view> kinds() {
    static const auto names = [] {
        std::array<std::string_view, entry_count> a{};
        for (size_t i = 0; i < entry_count; ++i) a[i] = entries[i].kind;
        return a;
    }();
    return names;
}

}  // namespace forksh::trace
