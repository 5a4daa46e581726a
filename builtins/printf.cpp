// printf.cpp: the printf builtin. The format language itself lives in
// shell/text/printf_format.cpp (a pure function, unit-tested); this file passes
// the arguments in and writes the result with one write(2).
#include <optional>

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
    "  -v NAME   (bash) assign the result to the variable NAME instead of\n"
    "            printing it: `printf -v n '%05d' 42` is n=$(printf '%05d' 42)\n"
    "            without the child process of $( )\n"
    "Exit status 0; 1 if an argument was not a valid number (printing goes on\n"
    "with the part that was valid) or NAME is readonly; 2 for a usage error or a\n"
    "bad NAME. System call: write(2), none with -v.\n";

namespace {

// `-v NAME` or `-vNAME` (bash): the variable to assign instead of printing.
// Only a first word starting with -v is an option, so every other printf
// line means what it always meant. Returns the index of the format, or 0
// after a usage error (in `status`).
size_t parse_assign_option(Shell& sh, const Args& args, std::optional<std::string>& target, int& status) {
    size_t i = 1;
    if (i < args.count() && args[i].starts_with("-v")) {
        if (args[i].size() > 2) {
            target = args[i].substr(2);
        } else if (i + 1 < args.count()) {
            target = args[++i];
        } else {
            status = sh.usage_error(args, "-v: option requires an argument");
            return 0;
        }
        ++i;
        if (!check_name(sh, args, *target, status, 2)) return 0;
    }
    if (i < args.count() && args[i] == "--") ++i;
    return i;
}

// printf -v: the output up to its first NUL byte (a shell string cannot
// hold one; bash cuts it there too).
int assign_output(Shell& sh, const Args& args, const std::string& name, const PrintfResult& result) {
    std::string value = result.output.substr(0, result.output.find('\0'));
    int status = result.status;
    for (const std::string& e : result.errors) sh.fail(args, e);
    set_variable(sh, args, name, std::move(value), status);
    return status;
}

}  // namespace

int printf(Shell& sh, const Args& args) {
    std::optional<std::string> target;
    int status = 0;
    size_t first = parse_assign_option(sh, args, target, status);
    if (first == 0) return status;
    if (first >= args.count()) return sh.usage_error(args, "missing format");
    std::span<const std::string> rest = args.rest(first + 1);
    PrintfResult result = format_printf(args[first], rest);
    if (target) return assign_output(sh, args, *target, result);
    sh.out().clear_failure();
    sh.out().write(result.output);
    status = finish(sh, args, result.status);
    for (const std::string& e : result.errors) sh.fail(args, e);
    return status;
}

}  // namespace forksh::builtins
