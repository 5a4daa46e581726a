// kill.cpp: `kill`, sending signals to processes and jobs.
// System call: kill(2) (through sys::kill, which also traces it). A negative
// pid, or a job spec when job control gave the job its own process group,
// sends to the whole group, so every process of a pipeline gets the signal.
// Not a program here (though /bin/kill exists) because only the shell knows
// its job numbers (%1) and because it keeps working when no more processes
// can be forked.
#include <signal.h>

#include <cerrno>
#include <string>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/os/jobs.hpp"
#include "shell/os/signals.hpp"
#include "shell/shell.hpp"
#include "shell/sys/sys.hpp"

namespace forksh::builtins {

const std::string_view kill_help =
    "Send a signal (default TERM) to processes or jobs.\n"
    "  kill PID...            send SIGTERM; a negative PID means a process group\n"
    "  kill %1                the job's process group (see `jobs`)\n"
    "  kill -s NAME PID, kill -NAME PID, kill -9 PID, kill -n 9 PID\n"
    "  kill -l                list signal names; kill -l 130 names the signal\n"
    "                         behind an exit status of 130 (128+2: INT)\n"
    "  kill -0 PID            only check that the process exists\n"
    "A stopped job that is sent TERM or HUP is also sent CONT so it can act on it.\n"
    "Exit status 0, or 1 if a signal could not be sent. System call: kill(2).\n";

namespace {

constexpr int last_classic_signal = 31;

int list_signals(Shell& sh, const Args& args, size_t from) {
    sh.out().clear_failure();
    if (from == args.count()) {
        for (int s = 1; s <= last_classic_signal; ++s) {
            std::string name = sys::signal_name(s, false);
            if (name != std::to_string(s)) sh.out().print("{}\n", name);
        }
        return finish(sh, args, 0);
    }
    int status = 0;
    for (size_t i = from; i < args.count(); ++i) {
        const std::string& w = args[i];
        long long n = 0;
        if (parse_decimal(w, n)) {
            // An exit status above 128 means "killed by signal status-128".
            if (n > 128) n -= 128;
            if (n >= 1 && n <= sys::max_signal()) {
                sh.out().print("{}\n", sys::signal_name(static_cast<int>(n), false));
                continue;
            }
        } else if (int s = sys::signal_number(w); s > 0) {
            sh.out().print("{}\n", s);
            continue;
        }
        status = sh.fail(args, w + ": invalid signal specification");
    }
    return finish(sh, args, status);
}

// SIGCONT from the shell itself: the job is running from now on (see
// JobTable::mark_continued), so a `wait` or `jobs` right after sees it so.
void continued(Shell& sh, pid_t pid) {
    signals::Block block;
    sh.jobs().collect();
    sh.jobs().mark_continued(pid);
}

int send(Shell& sh, const Args& args, pid_t pid, int sig) {
    if (sys::kill(pid, sig) != 0) return sh.fail(args, fmt::format("({}) - {}", pid, sys::error_text(errno)));
    if (sig == SIGCONT) continued(sh, pid);
    return 0;
}

}  // namespace

int kill(Shell& sh, const Args& args) {
    if (args.count() < 2) return sh.usage_error(args, "missing process or job ID");
    int sig = SIGTERM;
    size_t i = 1;
    const std::string& first = args[1];
    std::string spec;
    if (first == "-l" || first == "-L") return list_signals(sh, args, 2);
    if (first == "-s" || first == "-n") {
        if (args.count() < 3) return sh.usage_error(args, first + ": option requires an argument");
        spec = args[2];
        i = 3;
    } else if (first.size() > 1 && first[0] == '-' && first != "--") {
        spec = first.substr(1);
        i = 2;
    }
    if (!spec.empty()) {
        sig = sys::signal_number(spec);
        if (sig < 0 || (sig == 0 && spec != "0")) return sh.fail(args, spec + ": invalid signal specification");
    }
    if (i < args.count() && args[i] == "--") ++i;
    if (i == args.count()) return sh.usage_error(args, "missing process or job ID");

    int status = 0;
    for (; i < args.count(); ++i) {
        const std::string& w = args[i];
        if (!w.empty() && w[0] == '%') {
            Job* job = select_job(sh, args, w, status);
            if (job == nullptr) continue;
            bool stopped = job->state() == JobState::Stopped;
            if (job->pgid > 0) {
                if (send(sh, args, -job->pgid, sig) != 0) status = 1;
                if (stopped && (sig == SIGTERM || sig == SIGHUP) && sys::kill(-job->pgid, SIGCONT) == 0)
                    continued(sh, -job->pgid);
            } else {
                for (const Process& p : job->procs) {
                    if (p.state == ProcState::Done) continue;
                    if (send(sh, args, p.pid, sig) != 0) status = 1;
                    if (stopped && (sig == SIGTERM || sig == SIGHUP) && sys::kill(p.pid, SIGCONT) == 0)
                        continued(sh, p.pid);
                }
            }
            continue;
        }
        long long pid = 0;
        if (!parse_decimal(w, pid) || pid > INT32_MAX || pid < INT32_MIN) {
            status = sh.fail(args, w + ": arguments must be process or job IDs");
            continue;
        }
        if (send(sh, args, static_cast<pid_t>(pid), sig) != 0) status = 1;
    }
    return status;
}

}  // namespace forksh::builtins
