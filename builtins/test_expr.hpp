// test_expr.hpp: the expression language of `test` and `[`, as a function of
// the argument words (after the shell expanded them), so it can be unit-tested.
//
// POSIX decides by the number of arguments for 0 to 4 of them (that is what
// makes `test "$x" = y` safe even when $x is "!" or "-n"); with more, a
// recursive-descent parser handles ! -a -o and ( ), with -a binding tighter
// than -o. File tests call stat(2), lstat(2), faccessat(2) and isatty(3).
#pragma once

#include <span>
#include <string>

namespace forksh::builtins {

struct TestOutcome {
    int status = 1;     // 0 true, 1 false, 2 error
    std::string error;  // for status 2: "abc: integer expression expected"
};

TestOutcome evaluate_test(std::span<const std::string> args);

}  // namespace forksh::builtins
