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

#include <string>

#include <signal.h>
#include <sys/types.h>

#include <cstddef>

#include "shell/state/traps.hpp"

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
// True when the handler has stored statuses nobody has taken yet. A hint,
// read without blocking SIGCHLD: to skip the work of collecting when there
// is surely nothing new.
bool child_events_waiting();
// Copy out and remove up to `max` entries. Call with SIGCHLD blocked.
size_t take_child_events(ChildEvent* out, size_t max);
// Reap anything the handler could not store (its table was full). Call with
// SIGCHLD blocked.
void reap_overflow();
// Ask the kernel now, without waiting for SIGCHLD: the kernel records a
// child's stop or exit (what waitpid(2) reports) a moment before it sends
// the parent SIGCHLD (JobTable::collect_now). Call with SIGCHLD blocked; a
// CHLD trap is not run for what this finds (the signal still comes, and
// runs it).
void poll_children();

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
// Learn, once, how every signal was set when the shell started (lazily:
// most runs need only the few signals they touch). The executor calls it
// before its first fork, so that no child has to read them again.
void learn_entry_dispositions();
// Forget what was learned and read every signal again (the unit tests).
void remember_start_dispositions();

// The next trapped signal that arrived and has not been handled, or 0.
int take_pending_trap();
bool any_pending_trap();
// The first trapped signal that arrived, without taking it (0 if none).
int peek_pending_trap();
// Drop a signal that arrived and was not handled yet (the children a CHLD
// trap's own command starts must not run that trap again).
void forget_pending(int sig);

// ---- What a child gets (POSIX XCU 2.11, 2.12, `trap`) ----
// A child of the shell (a subshell, a command substitution, an asynchronous
// list, or a program it runs or execs) gets, signal by signal:
//   trap '' SIG       ignored (a trap set to ignore is inherited)
//   trap 'cmd' SIG    the default (the trap's command belongs to this shell)
//   no trap           what this shell received on entry: default, or ignored
//                     if it was ignored then (nohup's SIGHUP). What the shell
//                     catches or ignores for itself (an interactive shell's
//                     SIGINT handler, its ignoring of TERM, QUIT, TSTP, TTIN,
//                     TTOU, the SIGCHLD reaper) is no trap and does not leak.
// An asynchronous list without job control ignores SIGINT and SIGQUIT on top
// (XCU 2.11): that becomes what its own children inherit, unless a trap in
// it says otherwise.

// In a freshly forked child that goes on running shell code (a subshell,
// $( ), an async list): set every signal as listed above (SIGCHLD keeps the
// reaper, which the subshell needs for its own children), and trace one line
// saying what changed and why. Call before the trap table is reset.
void enter_subshell(const Traps& traps, bool async_without_job_control);
// Just before execve (in a child, or `exec` in the shell itself): the same
// dispositions, and an empty signal mask (both survive execve). Caught
// signals need no call: execve resets them to the default by itself.
void prepare_exec(const Traps& traps);
// For a spawned child (sys::spawn): the set it must reset to the default
// (every signal the shell catches or ignores that the program must get at
// default). Without `to_ignore` (posix_spawn), returns false when that is
// not enough: a signal the program must get ignored that the shell does not
// ignore now (posix_spawn has no "set to ignore" attribute); the caller then
// forks. With `to_ignore` (the shell's own vfork child, which can), such
// signals go there, and the result is true.
// `async_without_job_control`: for a background job of a script, which
// must ignore SIGINT and SIGQUIT. `told` gets the trace's words for what
// the child sets (with the trace on): the shell writes them as the child's
// line once the child has done it (sys::SpawnSetup::signals_told).
bool spawn_defaults(const Traps& traps, sigset_t* to_default, bool async_without_job_control = false,
                    sigset_t* to_ignore = nullptr, std::string* told = nullptr);
// An interactive shell with job control: SIGTSTP, SIGTTIN and SIGTTOU are
// its jobs' even when the shell was started with them ignored (some
// multiplexers and runners start shells so). From now on its children get
// them at the default, so a background `cat` is stopped by SIGTTIN instead
// of failing with EIO (dash and bash do the same; POSIX lets an interactive
// shell reset what was ignored on entry). Other signals ignored on entry
// stay ignored for children, as before.
void give_jobs_terminal_signals();
// `trap - SIG`: back to what the shell received on entry (ignored if it was
// ignored then, or in an async list for SIGINT/SIGQUIT), else the default.
void reset_to_inherited(int sig);
// What a child gets when no trap says otherwise (see above).
bool inherited_ignored(int sig);
// For handlers installed outside this file (the line editor's SIGWINCH and
// SIGHUP): record that `sig` is now caught (or set to `handler`); `old`,
// what that sigaction(2) returned, is the entry disposition if the shell
// had not changed `sig` before.
void note_handler(int sig, void (*handler)(int), const struct sigaction& old);
// Install `handler` for `sig` (PID 1's forwarding handlers), recorded as caught.
void catch_with(int sig, void (*handler)(int), int flags);
// `read -s` turns the terminal's echo off: a signal that would end the shell
// must put it back first. Each of SIGHUP, SIGINT, SIGQUIT and SIGTERM that is
// at its default now gets `handler` (with SA_RESETHAND, so raising the signal
// again in it ends the process as before); the set returned lists them, for
// restore_fatal_defaults once echo is back on.
sigset_t catch_fatal_defaults(void (*handler)(int));
void restore_fatal_defaults(const sigset_t& changed);

}  // namespace forksh::signals
