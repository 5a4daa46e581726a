// visible.hpp: text that came from another process (a command line, a file
// name from /proc), made safe to print on a terminal: a control byte (an
// ESC that would start an escape sequence, a newline that would break a
// line) and a byte that is not valid UTF-8 (0x9b is a one-byte CSI on some
// terminals) are shown as a backslash and three octal digits, \033. Valid
// UTF-8 text is left as it is. ptree and pinfo print everything from /proc
// through this one function.
#pragma once

#include <string>
#include <string_view>

namespace forksh {

std::string visible(std::string_view text);

}  // namespace forksh
