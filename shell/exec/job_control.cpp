// job_control.cpp: the `wait` builtin's engine, and turning job control on
// and off (`set -m`, an interactive shell): the shell's own process group,
// the terminal, and the signals an interactive shell ignores for itself.
// System calls: setpgid, tcsetpgrp (sys::), getpgrp, sigaction (signals::),
// waitpid (via the SIGCHLD table).
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include "shell/base/diag.hpp"
#include "shell/exec/exec.hpp"
#include "shell/os/signals.hpp"
#include "shell/os/terminal.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"

namespace forksh {

int Executor::wait_for_pids(const builtins::Args& args) {
    // Trapped signals interrupt `wait` (POSIX): it returns 128+n and the trap runs.
    auto wait_until = [&](auto done) -> int {
        signals::Block block;
        for (;;) {
            jobs_.collect();
            if (done()) return 0;
            if (int sig = signals::peek_pending_trap()) return -sig;
            block.wait_for_signal();
        }
    };
    if (args.count() <= 1) {
        int r = wait_until([&]() {
            for (Job& job : jobs_.all()) {
                JobState state = job.state();
                if (job.background && (state == JobState::Running || (state == JobState::Stopped && !job_control_)))
                    return false;
            }
            return true;
        });
        // Finished jobs are forgotten by `wait`. At the prompt the user is
        // told first, in number order, as bash does: `kill %1 %2; wait`
        // says "[1]-  Terminated ..." and "[2]+  Terminated ...".
        std::vector<Job*> done;
        for (Job& job : jobs_.all())
            if (job.background && job.state() == JobState::Done) done.push_back(&job);
        std::sort(done.begin(), done.end(), [](const Job* a, const Job* b) { return a->id < b->id; });
        std::string notices;
        for (Job* job : done) {
            if (options_.interactive && job->id != 0 && !job->notified) notices += jobs_.describe(*job) + "\n";
            for (const Process& p : job->procs) jobs_.remember(p.pid, shell_status(p.wait_status));
            jobs_.remove(*job);
        }
        if (!notices.empty()) report_raw(notices);
        return r < 0 ? 128 - r : 0;
    }
    int status = 0;
    for (size_t i = 1; i < args.count(); ++i) {
        const std::string& operand = args[i];
        Job* job = nullptr;
        pid_t pid = 0;
        if (!operand.empty() && operand[0] == '%') {
            std::string error;
            job = jobs_.resolve(operand, error);
            if (!job) {
                report("wait: " + error, vars_.current_line());
                status = 127;
                continue;
            }
        } else {
            char* end = nullptr;
            long value = std::strtol(operand.c_str(), &end, 10);
            if (operand.empty() || *end != '\0' || value <= 0) {
                report("wait: '" + operand + "': not a pid or valid job spec", vars_.current_line());
                status = 2;
                continue;
            }
            pid = static_cast<pid_t>(value);
            job = jobs_.find_pid(pid);
            if (!job) {
                std::optional<int> remembered = jobs_.remembered_status(pid);
                status = remembered ? *remembered : 127;
                continue;
            }
        }
        // A job that stops ends the wait only with job control (it can be
        // continued with fg/bg then); without it, as for a foreground
        // command, the wait goes on until the job continues and ends.
        int r = wait_until([&]() {
            JobState state = job->state();
            return state == JobState::Done || (state == JobState::Stopped && job_control_);
        });
        if (r < 0) return 128 - r;
        if (pid != 0) {
            for (const Process& p : job->procs)
                if (p.pid == pid) status = shell_status(p.wait_status);
        } else {
            status = job->status(options_.pipefail);
        }
        if (job->state() == JobState::Done) {
            for (const Process& p : job->procs) jobs_.remember(p.pid, shell_status(p.wait_status));
            jobs_.remove(*job);
        }
    }
    return status;
}

void Executor::update_job_control() {
    if (in_child_) {
        job_control_ = false;
        return;
    }
    // A signal the user trapped keeps its trap; the others are ignored.
    auto ignore_untrapped = [this](int sig) {
        if (traps_.get(sig).action == TrapAction::Default) signals::ignore(sig);
    };
    bool want = options_.monitor;
    if (want && !job_control_) {
        if (terminal_fd_ < 0) terminal_fd_ = terminal::open_job_control_fd();
        if (options_.interactive) {
            // Wait to be in the foreground, own process group, take the
            // terminal; only then ignore SIGTTIN (the wait relies on it).
            pid_t pgid = terminal::take_terminal(terminal_fd_);
            if (pgid < 0) {
                report("no job control in this shell");
                if (terminal_fd_ >= 0) sys::close(terminal_fd_);
                terminal_fd_ = -1;
                options_.monitor = want = false;
                shell_pgid_ = ::getpgrp();
            } else {
                shell_pgid_ = pgid;
            }
        } else {
            // `set -m` in a script: jobs get process groups of their own; the
            // terminal is used only if this shell's group owns it now.
            shell_pgid_ = ::getpgrp();
            if (terminal_fd_ >= 0 && !terminal::in_foreground(terminal_fd_)) {
                sys::close(terminal_fd_);
                terminal_fd_ = -1;
            }
            if (terminal_fd_ >= 0) {
                terminal::save_shell_modes(terminal_fd_);
                // Taking the terminal back from a background position.
                ignore_untrapped(SIGTTOU);
            }
        }
        if (want && options_.interactive) {
            for (int sig : {SIGTSTP, SIGTTIN, SIGTTOU}) ignore_untrapped(sig);
            signals::give_jobs_terminal_signals();
        }
    }
    if (options_.interactive && !interactive_signals_set_) {
        // Ctrl-\ is for the foreground job; `kill $$` does not end an
        // interactive shell (bash does the same).
        for (int sig : {SIGQUIT, SIGTERM}) ignore_untrapped(sig);
        // Ctrl-C is caught, not ignored: an external job gets it from the
        // terminal (it owns the terminal then), but a loop of builtins or a
        // `read` runs in the shell itself, and Ctrl-C must stop that too.
        // The handler only records it; run_pending_traps acts on it.
        if (traps_.get(SIGINT).action == TrapAction::Default) signals::catch_trap(SIGINT);
        interactive_signals_set_ = true;
    }
    job_control_ = want;
}

}  // namespace forksh
