// test_ops.hpp: the primaries that `test` (builtins/test_expr.cpp) and
// bash's `[[ ]]` (shell/exec/cond.cpp) share: the unary file and string
// tests, and the binary comparisons of strings, integers and files. Each
// caller has its own grammar around them. System calls: stat(2), lstat(2),
// faccessat(2) with AT_EACCESS for -r -w -x (the effective ids, as the
// kernel will check them when the file is used), isatty(3) for -t.
#pragma once

#include <string>
#include <string_view>

namespace forksh {

// An operand the operator cannot take: "abc: integer expression expected".
struct TestOperandError {
    std::string message;
};

// -b -c -d -e -f -g -h -k -L -n -N -O -G -p -r -s -S -t -u -w -x -z
bool is_test_unary_op(std::string_view op);
// = == != < > -eq -ne -gt -ge -lt -le -nt -ot -ef
bool is_test_binary_op(std::string_view op);

// `op` (one of is_test_unary_op's) applied to `operand`. Throws
// TestOperandError for -t with no integer.
bool test_unary(std::string_view op, const std::string& operand);

// -nt (newer; an existing file is newer than a missing one, POSIX 2024),
// -ot (older) and -ef (the same device and inode).
bool test_files(const std::string& left, std::string_view op, const std::string& right);

// -eq -ne -gt -ge -lt -le applied to two integers.
bool test_integers(long long left, std::string_view op, long long right);

// An integer operand of `test`: optional blanks, optional sign, decimal
// digits, optional blanks. Throws TestOperandError.
long long test_integer(const std::string& text);

}  // namespace forksh
