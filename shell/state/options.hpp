// options.hpp: the shell's options (`set -e`, `set -o pipefail`, ...).
// One table describes every option once: its letter (if any), its long
// name, and where it is stored; `set -o`, `set +o`, `$-` and option parsing
// all read that table.
#pragma once

#include "shell/sys/sys.hpp"

#include <span>
#include <string>
#include <string_view>

namespace forksh {

// set -o spawn=...: the one enum for it lives with the calls (sys.hpp).
using SpawnMethod = sys::SpawnMethod;

struct Options {
    bool allexport = false;    // -a
    bool braceexpand = true;   // -B: bash's brace expansion (never in strict POSIX mode)
    bool notify = false;       // -b: report finished background jobs at once
    bool noclobber = false;    // -C: `>` refuses to overwrite an existing file
    bool errexit = false;      // -e
    bool noglob = false;       // -f
    bool hashall = true;       // -h (always on: PATH lookups are remembered)
    bool interactive = false;  // -i
    bool monitor = false;      // -m: job control
    bool noexec = false;       // -n
    bool stdin_commands = false;  // -s
    bool nounset = false;      // -u
    bool verbose = false;      // -v
    bool xtrace = false;       // -x
    bool ignoreeof = false;
    bool pipefail = false;
    bool vi = false;
    bool emacs = true;
    bool trace = false;        // teaching trace of system calls (forksh)
    bool explain = false;      // trace with a sentence for each new kind of event
    bool subreaper = false;    // PR_SET_CHILD_SUBREAPER: adopt orphaned descendants
    bool follow = false;       // --follow: the trace follows every descendant (ptrace)
    bool nolog = false;        // POSIX, accepted and ignored
    bool privileged = false;   // -p: keep the effective uid/gid when they differ from the real ones
    // Strict POSIX: every extension that would change what a POSIX program
    // means is off (brace expansion, `[[`, `function`, `&>`...). On when
    // started as `sh`, with --posix, or by `set -o posix`.
    bool posix = false;
    SpawnMethod spawn = SpawnMethod::Vfork;  // -o spawn=vfork|posix_spawn|fork
    // shopt (bash): pathname expansion's options, apart from set -o's table
    // as in bash. All off: what POSIX says a pattern does stays the default.
    bool dotglob = false;     // `*` also matches names starting with `.`
    bool extglob = false;     // ?(a|b) *(..) +(..) @(..) !(..) in every pattern
    bool failglob = false;    // a pattern that matches nothing is an error
    bool globstar = false;    // `**` matches any number of directories
    bool nocaseglob = false;  // patterns ignore case (ASCII letters)
    bool nullglob = false;    // a pattern that matches nothing is removed
};

struct OptionInfo {
    char letter;  // '\0' when there is none
    std::string_view name;
    bool Options::*field;
};

std::span<const OptionInfo> option_table();
const OptionInfo* find_option(std::string_view name);
const OptionInfo* find_option(char letter);
// shopt's options (letter '\0'), sorted by name.
std::span<const OptionInfo> shopt_table();
const OptionInfo* find_shopt(std::string_view name);

// Options with a value, written NAME=VALUE (`set -o spawn=fork`).
enum class ValuedOption { NotValued, Set, BadValue };
// Sets the option `text` names; NotValued when it has no `=` or an unknown name.
ValuedOption set_valued_option(Options& options, std::string_view text);
// For `set -o` and `set +o`: each valued option's name and current value.
struct ValuedOptionValue {
    std::string_view name;
    std::string_view value;
};
std::span<const ValuedOptionValue> valued_options(const Options& options);
std::string_view spawn_method_name(SpawnMethod method);

// The value of $-: the letters of the options that are on.
std::string option_letters(const Options& options);

}  // namespace forksh
