// shell.cpp: the Shell facade: owns the state and the executor, and gives
// builtins their narrow way in.
#include "shell/shell.hpp"

#include <unistd.h>

#include <cerrno>
#include <fcntl.h>

#include "shell/base/diag.hpp"
#include "shell/exec/exec.hpp"
#include "shell/os/jobs.hpp"
#include "shell/os/privileges.hpp"
#include "shell/os/process.hpp"
#include "shell/os/signals.hpp"
#include "shell/base/source.hpp"
#include "shell/sys/fd.hpp"
#include "shell/sys/follow.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"
#include "shell/sys/line_reader.hpp"
#include "shell/teach/sentences.hpp"

namespace forksh {

Shell::Shell()
    : traps_(sys::max_signal()),
      jobs_(std::make_unique<JobTable>()),
      executor_(std::make_unique<Executor>(*this, vars_, options_, functions_, aliases_, path_cache_,
                                           traps_, *jobs_)) {
    teach::install_sentences();  // --trace=explain's words (a pointer, no work)
}

Shell::~Shell() = default;

JobTable& Shell::jobs() { return *jobs_; }

sys::dry_run::Result Shell::dry_run(std::string_view text) { return executor_->dry_run(text); }

void Shell::options_changed() {
    vars_.set_allexport(options_.allexport);
    vars_.set_bash_variables(!options_.posix);
    trace::enable(options_.trace || options_.explain);
    trace::set_explain(options_.explain);
    update_follow();
    if (options_.vi) options_.emacs = false;
    if (!process::set_subreaper(options_.subreaper)) {
        error("set -o subreaper: prctl(PR_SET_CHILD_SUBREAPER): " + sys::error_text(errno));
        options_.subreaper = false;
    }
    executor_->update_job_control();
    // `set +p` in a set-user-ID shell gives the extra rights up for good.
    if (!options_.privileged && privileges::ids_differ() && !privileges::drop())
        error("set +p: cannot reset the effective user and group ids: " + sys::error_text(errno));
}

// --follow implies the trace (its lines are the point of following); it
// starts the follower before any child is made, and stops it when turned
// off. Where ptrace is not allowed, one line says so and nothing is followed.
void Shell::update_follow() {
    if (options_.follow && !follow::on()) {
        if (!options_.trace && !options_.explain) {
            options_.trace = true;
            trace::enable(true);
        }
        std::string why;
        if (!follow::start(why)) {
            error("--follow: cannot start following (" + why + "); commands run unfollowed");
            options_.follow = false;
        }
    } else if (!options_.follow && follow::on()) {
        follow::stop();
    }
}

bool Shell::set_trap(int sig, Trap trap) {
    if (sig < 0 || sig >= traps_.size()) return false;
    // KILL and STOP cannot be caught or ignored: the kernel acts on them
    // itself. dash and bash accept such a trap (real scripts write
    // `trap cleanup 0 1 2 3 9 15`) and it simply never runs; so do we.
    if (sig > 0 && sig != SIGKILL && sig != SIGSTOP) {
        // POSIX: a non-interactive shell may not catch a signal that was
        // ignored when it started; the request is silently ignored.
        if (signals::ignored_at_start(sig) && !options_.interactive) return true;
        switch (trap.action) {
            case TrapAction::Default:
                // The interactive shell keeps ignoring what job control needs ignored.
                if (options_.interactive && sig == SIGINT)
                    signals::catch_trap(sig);  // see Executor::update_job_control
                else if (options_.interactive && (sig == SIGQUIT || sig == SIGTSTP || sig == SIGTTIN ||
                                                  sig == SIGTTOU || sig == SIGTERM))
                    signals::ignore(sig);
                else
                    signals::reset_to_inherited(sig);  // what it was on entry
                break;
            case TrapAction::Ignore: signals::ignore(sig); break;
            case TrapAction::Command: signals::catch_trap(sig); break;
        }
    }
    traps_.set(sig, std::move(trap));
    return true;
}

void Shell::error(std::string_view message) { report(message, vars_.current_line()); }

namespace {
// POSIX 2.8.1: an error in a special builtin (set, shift, export, trap, ...)
// ends a non-interactive shell; dash does so with status 2.
// `command` removes that power (POSIX), hence `via_command`.
void exit_if_special(const builtins::Args& args, bool interactive, bool via_command) {
    const builtins::Builtin* b = builtins::find(args.name());
    if (b && b->kind == builtins::Kind::Special && !interactive && !via_command) throw ExitRequest{2};
}
}  // namespace

int Shell::fail(const builtins::Args& args, std::string_view message, int status) {
    report(args.name() + ": " + std::string(message), vars_.current_line());
    exit_if_special(args, options_.interactive, executor_->running_via_command());
    return status;
}

int Shell::usage_error(const builtins::Args& args, std::string_view message) {
    report(args.name() + ": " + std::string(message), vars_.current_line());
    if (const builtins::Builtin* b = builtins::find(args.name()))
        report_raw(fmt::format("usage: {}\n", b->usage));
    exit_if_special(args, options_.interactive, executor_->running_via_command());
    return 2;
}

int Shell::exit_default_status() const { return executor_->status_before_trap(); }

int Shell::run_string(std::string_view text) { return executor_->run_string(text); }

int Shell::source_file(const std::string& path, const std::vector<std::string>* args) {
    int opened = sys::open(path, O_RDONLY | O_CLOEXEC);
    // Read through a high, close-on-exec, registered descriptor: the file
    // may say `exec 3>log` (the lowest free number) and keep fd 3 afterwards.
    int fd = opened < 0 ? -1 : fd_registry::dup_high(opened);
    if (fd < 0) {
        int error = errno;
        if (opened >= 0) sys::close(opened);
        report(path + ": " + sys::error_text(error), vars_.current_line());
        // `.` is a special builtin: a missing file ends a non-interactive
        // shell (POSIX 2.8.1), unless it ran through `command`.
        if (!options_.interactive && !executor_->running_via_command()) throw ExitRequest{2};
        return 1;
    }
    sys::close(opened);
    LineReader reader(fd, true);
    DiagScriptScope where(path);  // messages name this file and its lines
    fd_registry::Adopted registered(reader.fd_slot());
    SpecialParams& sp = vars_.special();
    std::vector<std::string> saved;
    if (args) {
        saved = std::move(sp.positional);
        sp.positional = *args;
    }
    Parser parser([&reader](std::string& line, bool) { return reader.read_line(line); }, parser_options());
    int status = 0;
    executor_->enter_source();
    try {
        status = executor_->run_parser(parser);
    } catch (...) {
        executor_->leave_source();
        if (args) sp.positional = std::move(saved);
        throw;
    }
    executor_->leave_source();
    if (args) sp.positional = std::move(saved);
    return status;
}

void Shell::exit_shell(int status) { throw ExitRequest{status}; }

bool Shell::request_return(int status) { return executor_->request_return(status); }
bool Shell::request_break(int levels) { return executor_->request_break(levels); }
bool Shell::request_continue(int levels) { return executor_->request_continue(levels); }
int Shell::loop_depth() const { return executor_->loop_depth(); }

int Shell::exec_replace(const std::vector<std::string>& argv) { return executor_->exec_replace(argv); }

int Shell::run_command_skipping_functions(const std::vector<std::string>& argv, bool use_standard_path) {
    return executor_->run_skipping_functions(argv, use_standard_path);
}

std::optional<std::string> Shell::find_command(std::string_view name) {
    const std::string* path_var = vars_.get("PATH");
    return path_cache().find(name, path_var ? std::string_view(*path_var) : std::string_view());
}

int Shell::wait_builtin(const builtins::Args& args) { return executor_->wait_for_pids(args); }

int Shell::continue_job(Job& job, bool foreground) { return executor_->continue_job(job, foreground); }
bool Shell::job_control() const { return executor_->job_control(); }

}  // namespace forksh
