// expand_param.cpp: ${#x} and the prefix/suffix removal operators. No system calls.
#include "shell/expand/expand_param.hpp"

#include "shell/text/pattern.hpp"

namespace forksh {

size_t param_length(std::string_view value) {
    size_t count = 0;
    for (char c : value)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

// Each candidate cut is tried with the full matcher: O(n) matches of at
// most O(n * m) each. A pattern without wildcards is compared directly.
std::string_view remove_prefix(std::string_view value, std::string_view pattern, bool longest) {
    if (!has_glob_chars(pattern)) {
        std::string literal = pattern_unescape(pattern);
        return value.starts_with(literal) ? value.substr(literal.size()) : value;
    }
    const size_t n = value.size();
    if (longest) {
        for (size_t i = n + 1; i-- > 0;)
            if (pattern_match(pattern, value.substr(0, i))) return value.substr(i);
    } else {
        for (size_t i = 0; i <= n; ++i)
            if (pattern_match(pattern, value.substr(0, i))) return value.substr(i);
    }
    return value;
}

std::string_view remove_suffix(std::string_view value, std::string_view pattern, bool longest) {
    if (!has_glob_chars(pattern)) {
        std::string literal = pattern_unescape(pattern);
        return value.ends_with(literal) ? value.substr(0, value.size() - literal.size()) : value;
    }
    const size_t n = value.size();
    if (longest) {
        for (size_t i = 0; i <= n; ++i)
            if (pattern_match(pattern, value.substr(i))) return value.substr(0, i);
    } else {
        for (size_t i = n + 1; i-- > 0;)
            if (pattern_match(pattern, value.substr(i))) return value.substr(0, i);
    }
    return value;
}

}  // namespace forksh
