// times.cpp: `times`, the CPU time used by the shell and by its children.
// System call: times(2), which reports user and system time in clock ticks
// (sysconf(_SC_CLK_TCK) per second) for this process and for its children
// that have been waited for (a child's time is added to its parent's
// "children" counters when waitpid reaps it).
#include <sys/times.h>
#include <unistd.h>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view times_help =
    "Print the CPU time used, as two lines:\n"
    "  user-time system-time     of the shell itself\n"
    "  user-time system-time     of its finished (waited-for) children\n"
    "User time is spent running the program's own code; system time is spent in\n"
    "the kernel on its behalf (system calls). System call: times(2).\n"
    "Exit status 0.\n";

namespace {
std::string minutes_seconds(clock_t ticks, long per_second) {
    double seconds = static_cast<double>(ticks) / static_cast<double>(per_second);
    long minutes = static_cast<long>(seconds / 60);
    return fmt::format("{}m{:.3f}s", minutes, seconds - 60.0 * static_cast<double>(minutes));
}
}  // namespace

int times(Shell& sh, const Args& args) {
    struct tms t {};
    ::times(&t);
    long hz = ::sysconf(_SC_CLK_TCK);
    if (hz <= 0) hz = 100;
    sh.out().clear_failure();
    sh.out().print("{} {}\n{} {}\n", minutes_seconds(t.tms_utime, hz), minutes_seconds(t.tms_stime, hz),
                   minutes_seconds(t.tms_cutime, hz), minutes_seconds(t.tms_cstime, hz));
    return finish(sh, args, 0);
}

}  // namespace forksh::builtins
