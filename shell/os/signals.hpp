// signals.hpp: signal dispositions, the SIGCHLD reaper, and trap delivery.
//
// Reaping: the SIGCHLD handler calls waitpid(-1, WNOHANG|WUNTRACED|WCONTINUED)
// until no child has news, and stores each (pid, status) in a preallocated
// table: it must not allocate or lock (it may interrupt malloc). The main flow
// moves the entries into the job records (JobTable::collect) with SIGCHLD
// blocked, so the handler and the main flow never touch the table together.
// A zombie therefore lives only until the next SIGCHLD is handled, even while
// the shell sits idle at its prompt.
//
// Traps: a trapped signal's handler only sets a flag; the executor runs the
// trap's command between commands (take_pending_trap).
#pragma once

#include <signal.h>
#include <sys/types.h>

#include <cstddef>

namespace forksh::signals {

struct ChildEvent {
    pid_t pid;
    int status;  // as from waitpid
};

// Install the SIGCHLD handler. Called once at start-up, and again in a forked
// subshell after clearing the inherited table.
void install_child_reaper();
// In a freshly forked child: forget the parent's unread entries.
void clear_child_events();
// Copy out and remove up to `max` entries. Call with SIGCHLD blocked.
size_t take_child_events(ChildEvent* out, size_t max);
// Reap anything the handler could not store (its table was full). Call with
// SIGCHLD blocked.
void reap_overflow();

// Blocks SIGCHLD (and trapped signals) for its lifetime, remembering the old
// mask, and lets the owner sleep in sigsuspend with the old mask: a signal
// that arrives between "check" and "sleep" then wakes the sleep instead of
// being lost.
class Block {
  public:
    enum class Which { Child, All };
    // Which::All blocks every signal (around fork: see fork_child).
    explicit Block(Which which = Which::Child);
    const sigset_t& old_mask() const { return old_; }
    ~Block();
    Block(const Block&) = delete;
    Block& operator=(const Block&) = delete;
    // Sleep until a signal is delivered (sigsuspend(2) with the old mask).
    void wait_for_signal();

  private:
    sigset_t old_;
};

// Dispositions. catch_trap: the handler records that `sig` arrived.
void catch_trap(int sig);
void ignore(int sig);
void set_default(int sig);
// True if the signal was ignored when the shell started (POSIX: a
// non-interactive shell may not trap a signal ignored on entry).
bool ignored_at_start(int sig);
void remember_start_dispositions();

// The next trapped signal that arrived and has not been handled, or 0.
int take_pending_trap();
bool any_pending_trap();
// The first trapped signal that arrived, without taking it (0 if none).
int peek_pending_trap();

// In a child before execve: every disposition back to default (except the
// ones `keep_ignored` says to keep ignoring) and an empty signal mask, since
// both survive execve and the command expects a clean start.
void reset_for_exec(const bool* keep_ignored, int count);
// The signals reset_for_exec would set back to the default, as a set (for
// posix_spawn, which resets them in the child itself).
void exec_defaults(const bool* keep_ignored, int count, sigset_t* to_default);

}  // namespace forksh::signals
