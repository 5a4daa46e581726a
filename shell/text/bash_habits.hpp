// bash_habits.hpp: one-line hints for bash constructs that a POSIX shell
// reads differently (`arr=(a b)`, `function f {`, `[[`, `{1..3}`). They are
// only ever added to an error that happens anyway: what a POSIX script does
// never changes. forksh has arrays, `function`, `[[` and brace expansion in
// bash's dialect, so these hints are seen in strict POSIX mode (or set +B).
#pragma once

#include <string>
#include <string_view>

namespace forksh {

enum class BashHabit { Array, FunctionKeyword, DoubleBracket, BraceRange, ShoptOption };

// The hint, without parentheses: "arrays are a bash extension; ...".
std::string_view bash_habit_hint(BashHabit habit);

// For "NAME: command not found": " (HINT)" when NAME is `[[` or looks like a
// brace range such as `{1..3}` or `{a..e}`; " (try `help fork`)" when NAME is
// a concept topic of help (shell/text/help_topics.hpp); else "".
std::string bash_habit_suffix_for_command(std::string_view name);

}  // namespace forksh
