// true.cpp: `true`, `false` and `:`, the builtins that only set a status.
// No system calls: they exist so that `while true`, `if false` and
// `: ${VAR:=default}` need no process.
#include "builtins/list.hpp"

namespace forksh::builtins {

const std::string_view true_help =
    "Do nothing, successfully: exit status 0.\n"
    "Used as an endless loop condition: `while true; do ...; done`.\n";

const std::string_view false_help =
    "Do nothing, unsuccessfully: exit status 1.\n";

const std::string_view colon_help =
    "Do nothing; the arguments are expanded and then ignored. Exit status 0.\n"
    "Useful for side effects of expansion: `: ${DIR:=/tmp}` sets DIR if it is unset.\n"
    "A special builtin: an assignment before it (`X=1 :`) stays in the shell.\n";

int true_(Shell&, const Args&) { return 0; }
int false_(Shell&, const Args&) { return 1; }
int colon(Shell&, const Args&) { return 0; }

}  // namespace forksh::builtins
