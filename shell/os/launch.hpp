// launch.hpp: the one launch decision: how the shell starts a command.
//
// The executor (shell/exec) makes this decision and records it in the
// trace (a `launch` record, with its reason as a code); explain shows that
// record from a dry run of the executor itself, so the two cannot drift
// apart. The decision is a pure function of a few facts the executor finds
// out (what the command name is, whether there are redirections, whether
// job control is on, whether the command is the last thing a child has to
// do), so it can be unit-tested on its own.
// System calls: stat(2) in open_misfit, nothing else.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shell/state/functions.hpp"
#include "shell/state/options.hpp"
#include "shell/syntax/ast.hpp"

namespace forksh {

enum class Launch {
    InShell,      // builtin, function, assignment, { }, if...: no new process
    Spawn,        // vfork or posix_spawn: child and program in one step, no copy
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

// Why a command starts the way it does. A code, not words: the executor
// records it with the decision (a `launch` trace record), and the teach
// layer (shell/teach/launch_words.cpp) says it in words for explain and
// the timeline. The first group explains a whole decision; the second why
// redirections keep a program from being spawned.
enum class LaunchReason {
    InShell,                  // builtin, function, assignment, compound command
    NotFound,
    SubshellInChildTail,      // ( ) as all a child has left to do
    SubshellForks,
    ChildHasNothingElse,      // exec in place
    SpawnSetToFork,           // set -o spawn=fork
    WordsNeedChild,           // a pipeline stage's words have side effects
    PosixSpawnCannotIgnore,   // a signal must be ignored, posix_spawn cannot
    BackgroundNeedsIgnore,    // ... a script's background job (SIGINT, SIGQUIT)
    PosixSpawnDoesAll,
    VforkDoesAll,
    // redirections that a spawned child does not do
    HereDocument,
    Noclobber,
    RedirectWordNeedsChild,
    CopiesClosedFd,
    BadFdNumber,
    FdNotOpen,
    EmptyFileName,
    WordDidNotExpand,
    CannotOpen,
    WritesDirectory,
    OpenMayBlock,
};
// "vfork-does-all", ...: the code as a trace record writes it.
std::string_view reason_code(LaunchReason reason);

struct LaunchContext {
    CommandKind kind = CommandKind::External;
    bool has_redirects = false;  // redirections must be done in the child, before execve
    // ... and the spawned child's steps (open, dup2, close) can do them all;
    // when not, `redirects_misfit` says why (redirects_fit tells).
    bool redirects_fit = true;
    LaunchReason redirects_misfit = LaunchReason::VforkDoesAll;
    bool job_control = false;    // setpgid/tcsetpgrp must be done in the child
    bool in_child_tail = false;  // the last thing an already forked child does
    // A stage of a pipeline or a background job: today a forked child would
    // expand its words; a spawned child needs them expanded by the shell first,
    // which is only the same when the words have no side effects.
    bool pipeline_stage = false;
    bool words_pure = true;
    // A spawned child can give the program the signal dispositions it must have
    // (signals::spawn_defaults); rarely not, e.g. a signal the shell catches
    // for itself that it received ignored, or a background job of a script,
    // which must ignore SIGINT and SIGQUIT (posix_spawn sets signals to the
    // default, never to ignored). The vfork child can always.
    bool spawn_sets_signals = true;
    bool background_without_job_control = false;  // which reason a posix_spawn refusal gives
    SpawnMethod method = SpawnMethod::Vfork;  // set -o spawn=...
};

struct LaunchDecision {
    Launch launch;
    LaunchReason why;
};

LaunchDecision decide_launch(const LaunchContext& context);

// Whether a spawned child's steps can do these redirections, judged from
// the words as written (the executor then checks the expanded targets with
// open_misfit): here-documents need the shell to write the text,
// `set -C` needs a check before the open, and a word with $( ) or ${x=...}
// must be expanded by the child, as today. The reason when not.
struct RedirectsFit {
    bool fit = true;
    LaunchReason why = LaunchReason::VforkDoesAll;  // when not
};
RedirectsFit redirects_fit(const std::vector<ast::Redirect>& redirects, bool noclobber);
// A word whose expansion changes nothing and runs nothing (no $( ), $(( )),
// ${x=...}, ${x?...}): the shell may expand it instead of the child.
bool word_is_pure(const ast::Word& word);
// A spawned child opens a file while the shell waits (it is a vfork):
// a FIFO or a device could block that open, and the shell with it; and when
// the open will fail, a forked child says so the way it always has. Nothing
// for a regular file, a directory to read, a name that does not exist yet
// (to be created), and /dev/null-like memory devices; else the reason.
std::optional<LaunchReason> open_misfit(const std::string& path, bool creates);

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

// "spawn", "fork-exec", ...: the code a `launch` record writes.
std::string_view launch_code(Launch launch);

}  // namespace forksh
