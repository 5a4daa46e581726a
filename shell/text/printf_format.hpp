// printf_format.hpp: the printf(1) format language, as a pure function.
//
// `printf FORMAT ARGS...` is a small language of its own: conversions
// (%s %b %c %d %i %o %u %x %X %e %E %f %F %g %G %a %A %%), flags (- + space # 0),
// width and precision (also `*`, taken from the arguments), backslash escapes in
// the format (decoded by escapes.hpp, as %b's), and a rule that the format is used again while arguments remain.
// Keeping it free of the shell makes every corner testable with exact strings
// (tests/unit/test_printf_format.cpp). The printf builtin only prints the result.
//
// Floating point goes through snprintf, but never with a user's format: each
// conversion specification is rebuilt here from validated pieces.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace forksh {

struct PrintfResult {
    std::string output;
    // Messages without the "printf: " prefix, e.g. "'abc': invalid number".
    std::vector<std::string> errors;
    // 0; 1 after a bad numeric argument or a bad directive.
    int status = 0;
};

PrintfResult format_printf(std::string_view format, std::span<const std::string> args);

}  // namespace forksh
