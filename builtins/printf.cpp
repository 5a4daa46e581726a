// printf.cpp: the printf builtin. The format language itself lives in
// shell/text/printf_format.cpp (a pure function, unit-tested); this file passes
// the arguments in and writes the result with one write(2).
#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/text/printf_format.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view printf_help =
    "Write the arguments under the control of FORMAT, like C's printf(3).\n"
    "Conversions: %s string, %b string with backslash escapes (\\c stops output),\n"
    "%c first character, %d %i decimal, %o octal, %u unsigned, %x %X hex,\n"
    "%e %E %f %F %g %G %a floating point, %% a percent sign. Flags - + space # 0,\n"
    "a width and a .precision (either may be *, taken from the arguments).\n"
    "FORMAT may contain \\n \\t \\\\ \\NNN (octal) \\xHH and the other C escapes.\n"
    "The format is used again while arguments remain; missing arguments count\n"
    "as \"\" or 0. A numeric argument may be 0x1F (hex), 017 (octal) or 'A\n"
    "(the code of the character A).\n"
    "Exit status 0; 1 if an argument was not a valid number (printing goes on\n"
    "with the part that was valid); 2 for a usage error. System call: write(2).\n";

int printf(Shell& sh, const Args& args) {
    size_t first = 1;
    if (first < args.count() && args[first] == "--") ++first;
    if (first >= args.count()) return sh.usage_error(args, "missing format");
    std::span<const std::string> rest = args.rest(first + 1);
    PrintfResult result = format_printf(args[first], rest);
    sh.out().clear_failure();
    sh.out().write(result.output);
    int status = finish(sh, args, result.status);
    for (const std::string& e : result.errors) sh.fail(args, e);
    return status;
}

}  // namespace forksh::builtins
