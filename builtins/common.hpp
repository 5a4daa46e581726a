// common.hpp: small helpers shared by the builtins (quoting for re-readable
// output, strict number parsing, write-error reporting). Builtins only.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "builtins/builtin.hpp"

namespace forksh {
class Shell;
struct Job;
struct Variable;
}

namespace forksh::builtins {

// 'text' in single quotes, each ' written as '\'' : the shell reads it back
// as exactly `text` (used by set, export -p, alias, trap).
std::string shell_quote(std::string_view text);

// bash's quoting for declare -p (and the arrays `set` lists): "value" with
// \ " $ ` escaped, or $'...' when it holds a control character.
std::string declare_quote(std::string_view value);
// An array's value as bash prints it: ([0]="x" [1]="y"), ([key]="v" ).
std::string array_text(const Variable& var);
// declare -p's line for a variable: `declare -ax a=([0]="x")`.
std::string declaration(const std::string& name, const Variable& var);

// A decimal integer with an optional sign and nothing else; false when
// `text` is not one or does not fit in a long long.
bool parse_decimal(std::string_view text, long long& value);

// -u FD (read, mapfile): a descriptor number that is open now (fcntl
// F_GETFD), stored in `fd`. On failure, bash's message for it (status 1).
std::optional<std::string> parse_fd_operand(const std::string& text, int& fd);

// End a builtin: when a write to standard output failed (`echo hi >&-`,
// a closed pipe), report it as bash does ("echo: write error: Bad file
// descriptor") and return 1; otherwise return `status`.
int finish(Shell& sh, const Args& args, int status);

// Like sh.fail(), but never ends the shell: Shell::fail() exits a
// non-interactive shell when the builtin is a special one (POSIX 2.8.1);
// use this for errors after which dash carries on (trap with a bad signal).
int soft_fail(Shell& sh, const Args& args, std::string_view message, int status = 1);

// Variable operands (export, readonly, unset, local, read, getopts), reported
// as dash and bash word it. check_name: false after "NAME: bad variable name";
// set_variable: assigns, false after "NAME: readonly variable". Either puts
// `fail_status` in `status` when it fails (a special builtin's error may
// also end a script: Shell::fail).
bool check_name(Shell& sh, const Args& args, const std::string& name, int& status, int fail_status = 1);
bool set_variable(Shell& sh, const Args& args, const std::string& name, std::string value, int& status,
                  int fail_status = 1);
int fail_readonly(Shell& sh, const Args& args, const std::string& name, int fail_status = 1);

// The job `spec` names (%1 %+ %- %% %name %?text, or a bare 1 or name, read by
// JobTable::resolve); "" is the current job. When there is none, reports why
// ("%9: no such job"; for "" the `no_current` hint when given, else "no current
// job"), puts the failure status in `status` and returns nullptr.
Job* select_job(Shell& sh, const Args& args, std::string_view spec, int& status,
                std::string_view no_current = {});

// Options in the usual style: `-abc` is -a -b -c, `--` ends them, a lone `-`
// or a word not starting with '-' is an operand. `with_arg` lists the letters
// that take an argument (`-p PROMPT` or `-pPROMPT`). Calls `on(letter, arg)`
// for each; returns the index of the first operand, or 0 after reporting an
// unknown option or a missing argument (usage error, status 2).
template <typename F>
size_t parse_options(Shell& sh, const Args& args, std::string_view letters, std::string_view with_arg, F on,
                     int& status);

}  // namespace forksh::builtins

#include "builtins/common_impl.hpp"
