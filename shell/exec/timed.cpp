// timed.cpp: the `time [-p] pipeline` reserved word: how long a whole
// pipeline took, and what its processes cost.
//
// A parent learns what its children cost only when it reaps them: wait4(2)
// (here: the SIGCHLD reaper's waitpid) adds each child's user and system CPU
// time to the parent's "children" counters, which getrusage(RUSAGE_CHILDREN)
// reads. So the time of a pipeline is the difference of those counters
// before and after it, plus the shell's own (RUSAGE_SELF) difference for the
// builtins and loops that ran inside the shell, as bash counts it. Wall-clock
// ("real") time comes from clock_gettime(CLOCK_MONOTONIC), which no clock
// change can move. A background job reaped while the pipeline runs is counted
// too: the kernel keeps one sum for all children.
//
// System calls: getrusage, clock_gettime; the pipeline's own in pipeline.cpp.
#include <fcntl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "shell/base/output.hpp"
#include "shell/exec/exec.hpp"
#include "shell/sys/sys.hpp"

namespace forksh {

namespace {

struct Usage {
    double real = 0, user = 0, sys = 0;
};

double seconds(const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6; }

Usage usage_now() {
    Usage u;
    timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    u.real = static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
    rusage self {}, children {};
    ::getrusage(RUSAGE_SELF, &self);
    ::getrusage(RUSAGE_CHILDREN, &children);
    u.user = seconds(self.ru_utime) + seconds(children.ru_utime);
    u.sys = seconds(self.ru_stime) + seconds(children.ru_stime);
    return u;
}

// bash's default TIMEFORMAT, $'\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS': 0m1.003s
std::string minutes_seconds(double s) {
    if (s < 0) s = 0;
    long minutes = static_cast<long>(s / 60);
    return fmt::format("{}m{:.3f}s", minutes, s - 60.0 * static_cast<double>(minutes));
}

// `time` alone: the shell's life so far. Its start, in clock ticks after
// boot, is field 22 of /proc/self/stat; CLOCK_BOOTTIME counts from boot too.
double seconds_since_start() {
    std::string stat;
    int fd = sys::open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    char buf[1024];
    ssize_t n = ::read(fd, buf, sizeof buf - 1);
    sys::close(fd);
    if (n <= 0) return 0;
    stat.assign(buf, static_cast<size_t>(n));
    size_t at = stat.rfind(')');
    if (at == std::string::npos) return 0;
    // Fields after the command name start with field 3 (state).
    size_t pos = at + 2;
    for (int field = 3; field < 22 && pos != std::string::npos; ++field) pos = stat.find(' ', pos) + 1;
    double ticks = std::strtod(stat.c_str() + pos, nullptr);
    long hz = ::sysconf(_SC_CLK_TCK);
    timespec boot {};
    ::clock_gettime(CLOCK_BOOTTIME, &boot);
    double now = static_cast<double>(boot.tv_sec) + static_cast<double>(boot.tv_nsec) / 1e9;
    return now - ticks / static_cast<double>(hz > 0 ? hz : 100);
}

}  // namespace

int Executor::run_timed(const ast::TimedPipeline& timed) {
    Usage before = usage_now();
    // Written to the shell's own stderr, after the pipeline: `time cmd 2>f`
    // redirects cmd, not the report (`{ time cmd; } 2>f` catches both).
    auto report_times = [&] {
        Usage after = usage_now();
        double real = after.real - before.real, user = after.user - before.user, sys = after.sys - before.sys;
        if (timed.posix_format)
            write_all(2, fmt::format("real {:.2f}\nuser {:.2f}\nsys {:.2f}\n", real, user, sys));
        else
            write_all(2, fmt::format("\nreal\t{}\nuser\t{}\nsys\t{}\n", minutes_seconds(real),
                                     minutes_seconds(user), minutes_seconds(sys)));
    };
    int status = 0;
    if (timed.pipeline) {
        try {
            status = run_pipeline(*timed.pipeline, false);
        } catch (const ExitRequest&) {
            report_times();  // `time exit 3`: the report, then the shell ends (bash)
            throw;
        }
    } else {
        before = Usage{};
        before.real = usage_now().real - seconds_since_start();
    }
    report_times();
    // set -e applies to the timed pipeline as it would without `time`.
    if (timed.pipeline && !timed.pipeline->negated) check_errexit(status);
    return status;
}

}  // namespace forksh
