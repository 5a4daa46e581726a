// let: evaluate arithmetic expressions, one per argument (bash, ksh).
// No system calls. `let EXPR` is `((EXPR))` as a command whose words are
// expanded first: `let x=x+1 "y = 2"`. The status comes from the last
// argument: 0 when its value is not zero, 1 when it is zero or wrong.
#include "builtins/list.hpp"
#include "shell/base/diag.hpp"
#include "shell/expand/arith.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view let_help =
    "Evaluate each ARG as an arithmetic expression, as in $((ARG)), left to right.\n"
    "Assignments stay in the shell: `let i=i+1` or `let i++`.\n"
    "Quote an argument with spaces or * in it: `let \"x = 2 * 3\"`.\n"
    "Exit status: 0 if the last ARG is not zero, 1 if it is zero or an expression is wrong.\n"
    "A bash extension: POSIX scripts write i=$((i + 1)).\n";

int let(Shell& sh, const Args& args) {
    if (args.count() < 2) return sh.fail(args, "expression expected (try: let 'x = 1 + 2')");
    ShellArithVariables vars(sh.vars());
    int64_t value = 0;
    for (const std::string& expr : args.rest()) {
        try {
            value = arith_eval(expr, vars, {}, ArithDialect{!sh.options().posix, !sh.options().posix});
        } catch (const ShellError& e) {
            return sh.fail(args, e.what());
        }
    }
    return value != 0 ? 0 : 1;
}

}  // namespace forksh::builtins
