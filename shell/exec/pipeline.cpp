// pipeline.cpp: making processes: pipelines, subshells, background jobs,
// and waiting for them. A stage that is a plain program starts with
// the shell's vfork child (spawn_stage, simple_command.cpp); the others
// fork here.
// System calls: fork, pipe2, dup2, close, setpgid, tcsetpgrp (all through
// sys::), sigprocmask and sigsuspend (signals::).
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <new>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "shell/base/diag.hpp"
#include "shell/exec/exec.hpp"
#include "shell/sys/fd.hpp"
#include "shell/exec/redirect.hpp"
#include "shell/os/signals.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"
#include "shell/os/terminal.hpp"

namespace forksh {

namespace {
// A short text for a command, for `jobs` and notices: the words as written.
std::string command_text(const ast::Command& command) {
    if (const auto* simple = std::get_if<ast::SimpleCommand>(&command.node)) {
        std::string text;
        for (const auto& a : simple->assignments) text += (text.empty() ? "" : " ") + a.name + "=" + a.value.text;
        for (const auto& w : simple->words) text += (text.empty() ? "" : " ") + w.text;
        return text;
    }
    if (std::holds_alternative<ast::Subshell>(command.node)) return "( ... )";
    if (std::holds_alternative<ast::BraceGroup>(command.node)) return "{ ... }";
    if (std::holds_alternative<ast::IfClause>(command.node)) return "if ...";
    if (const auto* loop = std::get_if<ast::LoopClause>(&command.node)) return loop->until ? "until ..." : "while ...";
    if (std::holds_alternative<ast::ForClause>(command.node)) return "for ...";
    if (std::holds_alternative<ast::CaseClause>(command.node)) return "case ...";
    if (std::holds_alternative<ast::TimedPipeline>(command.node)) return "time ...";
    if (const auto* arith = std::get_if<ast::ArithCommand>(&command.node)) return "((" + arith->expr.text + "))";
    if (std::holds_alternative<ast::ArithForClause>(command.node)) return "for ((...))";
    if (std::holds_alternative<ast::CondCommand>(command.node)) return "[[ ... ]]";
    if (std::holds_alternative<ast::SelectClause>(command.node)) return "select ...";
    return "function";
}

// What a pipeline stage's process is, for the trace: the program it will
// exec (as written), or "subshell" for shell code run by a copy of the shell.
std::string process_name(const ast::Command& command) {
    if (const auto* simple = std::get_if<ast::SimpleCommand>(&command.node))
        if (!simple->words.empty()) return simple->words.front().text;
    return "subshell";
}

std::string pipeline_text(const ast::Pipeline& pipeline) {
    if (!pipeline.text.empty()) return pipeline.text;  // the source text, as written
    std::string text = pipeline.negated ? "! " : "";
    for (size_t i = 0; i < pipeline.commands.size(); ++i)
        text += (i ? " | " : "") + command_text(pipeline.commands[i]);
    return text;
}
// A foreground job whose last process a signal killed: its name on stderr,
// in scripts too ("Segmentation fault", "Killed", "Terminated", with
// " (core dumped)"), as dash prints it. Not for SIGINT (the user pressed
// Ctrl-C and knows) nor SIGPIPE (a reader went away: normal in pipelines),
// as in dash and bash.
void report_fatal_signal(int wait_status) {
    if (!WIFSIGNALED(wait_status)) return;
    int sig = WTERMSIG(wait_status);
    if (sig == SIGINT || sig == SIGPIPE) return;
    std::string name = ::strsignal(sig);
    report_raw(name + (WCOREDUMP(wait_status) ? " (core dumped)" : "") + "\n");
}

}  // namespace

pid_t Executor::fork_child(Job& job, bool foreground, const std::function<int()>& body) {
    // Every signal stays blocked from before fork until each side is ready:
    //  - in the parent, until the pid is recorded: a child that exits at once
    //    is then reaped into the table, and its status finds its record;
    //  - in the child, until become_child has reset the shell's handlers: a
    //    Ctrl-C in between then acts on the child as the default action
    //    says, instead of running the shell's handler in the child.
    signals::learn_entry_dispositions();  // here, once, not again in every child
    signals::Block block(signals::Block::Which::All);
    pid_t pid = sys::fork();
    if (pid < 0) {
        int error = errno;
        if (job.procs.empty()) jobs_.remove(job);
        fork_failed(error);
    }
    if (pid == 0) {
        become_child(job, foreground);
        sys::sigprocmask(SIG_SETMASK, &block.old_mask(), nullptr);
        if (std::exchange(holding_reaps_, false)) {
            // The parent's hold on SIGCHLD (run_pipeline) is not the child's.
            sigset_t chld;
            sigemptyset(&chld);
            sigaddset(&chld, SIGCHLD);
            sys::sigprocmask(SIG_UNBLOCK, &chld, nullptr);
        }
        exit_child(status_as_subshell(body));
    }
    if (job_control_ && job.separate_group) {
        // Parent and child both call setpgid: whichever runs first creates the
        // group, so neither races ahead to exec or tcsetpgrp without it.
        if (job.pgid == 0) job.pgid = pid;
        sys::setpgid(pid, job.pgid);
    }
    jobs_.add_process(job, pid, job.text);
    // For the trace: "waitpid -> 2006 (ls)". The caller may name it better.
    trace::name_program(pid, std::string_view(job.text).substr(0, job.text.find(' ')));
    return pid;
}

void Executor::fork_failed(int error) {
    // One rule however the child was to be made (fork, vfork, posix_spawn),
    // dash's: the message names the command's line, and the error ends a
    // script (status 2); at the prompt, the command line is abandoned.
    throw ShellError("fork: " + sys::error_text(error), Span{vars_.current_line(), 0}, 2, true);
}

void Executor::become_child(Job& job, bool foreground) {
    in_child_ = true;
    // A subshell forked by an EXIT trap is a shell of its own: an EXIT trap
    // it sets runs when it ends (`trap '(trap "echo x" EXIT; :)' EXIT`).
    exiting_ = false;
    signals::clear_child_events();
    if (job_control_ && job.separate_group) {
        pid_t pgid = job.pgid == 0 ? ::getpid() : job.pgid;
        sys::setpgid(0, pgid);
        if (foreground && terminal_fd_ >= 0) sys::tcsetpgrp(terminal_fd_, pgid);
    }
    // Signals for the child, in this one spot before it runs anything
    // (POSIX 2.11, 2.12; see signals.hpp): what the shell caught or ignored
    // for itself (an interactive shell's SIGINT, TERM, QUIT, TSTP, TTIN,
    // TTOU) and its traps' commands go back to what the shell received on
    // entry; `trap ''` stays ignored; an async list without job control
    // ignores SIGINT and SIGQUIT.
    signals::enter_subshell(traps_, job.background && !job_control_);
    traps_.reset_for_subshell();
    // Children of this subshell stay in its process group.
    job_control_ = false;
    options_.interactive = false;
    // The parent's jobs are not this process's children: forget them, so
    // `wait` here waits only for what this subshell starts.
    for (Job& j : jobs_.all()) j.procs.clear();
    jobs_.all().clear();
    jobs_.forget_all_remembered();
}

void Executor::exit_child(int status) {
    try {
        status = finish(status);
    } catch (...) {
    }
    // The one moment the picture cannot learn from waitpid: when the child
    // ended (a program's exit is not the shell's to see; a subshell's is).
    trace::event("exit", "_exit({status})").num("status", status & 0xff).record_only().emit();
    ::_exit(status & 0xff);
}

int Executor::wait_for_job(Job& job) {
    {
        // Blocked while we look, unblocked only inside sigsuspend: a SIGCHLD
        // between the look and the sleep is not lost.
        signals::Block block;
        for (;;) {
            jobs_.collect();
            JobState state = job.state();
            if (state == JobState::Done) break;
            // A stopped job becomes a job of its own only with job control:
            // without it nobody can `fg` or `bg` it, so the shell waits on,
            // as if waitpid had no WUNTRACED (dash, bash), until the job is
            // continued (WCONTINUED marks it running) and ends.
            if (state == JobState::Stopped && job_control_ && job.separate_group) break;
            block.wait_for_signal();
        }
    }
    int last_wait_status = job.procs.empty() ? 0 : job.procs.back().wait_status;
    // PIPESTATUS (bash): every stage's own status, before `!` or pipefail.
    vars_.special().pipe_status.clear();
    for (const Process& p : job.procs) vars_.special().pipe_status.push_back(shell_status(p.wait_status));
    if (job_control_ && terminal_fd_ >= 0 && job.separate_group) {
        // Take the terminal back, then sort out its modes: a stopped job's
        // are kept for `fg`; the shell's own come back unless the job ended
        // normally (then `stty` changes it made stay, as in bash).
        sys::tcsetpgrp(terminal_fd_, shell_pgid_);
        if (job.state() == JobState::Stopped)
            job.saved_tmodes_valid = terminal::get_modes(terminal_fd_, job.saved_tmodes);
        terminal::after_job(terminal_fd_, job.state() == JobState::Done && WIFEXITED(last_wait_status));
    }
    int status = job.status(options_.pipefail);
    if (job.state() == JobState::Stopped) {
        // Ctrl-Z: the job becomes a numbered, stopped job.
        jobs_.number(job);
        job.background = true;
        job.notified = true;
        err_notice(job);
        return status;
    }
    jobs_.remove(job);
    if (options_.interactive && job_control_ && WIFSIGNALED(last_wait_status) &&
        WTERMSIG(last_wait_status) == SIGINT) {
        // As bash: after Ctrl-C a new line (the terminal echoed ^C).
        report_raw("\n");
        // Ctrl-C stops the whole command line, loops included, as if the
        // shell had been interrupted too (unless SIGINT is trapped).
        if (traps_.get(SIGINT).action == TrapAction::Default) throw CommandInterrupted{status};
    }
    report_fatal_signal(last_wait_status);
    return status;
}

int Executor::continue_job(Job& job, bool foreground) {
    jobs_.make_current(job);
    job.notified = true;
    job.background = !foreground;
    std::optional<terminal::TerminalHandoff> handoff;
    bool owns_terminal = foreground && job_control_ && terminal_fd_ >= 0 && job.separate_group && job.pgid > 0;
    {
        signals::Block block;
        // Collect first, then mark stopped processes running before SIGCONT:
        // the wait below must not see an old "stopped" and return at once.
        jobs_.collect();
        for (Process& p : job.procs)
            if (p.state == ProcState::Stopped) p.state = ProcState::Running;
        // The terminal (with the modes the job had when it stopped) before
        // the job runs again, so its first read does not stop it.
        if (owns_terminal)
            handoff.emplace(terminal_fd_, job.pgid, shell_pgid_, job.saved_tmodes_valid ? &job.saved_tmodes : nullptr);
        if (job_control_ && job.pgid > 0) {
            sys::kill(-job.pgid, SIGCONT);
        } else {
            for (const Process& p : job.procs)
                if (p.state != ProcState::Done) sys::kill(p.pid, SIGCONT);
        }
    }
    if (!foreground) return 0;
    return wait_for_job(job);
}

int Executor::run_pipeline(const ast::Pipeline& pipeline, bool background) {
    if (pipeline.commands.size() == 1 && !background) {
        // One command: builtins, functions and compound commands run in the
        // shell itself; run_simple forks only for an external command.
        int status = run_command(pipeline.commands.front(), false);
        // PIPESTATUS: a simple command (a builtin, a function, x=1) sets it to
        // its own status; a compound command leaves what its last pipeline
        // set (bash: `{ false | true; }` gives 1 0).
        if (std::holds_alternative<ast::SimpleCommand>(pipeline.commands.front().node))
            vars_.special().pipe_status.assign(1, status);
        return pipeline.negated ? status == 0 : status;
    }
    Job& job = jobs_.create(pipeline_text(pipeline), background);
    UniqueFd previous_read;  // read end of the pipe from the stage before
    size_t count = pipeline.commands.size();
    // Read before forking: in the child, become_child turns job control off.
    const bool detached = background && !job_control_;
    // Under job control the later stages join the first stage's process
    // group, which exists only while one of its processes does (a zombie
    // counts). So no child is reaped until every stage has been forked: a
    // first stage that exits at once stays a zombie, and the group with it.
    std::optional<signals::Block> hold;
    if (job_control_ && count > 1) hold.emplace();
    holding_reaps_ = hold.has_value();
    for (size_t i = 0; i < count; ++i) {
        const ast::Command& command = pipeline.commands[i];
        UniqueFd read_end, write_end;
        if (i + 1 < count) {
            int fds[2];
            if (sys::pipe(fds) < 0) throw ShellError("pipe: " + sys::error_text(errno), pipeline.span, 2);
            read_end.reset(fds[0]);
            write_end.reset(fds[1]);
        }
        // A plain external command is spawned (vfork), its pipe ends
        // as file actions; anything else is a forked copy of the shell.
        pid_t pid = -1;
        if (const auto* simple = std::get_if<ast::SimpleCommand>(&command.node)) {
            StageIo io;
            io.in = previous_read ? previous_read.get() : -1;
            io.out = write_end ? write_end.get() : -1;
            io.detached = detached;
            io.foreground = !background;
            io.line = command.span.line;
            pid = spawn_stage(*simple, job, io);
        }
        vars_.set_current_line(command.span.line);  // a failed fork names this stage's line
        if (pid < 0) pid = fork_child(job, !background, [&]() {
            // In the child: the previous pipe's read end becomes stdin, this
            // pipe's write end stdout; then every original pipe descriptor is
            // closed, so that each pipe has exactly one reader and one writer,
            // and a reader sees end-of-file when its writer exits.
            if (previous_read) sys::dup2(previous_read.get(), 0);
            if (write_end) sys::dup2(write_end.get(), 1);
            previous_read.reset();
            write_end.reset();
            read_end.reset();
            if (detached && i == 0) {
                trace::event("devnull", "stdin of a background job of a script: /dev/null").emit();
                int null = sys::open("/dev/null", O_RDONLY | O_CLOEXEC);
                if (null >= 0) {
                    sys::dup2(null, 0);
                    sys::close(null);
                }
            }
            return run_command(command, true);
        });
        trace::name_program(pid, process_name(command));
        // The parent keeps only the read end for the next stage.
        previous_read = std::move(read_end);
        write_end.reset();
    }
    holding_reaps_ = false;
    hold.reset();
    if (background) {
        vars_.special().last_background = job.last_pid();
        return 0;
    }
    int status = wait_for_job(job);
    return pipeline.negated ? status == 0 : status;
}

int Executor::run_background(const ast::AndOr& and_or) {
    forget_finished_jobs();
    if (and_or.rest.empty() && !and_or.first.negated) {
        run_pipeline(and_or.first, true);
    } else {
        Job& job = jobs_.create(!and_or.text.empty() ? and_or.text
                                : pipeline_text(and_or.first) + (and_or.rest.empty() ? "" : " ..."),
                                true);
        const bool detached = !job_control_;  // before the fork: the child turns it off
        pid_t pid = fork_child(job, false, [&]() {
            if (detached) {
                trace::event("devnull", "stdin of a background job of a script: /dev/null").emit();
                int null = sys::open("/dev/null", O_RDONLY | O_CLOEXEC);
                if (null >= 0) {
                    sys::dup2(null, 0);
                    sys::close(null);
                }
            }
            return run_and_or(and_or);
        });
        trace::name_process(pid, "subshell");
        vars_.special().last_background = job.last_pid();
    }
    if (options_.interactive) {
        Job* job = jobs_.find_pid(vars_.special().last_background);
        if (job) err_started(*job);
    }
    return 0;
}

int Executor::run_subshell(const ast::Command& command) {
    const auto& subshell = std::get<ast::Subshell>(command.node);
    Job& job = jobs_.create("( ... )", false);
    pid_t pid = fork_child(job, true, [&]() {
        RedirectScope scope(false);
        scope.apply(command.redirects, expander_, options_);
        return run_list_in_child(*subshell.body);
    });
    trace::name_process(pid, "subshell");
    return wait_for_job(job);
}

void Executor::forget_finished_jobs() {
    // Without job control nobody is told when a background job ends, but a
    // script may still `wait %1` for it, so finished jobs keep their records
    // (and numbers). Only beyond `keep` of them are the oldest turned into
    // bare remembered statuses (enough for `wait PID`), so that thousands of
    // `cmd &` do not pile up.
    constexpr size_t keep = 256;
    if (options_.interactive || job_control_) return;
    signals::Block block;
    jobs_.collect();
    size_t finished = 0;
    for (const Job& job : jobs_.all())
        if (job.background && job.state() == JobState::Done) ++finished;
    for (auto it = jobs_.all().begin(); it != jobs_.all().end() && finished > keep;) {
        Job& job = *it++;
        if (!job.background || job.state() != JobState::Done) continue;
        for (const Process& p : job.procs) jobs_.remember(p.pid, shell_status(p.wait_status));
        jobs_.remove(job);
        --finished;
    }
}

}  // namespace forksh

namespace forksh {

void Executor::err_started(const Job& job) {
    report_raw(fmt::format("[{}] {}\n", job.id, job.last_pid()));
}

void Executor::err_notice(Job& job) {
    report_raw("\n" + jobs_.describe(job) + "\n");
}

}  // namespace forksh
