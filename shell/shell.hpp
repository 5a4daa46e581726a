// shell.hpp: the Shell facade: everything a builtin may touch.
//
// The Shell owns the shell's state (variables, options, functions, aliases,
// traps, jobs, the PATH cache) and the executor that runs commands. Builtins
// receive a Shell& and use only what is declared here; they never include the
// executor. That keeps each builtin readable on its own: what it can do to
// the shell is exactly this list.
#pragma once

#include <sys/types.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "builtins/builtin.hpp"
#include "shell/state/aliases.hpp"
#include "shell/state/functions.hpp"
#include "shell/state/options.hpp"
#include "shell/state/parser_options.hpp"
#include "shell/base/output.hpp"
#include "shell/os/path_search.hpp"
#include "shell/state/traps.hpp"
#include "shell/state/variables.hpp"
#include "shell/sys/dry_run.hpp"

namespace forksh {

class Executor;
class JobTable;
struct Job;

class Shell {
  public:
    Shell();
    ~Shell();
    Shell(const Shell&) = delete;
    Shell& operator=(const Shell&) = delete;

    // ---- state ----
    Variables& vars() { return vars_; }
    Options& options() { return options_; }
    Functions& functions() { return functions_; }
    Aliases& aliases() { return aliases_; }
    // For a parser of this shell: its aliases and its posix option.
    ParserOptions parser_options(int first_line = 1) const { return forksh::parser_options(aliases_, options_, first_line); }
    PathCache& path_cache() {
        path_cache_.sync(vars_.path_generation());
        return path_cache_;
    }
    const Traps& traps() const { return traps_; }
    // pushd/popd/dirs (builtins/dirs.cpp): the saved directories, bottom
    // first; the current directory is not in it (it is entry 0 of `dirs`).
    std::vector<std::string>& directory_stack() { return directory_stack_; }
    JobTable& jobs();
    int last_status() const { return vars_.special().last_status; }
    bool interactive() const { return options_.interactive; }

    // Call after changing options() (set -m, set -o trace, ...), so the
    // parts that depend on them (job control, the trace) follow.
    void options_changed();

    // Set a trap and install the matching signal disposition (trap builtin).
    // sig 0 is EXIT. Returns false for a signal that cannot be trapped.
    bool set_trap(int sig, Trap trap);

    // ---- output and messages ----
    Output& out() { return out_; }
    Output& err() { return err_; }
    // "forksh: [script: ]line L: message" to stderr.
    void error(std::string_view message);
    // "forksh: line L: NAME: message"; returns `status`.
    int fail(const builtins::Args& args, std::string_view message, int status = 1);
    // fail() plus the builtin's usage line; returns 2.
    int usage_error(const builtins::Args& args, std::string_view message);

    // ---- running shell code ----
    // eval: parse and run `text`; returns the status of the last command.
    int run_string(std::string_view text);
    // `.` and source: run a file in this shell. `args` (if any) replace the
    // positional parameters while it runs. Returns its status; a missing file
    // is reported and gives 1 (a non-interactive shell then exits, as POSIX says
    // for a special builtin).
    int source_file(const std::string& path, const std::vector<std::string>* args);
    // exit: unwind to the top level (throws ExitRequest).
    [[noreturn]] void exit_shell(int status);
    // The status `exit` with no operand uses: $?, except inside a trap,
    // where it is $? from before the trap ran (POSIX).
    int exit_default_status() const;
    // return, break, continue: recorded here; the executor stops running
    // commands until the function or loop ends. Return false (and print
    // nothing) when there is no function/loop to leave.
    bool request_return(int status);
    bool request_break(int levels);
    bool request_continue(int levels);
    int loop_depth() const;

    // exec with a command: replace the shell's program (execve without fork).
    // Returns only on failure, with the status to use (126/127).
    int exec_replace(const std::vector<std::string>& argv);
    // command NAME ARGS: run a builtin or external command, skipping functions.
    // `use_standard_path` (-p) searches confstr(_CS_PATH).
    int run_command_skipping_functions(const std::vector<std::string>& argv, bool use_standard_path);

    // explain: run `text` in a throwaway copy of the shell whose system calls
    // record instead of acting (shell/sys/dry_run.hpp): its trace records,
    // its output, its status. Nothing outside the copy changes.
    sys::dry_run::Result dry_run(std::string_view text);
    // Full path of an external command via the PATH cache, or nullopt.
    std::optional<std::string> find_command(std::string_view name);

    // fg and bg: continue a stopped job in the foreground (it gets the
    // terminal; returns its status when it ends or stops again) or in the
    // background (returns 0 at once).
    int continue_job(Job& job, bool foreground);
    // True when job control is on (`set -m`; interactive shells by default).
    bool job_control() const;

    // wait: for every child (no operands), or for the given pids / job specs.
    // Returns the status POSIX specifies (127 for an unknown pid).
    int wait_builtin(const builtins::Args& args);

    // The engine, for the front end (main.cpp, repl.cpp) only; builtins do not use it.
    Executor& executor() { return *executor_; }

  private:
    void update_follow();  // options_changed: start or stop the follower (--follow)
    Variables vars_;
    Options options_;
    Functions functions_;
    Aliases aliases_;
    PathCache path_cache_;
    Traps traps_;
    std::vector<std::string> directory_stack_;
    Output out_{1};
    Output err_{2};
    std::unique_ptr<JobTable> jobs_;
    std::unique_ptr<Executor> executor_;
};

}  // namespace forksh
