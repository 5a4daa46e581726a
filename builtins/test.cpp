// test.cpp: `test` and `[`. The expression evaluator is in
// builtins/test_expr.cpp (unit-tested); this file checks `[`'s closing `]`
// and reports errors. System calls: stat(2), lstat(2), faccessat(2), isatty(3).
#include "builtins/list.hpp"
#include "builtins/test_expr.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

namespace {
constexpr std::string_view test_text =
    "Evaluate a condition; exit status 0 if true, 1 if false, 2 on an error.\n"
    "`[ EXPR ]` is the same as `test EXPR` (the last word must be `]`).\n"
    "Strings:  -n S (not empty)  -z S (empty)  S1 = S2  S1 != S2  S1 < S2  S1 > S2\n"
    "Integers: N1 -eq N2, -ne, -gt, -ge, -lt, -le\n"
    "Files (stat(2), lstat(2)): -e exists, -f regular file, -d directory, -h/-L\n"
    "  symbolic link, -b block device, -c character device, -p FIFO, -S socket,\n"
    "  -s not empty, -u setuid, -g setgid, -k sticky; F1 -nt F2 (newer),\n"
    "  F1 -ot F2 (older), F1 -ef F2 (same file: same device and inode)\n"
    "Access (faccessat(2)): -r readable, -w writable, -x executable\n"
    "-t FD: FD is a terminal (isatty(3)).\n"
    "Combine with ! EXPR, EXPR1 -a EXPR2 (and), EXPR1 -o EXPR2 (or), ( EXPR ).\n"
    "Quote variables: [ \"$x\" = y ] still works when $x is empty.\n";
}  // namespace

const std::string_view test_help = test_text;
const std::string_view bracket_help = test_text;

namespace {
int run(Shell& sh, const Args& args, std::span<const std::string> words) {
    TestOutcome r = evaluate_test(words);
    if (r.status == 2) return sh.fail(args, r.error, 2);
    return r.status;
}
}  // namespace

int test(Shell& sh, const Args& args) { return run(sh, args, args.rest()); }

int bracket(Shell& sh, const Args& args) {
    if (args.count() < 2 || args[args.count() - 1] != "]") return sh.fail(args, "missing ']'", 2);
    std::span<const std::string> words = args.rest();
    return run(sh, args, words.first(words.size() - 1));
}

}  // namespace forksh::builtins
