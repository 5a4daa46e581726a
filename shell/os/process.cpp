// process.cpp: subreaper and PID 1 duties (see process.hpp).
// System calls: prctl(2) via sys::set_child_subreaper, sigaction(2),
// kill(-1, sig) via sys::kill_all_others.
#include "shell/os/process.hpp"

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cerrno>

#include "shell/os/signals.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"

namespace forksh::process {

namespace {
bool subreaper_on = false;
bool pid1 = false;

// PID 1 passes the signal on and carries on itself: it is the one process
// the kernel will not kill with an unhandled SIGTERM, and its children need
// it alive to be reaped. A script that wants to stop can test $? of the
// command that was killed, or trap the signal (the trap then replaces this).
void forward_to_all(int sig) {
    int saved_errno = errno;
    sys::kill_all_others(sig);
    errno = saved_errno;
}
}  // namespace

bool set_subreaper(bool on) {
    if (on == subreaper_on) return true;
    if (sys::set_child_subreaper(on) != 0) return false;
    subreaper_on = on;
    return true;
}

bool is_subreaper() {
    int value = 0;
    if (::prctl(PR_GET_CHILD_SUBREAPER, &value, 0, 0, 0) != 0) return false;
    return value != 0;
}

bool start_as_init_if_pid1() {
    if (::getpid() != 1) return false;
    pid1 = true;
    // Through signals::, which records them as caught: every child gets the
    // default back instead of running this handler.
    for (int sig : {SIGTERM, SIGINT}) signals::catch_with(sig, forward_to_all, SA_RESTART);
    trace::event("pid1",
                 "running as PID 1: orphans in this namespace are re-parented here and reaped; "
                 "SIGTERM and SIGINT are passed on to every other process")
        .emit();
    return true;
}

bool running_as_pid1() { return pid1; }

}  // namespace forksh::process
