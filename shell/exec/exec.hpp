// exec.hpp: the executor: walks the AST and makes it happen.
//
//   lists and and-or lists            exec.cpp
//   compound commands and functions   exec.cpp
//   pipelines, subshells, background  pipeline.cpp   (fork, pipe2, setpgid)
//   simple commands                   simple_command.cpp (builtins, execve)
//   redirections                      redirect.cpp   (open, dup2)
//   command substitution              command_subst.cpp, subst_in_shell.cpp
//   [[ ]] (bash)                       cond.cpp
//   select (bash)                      select.cpp (its read is the read builtin)
//
// Control flow (`break`, `continue`, `return`) is recorded in fields here and
// checked after every command, rather than thrown as exceptions: loops run
// often and exceptions are slow. `exit` and fatal errors do throw
// (ExitRequest, ShellError) to unwind everything.
#pragma once

#include <sys/types.h>

#include <functional>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "builtins/builtin.hpp"
#include "shell/base/diag.hpp"
#include "shell/state/aliases.hpp"
#include "shell/syntax/ast.hpp"
#include "shell/expand/expand.hpp"
#include "shell/state/functions.hpp"
#include "shell/os/jobs.hpp"
#include "shell/os/launch.hpp"
#include "shell/os/signals.hpp"
#include "shell/state/options.hpp"
#include "shell/syntax/parser.hpp"
#include "shell/os/path_search.hpp"
#include "shell/state/traps.hpp"
#include "shell/state/variables.hpp"
#include "shell/sys/dry_run.hpp"
#include "shell/sys/sys.hpp"

namespace forksh {

class Shell;
struct Job;
class RedirectScope;

// Thrown when Ctrl-C killed the foreground job of an interactive shell: the
// rest of the command line (a loop, a list) is abandoned too, as in bash.
// The interactive loop catches it; `status` (130) becomes $?.
struct CommandInterrupted {
    int status;
};

class Executor : public SubstitutionRunner {
  public:
    Executor(Shell& facade, Variables& vars, Options& options, Functions& functions,
             Aliases& aliases, PathCache& path_cache, Traps& traps, JobTable& jobs);
    ~Executor();
    Executor(const Executor&) = delete;
    Executor& operator=(const Executor&) = delete;

    // ---- entry points ----
    // Read and run every command from `parser` until end of input. Parse
    // errors: reported; a non-interactive shell stops with status 2.
    // Returns the status of the last command.
    int run_parser(Parser& parser);
    // eval and friends: parse `text` and run it.
    int run_string(std::string_view text);
    int run_list(const ast::List& list);
    // In a forked child: like run_list, but the last command, if it is a
    // plain external command, is exec'd in place of the child instead of
    // being forked once more (as dash does: one process less, and $PPID of
    // the command is the shell).
    int run_list_in_child(const ast::List& list);

    // The shell is ending with `status`: run the EXIT trap (once) and return
    // the final status (an `exit n` inside the trap changes it).
    int finish(int status);
    // Leave a forked child: run its EXIT trap, then _exit(2). Never returns.
    [[noreturn]] void exit_child(int status);
    // Runs `body` while a command's redirections are in force: a shell
    // error inside it is written now, through them, and unwinds on, marked
    // as written (ShellError::reported).
    template <typename Body>
    int report_inside(Body&& body) {
        try {
            return body();
        } catch (const ShellError& e) {
            if (!e.reported()) {
                report(e.what(), e.span().line > 0 ? e.span().line : vars_.current_line());
                e.mark_reported();
            }
            throw;
        }
    }
    // Runs shell code the way a subshell ends: `exit n` (or set -e), a shell
    // error (reported) and running out of memory become its status, as they
    // do for a forked child and for a $( ) run without a fork.
    template <typename Body>
    int status_as_subshell(Body&& body) {
        try {
            return body();
        } catch (const ExitRequest& e) {
            return e.status;
        } catch (const ShellError& e) {
            if (!e.reported()) report(e.what(), e.span().line > 0 ? e.span().line : vars_.current_line());
            return e.status();
        } catch (const std::bad_alloc&) {
            report_out_of_memory();
            return 2;
        }
    }

    // ---- control flow, set by builtins through the facade ----
    bool request_return(int status);
    bool request_break(int levels);
    bool request_continue(int levels);
    int loop_depth() const { return loop_depth_; }
    void enter_source() { ++source_depth_; }
    void leave_source() { --source_depth_; returning_ = false; }  // `.` used up the return

    // `exec CMD`: execve over the shell. Returns 126/127 on failure.
    int exec_replace(const std::vector<std::string>& argv);
    // Where the program `name` is: searched in `search_path` when given
    // (`PATH=dir cmd`, `command -p`), else in $PATH (or the default path when
    // PATH is unset) through the hash table. The one PATH lookup.
    std::optional<std::string> find_program(const std::string& name, const std::string* search_path = nullptr);
    // `command CMD`: builtin or external, skipping functions.
    int run_skipping_functions(const std::vector<std::string>& argv, bool use_standard_path);
    int wait_for_pids(const builtins::Args& args);

    bool running_via_command() const { return via_command_ > 0; }
    int status_before_trap() const {
        return running_trap_ ? trap_saved_status_ : vars_.special().last_status;
    }
    // Run pending trap commands (called between commands).
    void run_pending_traps();

    // Job control follows options().monitor; call after it changes.
    void update_job_control();
    // fg and bg: send SIGCONT to a stopped (or running background) job. In
    // the foreground it gets the terminal and its saved modes, and this
    // waits for it like any foreground job (returns its status).
    int continue_job(Job& job, bool foreground);

    // explain: run `text` with this executor in a throwaway copy of the
    // shell whose system calls record instead of acting (dry_run.cpp).
    sys::dry_run::Result dry_run(std::string_view text);

    // SubstitutionRunner
    std::string run_substitution(const ast::CommandSubst& subst) override;
    std::string start_process_subst(const ast::ProcessSubst& subst) override;  // process_subst.cpp

    Expander& expander() { return expander_; }

  private:
    friend class PipelineRunner;
    // exec.cpp
    int run_and_or(const ast::AndOr& and_or);
    int run_command(const ast::Command& command, bool in_child_tail);
    int run_compound(const ast::Command& command);
    // Applies a command's redirections in the shell; on failure reports the
    // error (`forksh: line 3: f: No such file or directory`) and returns
    // false: the command then does not run and its status is 1.
    bool redirect_or_report(RedirectScope& scope, const std::vector<ast::Redirect>& redirects);
    // The same in two steps, for a simple command (POSIX 2.9.1: its
    // redirection words are expanded before its VAR=value words, and both in
    // the shell even when a child runs the command): expand, or report and
    // return nullopt; then apply the expanded words.
    std::optional<std::vector<std::string>> expand_redirects_or_report(const std::vector<ast::Redirect>& redirects);
    bool redirect_or_report(RedirectScope& scope, const std::vector<ast::Redirect>& redirects,
                            const std::vector<std::string>& words);
    int run_if(const ast::IfClause& clause);
    int run_loop(const ast::LoopClause& loop);
    int run_for(const ast::ForClause& loop);
    int run_case(const ast::CaseClause& clause);
    int run_timed(const ast::TimedPipeline& timed);  // timed.cpp
    // arith_command.cpp: ((expression)) and for ((...)) (bash)
    int run_arith_command(const ast::ArithCommand& command);
    int run_arith_for(const ast::ArithForClause& loop);
    // The value of an expanded expression, or nullopt after reporting why not.
    std::optional<int64_t> eval_arith_word(const ast::Word& expr, std::string_view text);
    void trace_arith(const std::string& text);
    int run_select(const ast::SelectClause& select);  // select.cpp
    // cond.cpp: [[ expression ]]
    int run_cond(const ast::CondCommand& cond);
    // `negated`: under a `!`, which set -x shows with the test (bash).
    int eval_cond(const ast::CondExpr& expr, bool negated = false);
    bool cond_unary(std::string_view op, const std::string& operand);
    int cond_binary(const ast::CondExpr& expr, bool negated);
    void trace_cond(bool negated, std::string_view test);
    // Counts the loops we are inside, for `break N` and `continue N`; undone
    // however the loop ends (including by an exception).
    struct LoopScope {
        explicit LoopScope(int& depth) : depth_(depth) { ++depth_; }
        ~LoopScope() { --depth_; }
        LoopScope(const LoopScope&) = delete;
        LoopScope& operator=(const LoopScope&) = delete;
        int& depth_;
    };
    struct ErrexitOff;
    bool loop_must_end();
    int run_condition(const ast::List& list);
    bool interrupted() const { return returning_ || break_levels_ > 0 || continue_levels_ > 0; }
    void check_errexit(int status);

    // The launch decision (shell/os/launch.cpp), recorded where it is made:
    // a `launch` record (records only: --trace=FILE.events, .html, .json,
    // and explain's dry run) naming `what` and the reason as a code.
    LaunchDecision decide(const LaunchContext& context, std::string_view what);

    // pipeline.cpp
    int run_pipeline(const ast::Pipeline& pipeline, bool background);
    int run_background(const ast::AndOr& and_or);
    int run_subshell(const ast::Command& command);
    // Fork a child that runs `body`; returns its pid in the parent. In the
    // child, `body` runs and the child exits with its status.
    pid_t fork_child(Job& job, bool foreground, const std::function<int()>& body);
    void become_child(Job& job, bool foreground);
    // No process could be made (EAGAIN: the process limit; ENOMEM): throws
    // the shell error that ends a script.
    [[noreturn]] void fork_failed(int error);
    int wait_for_job(Job& job);
    void forget_finished_jobs();
    // Job notices on stderr: "[1] 4242" and "[1]+  Stopped  sleep 100".
    void err_started(const Job& job);
    void err_notice(Job& job);

    // simple_command.cpp
    int run_simple(const ast::SimpleCommand& command, const ast::Command& node, bool in_child_tail);
    int call_function(const ast::Command& body, std::vector<std::string>& argv);
    [[noreturn]] void exec_external(const std::string& name, std::vector<std::string>& argv);
    // Spawned (the vfork child, or posix_spawn with set -o spawn=posix_spawn),
    // when decide() says so (shell/os/launch.cpp).
    // `command` (null for `command NAME`) gives the VAR=value assignments.
    // The status, or nullopt when a step of the spawned child failed: the
    // caller then forks, and the child reports the failing step.
    std::optional<int> spawn_external(const std::string& path, std::vector<std::string>& argv,
                                      const ast::SimpleCommand* command, const sigset_t& to_default,
                                      const sys::SpawnSetup& setup);
    // How a spawn went: the child started (its pid); its execve failed and
    // it had no other step (the errno, reported as a fork would); or one of
    // its steps failed (a forked child does them again to say which).
    struct Spawned {
        enum class Outcome { Started, ExecFailed, StepFailed } outcome = Outcome::StepFailed;
        pid_t pid = 0;
        int error = 0;
    };
    // The spawn itself, its process added to `job`.
    Spawned spawn_program(Job& job, const std::string& path, std::vector<std::string>& argv,
                                       const ast::SimpleCommand* command, const sigset_t& to_default,
                                       const sys::SpawnSetup& setup);
    // A pipeline stage or background job: its pipe ends and what it is.
    struct StageIo {
        int in = -1;    // read end of the pipe before it
        int out = -1;   // write end of the pipe after it
        bool detached = false;  // a background job of a script: stdin (of stage 1) from /dev/null
        bool foreground = true;
        int line = 0;
    };
    // Spawn a stage that is a plain external command (decide
    // with pipeline_stage): its pid, or -1 when it must fork as before.
    pid_t spawn_stage(const ast::SimpleCommand& command, Job& job, const StageIo& io);
    // Redirections as file actions, if they can be (sets context.redirects_fit).
    // `words`: expanded already, or null to expand them here if they fit.
    void spawn_redirects(const std::vector<ast::Redirect>& redirects, const std::vector<std::string>* words,
                         LaunchContext& context, sys::SpawnSetup& setup);
    // Job control for a spawned child: its group, and the terminal.
    void job_spawn_setup(sys::SpawnSetup& setup, pid_t group, bool foreground);
    // Which call makes a spawned child (set -o spawn=...), and the signals it
    // must set: `to_default`, and to ignore (in `setup`, vfork child only).
    // True when that call can give the program every disposition it needs.
    bool spawn_signals(sigset_t& to_default, sys::SpawnSetup& setup, bool detached = false);
    // The words of a simple command as fields; the assignment-like operands
    // of export, readonly and local are expanded as assignments.
    std::vector<std::string> expand_command_words(const ast::SimpleCommand& command);
    // `exec` (or `command exec`) with redirections only.
    static bool exec_without_command(const std::vector<std::string>& argv);
    int run_external(std::vector<std::string>& argv, const ast::SimpleCommand& command,
                     const ast::Command& node, bool in_child_tail);
    std::string traced_assignment(const ast::Assignment& a);
    // `as_written`: the words are shown unquoted (`+ (( i<3 ))`).
    void trace_command(const std::vector<std::string>& argv, const ast::SimpleCommand& command,
                       bool as_written = false);
    // set -x: PS4, expanded (for the line of a traced command).
    std::string trace_prefix();
    // VAR=value words in the shell's own variables (exported for a child's
    // environment); a read-only VAR throws ShellError.
    void assign_all(const ast::SimpleCommand& command, bool export_them);

    // process_subst.cpp: the shell's ends of <( ) and >( ) stay open while
    // the command that expanded them runs; this closes them when it ends.
    void end_process_substs(size_t mark);
    struct ProcessSubstScope {
        Executor& executor;
        size_t mark;
        explicit ProcessSubstScope(Executor& e) : executor(e), mark(e.process_subst_fds_.size()) {}
        // The scope that made substitutions closes them; any scope forgets
        // a finished child, but only once SIGCHLD has brought news: in
        // `while read l; do ...; done < <(producer)` the commands of the
        // body do not each block signals and look through the jobs.
        ~ProcessSubstScope() {
            if (executor.process_subst_fds_.size() > mark ||
                (!executor.process_subst_pids_.empty() && signals::child_events_waiting()))
                executor.end_process_substs(mark);
        }
        ProcessSubstScope(const ProcessSubstScope&) = delete;
        ProcessSubstScope& operator=(const ProcessSubstScope&) = delete;
    };
    std::vector<int> process_subst_fds_;     // the shell's open ends, innermost command last
    std::vector<pid_t> process_subst_pids_;  // their children not yet known to be done

    // command_subst.cpp helpers
    std::string read_all(int fd);
    // subst_in_shell.cpp: $(...) of builtins only, run with no fork; its
    // stdout goes into `output`. Returns what a child's exit status would be.
    int run_substitution_in_shell(const ast::CommandSubst& subst, std::string& output);

    Shell& facade_;
    Variables& vars_;
    Options& options_;
    Functions& functions_;
    Aliases& aliases_;
    PathCache& path_cache_;
    Traps& traps_;
    JobTable& jobs_;
    Expander expander_;

    int break_levels_ = 0;
    int continue_levels_ = 0;
    bool returning_ = false;
    int return_status_ = 0;  // `return N`'s N, while returning_
    int loop_depth_ = 0;
    int function_depth_ = 0;
    int source_depth_ = 0;
    int errexit_suppressed_ = 0;
    bool in_child_ = false;
    bool holding_reaps_ = false;  // run_pipeline keeps SIGCHLD blocked while it forks
    bool job_control_ = false;
    bool running_trap_ = false;
    bool expanding_ps4_ = false;  // set -x: PS4's own $(...) is not traced
    int trap_saved_status_ = 0;
    int via_command_ = 0;  // > 0 while `command BUILTIN` runs
    bool exiting_ = false;
    bool interactive_signals_set_ = false;  // update_job_control ignored SIGINT... once
    pid_t shell_pgid_ = 0;
    int terminal_fd_ = -1;
    int last_substitution_status_ = -1;  // -1: no $(...) ran in this command

  public:
    // Job control state for the interactive front end.
    bool job_control() const { return job_control_; }
    int terminal_fd() const { return terminal_fd_; }
    pid_t shell_pgid() const { return shell_pgid_; }
    void set_terminal(int fd, pid_t shell_pgid) {
        terminal_fd_ = fd;
        shell_pgid_ = shell_pgid;
    }
};

}  // namespace forksh
