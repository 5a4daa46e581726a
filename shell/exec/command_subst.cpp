// command_subst.cpp: $(...) and `...`, and the `wait` builtin's engine.
// System calls: pipe2, fork, dup2, read, waitpid (via the SIGCHLD table);
// none for $(...) of builtins only, which runs in the shell (subst_in_shell.cpp).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "shell/base/diag.hpp"
#include "shell/base/output.hpp"
#include "shell/exec/exec.hpp"
#include "shell/os/launch.hpp"
#include "shell/sys/fd.hpp"
#include "shell/os/signals.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"
#include "shell/os/terminal.hpp"

namespace forksh {

std::string Executor::read_all(int fd) {
    std::string data;
    char buffer[8192];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        data.append(buffer, static_cast<size_t>(n));
    }
    return data;
}

namespace {
// The output as the shell keeps it: NUL bytes cannot live in a C string
// (variables and arguments are C strings for execve), so they are dropped,
// and trailing newlines are removed (POSIX).
void trim_output(std::string& output) {
    std::erase(output, '\0');
    while (!output.empty() && output.back() == '\n') output.pop_back();
}
}  // namespace

std::string Executor::run_substitution(const ast::CommandSubst& subst) {
    // $(< file): the shell reads the file itself (launch.hpp).
    if (const ast::Redirect* r = substitution_reads_file(*subst.body)) {
        std::string name = expander_.expand_string(r->target);
        int fd = sys::open(name, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            report(name + ": " + sys::error_text(errno), r->span.line);
            vars_.special().last_status = last_substitution_status_ = 1;
            return "";
        }
        UniqueFd file(fd);
        std::string output = read_all(fd);
        trim_output(output);
        vars_.special().last_status = last_substitution_status_ = 0;
        return output;
    }
    // $(echo hi): only builtins that write, no fork (launch.hpp).
    if (substitution_runs_in_shell(*subst.body, functions_)) {
        std::string output;
        int status = run_substitution_in_shell(subst, output);
        trim_output(output);
        vars_.special().last_status = last_substitution_status_ = status;
        return output;
    }
    // The child writes into a pipe; the shell reads until end-of-file, which
    // comes when every writer is gone; then it collects the child's status.
    int fds[2];
    if (sys::pipe(fds) < 0) throw ShellError("pipe: " + sys::error_text(errno), Span{vars_.current_line(), 0}, 2);
    UniqueFd read_end(fds[0]), write_end(fds[1]);
    Job& job = jobs_.create("$(" + subst.text + ")", false);
    job.separate_group = false;
    pid_t pid = fork_child(job, false, [&]() {
        // Inside a $(...) the shell runs itself, fd 1 is a string in memory
        // for the shell; for this child it is the pipe.
        StdoutCapture::drop_all();
        sys::dup2(write_end.get(), 1);
        write_end.reset();
        read_end.reset();
        return run_list_in_child(*subst.body);
    });
    trace::name_process(pid, subst.text.size() <= 30 ? "$(" + subst.text + ")" : "$( )");
    write_end.reset();  // or we would wait forever for our own end-of-file
    std::string output = read_all(read_end.get());
    int status = wait_for_job(job);
    trim_output(output);
    vars_.special().last_status = status;
    last_substitution_status_ = status;
    return output;
}

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
        // Finished jobs are reported (and forgotten) by `wait` in scripts.
        for (auto it = jobs_.all().begin(); it != jobs_.all().end();) {
            Job& job = *it++;
            if (job.background && job.state() == JobState::Done) {
                for (const Process& p : job.procs) jobs_.remember(p.pid, shell_status(p.wait_status));
                jobs_.remove(job);
            }
        }
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
        if (want && options_.interactive)
            for (int sig : {SIGTSTP, SIGTTIN, SIGTTOU}) ignore_untrapped(sig);
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
