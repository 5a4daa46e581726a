// sys.hpp: the one thin layer for process-level system calls.
//
// Every fork, execve, waitpid, pipe2, dup, close, open, setpgid, tcsetpgrp,
// kill and sigprocmask the shell makes goes through here, for three reasons:
//  - one place retries on EINTR where that is right (open, dup2, waitpid);
//  - one place turns failures into readable errors (sys::error_text);
//  - one place emits the teaching trace: each wrapper records its event
//    once (trace::event(...).emit(), trace_event.hpp), so `--trace` sees
//    everything and the executor has no tracing code.
// Wrappers return what the system call returns (-1 with errno on failure),
// except where noted.
#pragma once

#include <signal.h>
#include <sys/types.h>

#include <string>
#include <vector>

namespace forksh::sys {

// "No such file or directory" for errno ENOENT, and so on.
std::string error_text(int error_number);

// fork(2). In the child, returns 0 after re-reading getpid() for the trace.
pid_t fork();
// execve(2): only returns on failure.
int execve(const std::string& path, const std::vector<std::string>& argv, char* const envp[]);
// waitpid(2), retried on EINTR. `options` as for waitpid.
pid_t waitpid(pid_t pid, int* status, int options);
// pipe2(2) with O_CLOEXEC: both ends close themselves at exec, so only the
// dup2'ed copies (0 and 1 of the stages) survive into commands.
int pipe(int fds[2]);
// dup2(2), retried on EINTR (a dup2 onto the same fd is a no-op, as in POSIX).
int dup2(int from, int to);
// fcntl(F_DUPFD_CLOEXEC): a close-on-exec copy of `fd` numbered >= `floor`.
int dup_above(int fd, int floor);
int close(int fd);
// open(2), retried on EINTR. The shell's own opens add O_CLOEXEC themselves.
int open(const std::string& path, int flags, mode_t mode = 0666);
// One step a spawned child takes before execve (a posix_spawn file action).
// The trace shows each as the child's own line (dup2 4 -> 1), as a forked
// child's would be.
struct SpawnAction {
    enum class Kind { Dup2, Open, Close, TakeTerminal };
    Kind kind;
    int fd;            // the descriptor set or closed; the terminal for TakeTerminal
    int from = -1;     // Dup2: the descriptor copied onto `fd`
    std::string path;  // Open
    int flags = 0;     // Open: as for open(2), without O_CLOEXEC
    bool background_stdin = false;  // Open: /dev/null for a script's background job (the trace says so)
};
// How the shell starts a program (`set -o spawn=...`). Where the child has
// only system calls to make before execve, it is made without copying the
// shell: by the shell's own vfork-style child (the default, as dash does:
// it sets only the signals the shell changed), or by glibc's posix_spawn
// (which asks about all 64 signals in every child, and cannot set one to
// ignored). `fork` is fork + execve everywhere, the old way, to compare.
// (`Fork` is no spawn: the executor forks itself, and never calls spawn()
// with it.)
enum class SpawnMethod { Vfork, PosixSpawn, Fork };
// What the spawned child does between its birth and execve, in order:
// join a process group (POSIX_SPAWN_SETPGROUP), then the actions, then its
// signals.
struct SpawnSetup {
    std::vector<SpawnAction> actions;
    pid_t group = -1;  // -1: stay in the shell's group; 0: lead a new group; else join it
    SpawnMethod call = SpawnMethod::Vfork;  // Vfork or PosixSpawn
    // Signals the program must start ignored though the shell does not
    // ignore them now (SIGINT and SIGQUIT in a background job of a script).
    // Only the vfork child can: posix_spawn sets signals to the default only.
    sigset_t to_ignore{};
    // The trace's words for the signals the child sets ("" for none): a
    // line of the child's, written with its other steps.
    std::string signals_told;
};
// Fork and execve in one step, without copying the shell's page tables
// (spawn.cpp): a clone(CLONE_VM | CLONE_VFORK) child, made by the shell
// itself or by glibc's posix_spawn(3), that runs `setup`, sets the signals in
// `to_default` to their default and empties its signal mask, then calls
// execve; the shell waits until it has. Its descriptors are the shell's as
// they are now (the shell's own are close-on-exec), changed by `setup`.
// Returns 0 and sets `pid`, or the error of a step or of the exec (the
// failed child has exited 127 and is reaped already), without saying which
// step failed.
int spawn(pid_t& pid, const std::string& path, const std::vector<std::string>& argv,
          char* const envp[], const sigset_t& to_default, const SpawnSetup& setup = {});
int setpgid(pid_t pid, pid_t pgid);
int tcsetpgrp(int fd, pid_t pgid);
int kill(pid_t pid, int sig);
int sigprocmask(int how, const sigset_t* set, sigset_t* old);
// sigaction(2), not traced (shell/os/signals.cpp says what a child gets).
// Every disposition the shell sets goes through signals.cpp and here: the
// vfork child resets exactly the signals signals.cpp knows the shell
// catches, so a handler set behind its back would run in that child, on
// the shell's borrowed memory. scripts/check-layers holds everyone to it.
int sigaction(int sig, const struct sigaction* action, struct sigaction* old);
// prctl(PR_SET_CHILD_SUBREAPER, on): orphaned descendants are re-parented to
// this process instead of to PID 1 (Linux 3.4).
int set_child_subreaper(bool on);
// kill(-1, sig) for PID 1 passing a signal on: every process it may signal
// except itself. Async-signal-safe, so it writes no trace line (formatting
// one allocates); the caller traces it outside the handler.
int kill_all_others(int sig);

// Text for a wait status, for the trace and for job notices:
// "exited 0", "killed by SIGINT", "stopped by SIGTSTP", "continued".
std::string describe_wait_status(int status);
// "SIGINT" for 2 (without the prefix when `prefix` is false).
std::string signal_name(int sig, bool prefix = true);
// 2 for "INT", "SIGINT", "int" or "2"; -1 when unknown. 0 for "EXIT".
int signal_number(const std::string& name);
// The highest signal number the system knows (realtime signals included).
int max_signal();

}  // namespace forksh::sys
