// dry_run.hpp: the system-call layer's dry-run mode, which `explain` uses.
//
// explain does not describe a command line from a second reading of it: it
// runs it, with the real executor, in a throwaway copy of the shell (a
// forked child of the shell, shell/exec/dry_run.cpp), and prints the trace
// that run leaves. In that copy and every process it forks, the calls here
// that would reach outside the copy record instead of acting:
//   execve        traced, then the process exits 0: no program runs
//                 (a spawned one is a forked child that only exits 0);
//   open          writing, creating, truncating: /dev/null is opened instead
//                 (the trace names the real file); reading: the real file if
//                 it is a regular file or a directory, else /dev/null (a FIFO
//                 or a device could block or be consumed);
//   kill          traced, not sent (kill -0 still asks: it changes nothing);
//   tcsetpgrp     traced, not done: the terminal stays with the real shell.
// Everything else (fork, pipe2, dup2, close, setpgid, waitpid, chdir, ...)
// is real, and stays inside the copy's own processes.
#pragma once

#include <sys/types.h>

#include <functional>
#include <string>

namespace forksh::sys::dry_run {

// What a dry run left: its trace records (one per line, trace_record.hpp),
// what it wrote on stdout and stderr, and how it ended.
struct Result {
    std::string records;
    std::string output;
    int status = 0;         // the copy's exit status: $? after the line
    bool gave_up = false;   // it ran too long and was killed
    int error = 0;          // the copy could not be made (errno), nothing ran
    pid_t copy = 0;         // the copy's pid: the shell, in its records
};

// Run `body` in a throwaway copy of this process (fork(2)) in dry-run mode,
// with stdin from /dev/null, stdout and stderr into one pipe, and the trace
// on, writing records into another; the copy exits with body's status.
// The caller's own trace sees none of this: it is explain's machinery,
// not one of the shell's actions. SIGCHLD is held while the copy runs, so
// the shell's reaper does not take its status. A copy that is not done in
// `seconds` is killed (an endless loop the command budget did not stop).
// System calls: pipe2, fork, dup2, close, poll, read, kill, waitpid,
// sigprocmask, alarm, sigaction.
Result run(const std::function<int()>& body, int seconds = 10);

// The command budget: a dry run of `while :; do :; done` must end. True
// while the copy may run one more command.
bool spend();
constexpr long command_budget = 10000;

// Turn dry-run mode on in this process (and, by fork, in its children).
void begin();
extern bool active;  // read through on(): the executor asks before every command
inline bool on() { return active; }
// What an open in a dry run really opens, and with which flags: `path`, or
// "/dev/null" (see above). Files the dry run "wrote" read as empty. An open
// that would fail for real fails the same way: `error` gets its errno (a
// directory to write, a missing folder, no permission, set -C's O_EXCL on
// a file that exists), so the dry run takes the same turn the shell would.
struct OpenTarget {
    std::string path;
    int flags = 0;
    int error = 0;
};
OpenTarget open_target(const std::string& path, int flags);

}  // namespace forksh::sys::dry_run
