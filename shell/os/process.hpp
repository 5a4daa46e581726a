// process.hpp: the shell's own place among processes: a subreaper that
// adopts orphaned descendants (`set -o subreaper`), and PID 1 (the first
// process of a PID namespace or a container), which must reap every orphan
// and pass termination signals on.
//
// Reaping itself needs nothing extra: the SIGCHLD handler (signals.cpp)
// already calls waitpid(-1), which collects adopted orphans along with the
// shell's own children, and JobTable::collect traces them as "reaped orphan".
// System calls: prctl(2) (through sys::), sigaction(2), kill(2).
#pragma once

namespace forksh::process {

// PR_SET_CHILD_SUBREAPER on or off. Does nothing when already in that state.
// Returns false (errno set) when the kernel refuses.
bool set_subreaper(bool on);
// prctl(PR_GET_CHILD_SUBREAPER).
bool is_subreaper();

// Call once at start-up. When getpid() is 1, installs handlers that pass
// SIGTERM and SIGINT on to every other process in the namespace (the kernel
// delivers to PID 1 only the signals it has a handler for, so without one a
// `docker stop` would never reach the children) and traces that it is
// init. Returns true when running as PID 1.
bool start_as_init_if_pid1();
bool running_as_pid1();

}  // namespace forksh::process
