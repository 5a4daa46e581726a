// names.hpp: what counts as a name (POSIX XCU 3.216): a word of underscores,
// ASCII letters and digits that does not begin with a digit. Variable names,
// function names, alias-free assignments and arithmetic all use this one
// definition. It is by bytes on purpose: std::isalpha would let a UTF-8
// locale accept letters that dash and bash reject.
// No system calls.
#pragma once

#include <string_view>

namespace forksh {

constexpr bool is_name_start(int c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

constexpr bool is_name_char(int c) { return is_name_start(c) || (c >= '0' && c <= '9'); }

constexpr bool is_valid_name(std::string_view s) {
    if (s.empty() || !is_name_start(static_cast<unsigned char>(s[0]))) return false;
    for (char c : s.substr(1))
        if (!is_name_char(static_cast<unsigned char>(c))) return false;
    return true;
}

}  // namespace forksh
