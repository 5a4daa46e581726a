// launch.hpp: the one launch decision: how the shell starts a command.
//
// The executor (shell/exec) runs this decision and `explain`
// (builtins/teach/explain.cpp) reports it, so the two cannot drift apart.
// It lives here, below the executor, because builtins may include this layer
// but never shell/exec: the decision is a pure function of a few facts that
// each caller finds out for itself (what the command name is, whether there
// are redirections, whether job control is on, whether the command is the
// last thing a child has to do), and needs no executor state.
// System calls: none.
#pragma once

#include <string_view>

#include "shell/state/functions.hpp"
#include "shell/syntax/ast.hpp"

namespace forksh {

enum class Launch {
    InShell,      // builtin, function, assignment, { }, if...: no new process
    Spawn,        // posix_spawn: child and program in one call
    ForkExec,     // fork, the child sets up (redirections, setpgid), then execve
    ExecInPlace,  // execve in this process: a child with nothing left to do
    Fork,         // fork, and the child runs shell code: ( ), a pipeline stage
    NotFound,     // not a builtin, function or program: nothing starts, $? = 127
};

enum class CommandKind {
    Assignments,  // no command word: only assignments and/or redirections
    Builtin,      // a builtin (special or regular)
    Function,
    External,     // a program found in PATH (or a name with a slash)
    NotFound,
    Subshell,     // ( list )
    Compound,     // { }, if, while, until, for, case, a function definition
};

struct LaunchContext {
    CommandKind kind = CommandKind::External;
    bool has_redirects = false;  // redirections must be done in the child, before execve
    bool job_control = false;    // setpgid/tcsetpgrp must be done in the child
    bool in_child_tail = false;  // the last thing an already forked child does
    // posix_spawn can give the program the signal dispositions it must have
    // (signals::spawn_defaults); rarely not, e.g. a signal the shell catches
    // for itself that it received ignored.
    bool spawn_sets_signals = true;
};

Launch choose_launch(const LaunchContext& context);

// May the last command of `list`, run by a forked child, take the child's
// place (exec in place, or a ( ) run without another fork)? Only when it is
// a lone command (no &, &&, ||, !, |) and no EXIT trap must run after it.
bool child_tail_ok(const ast::List& list, bool exit_trap_set);

// $(< file): a command substitution that is only an input redirection (a
// bash and ksh shorthand for $(cat file)): the shell opens and reads the file
// itself, no fork. The redirection, or nullptr for any other body.
const ast::Redirect* substitution_reads_file(const ast::List& body);

// $(echo hi): may the shell run this command substitution itself, with no
// fork, its stdout captured in memory? Only when nobody could tell it from a
// fork: every command of `body` (a list of `;`, `&&`, `||`, `!`, no `&`,
// no `|`) is one of the builtins that only write to stdout or stderr and
// give a status (`:`, echo, false, printf, pwd, true; no function of that
// name), with no assignment before it, no redirection, and words whose
// expansion changes nothing in the shell and sees no process (no ${x=w},
// ${x?w}, $((...)), $RANDOM, $-; $x and a nested $(...) that passes this
// test too only inside "...": unquoted, or with * ? [, a word is matched
// against file names, and /proc/self/task/* would name the shell).
// Not test or [: `[ -t 1 ]` and `[ -p /dev/stdout ]` look at fd 1, a pipe
// in a child. The executor still does what a child would on an error or
// `set -e` (shell/exec/subst_in_shell.cpp).
bool substitution_runs_in_shell(const ast::List& body, const Functions& functions);

// What the trace and explain call that launch.
inline constexpr std::string_view substitution_in_shell_text = "no fork: only builtins";

// "fork + execve", "posix_spawn", ...: for explain and the tests.
std::string_view launch_text(Launch launch);

}  // namespace forksh
