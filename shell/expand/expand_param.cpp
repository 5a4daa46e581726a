// expand_param.cpp: ${#x} and the prefix/suffix removal operators. No system calls.
#include "shell/expand/expand_param.hpp"

#include "shell/text/pattern.hpp"

namespace forksh {

// Characters: a valid UTF-8 sequence counts one; any byte that is not part
// of one (a stray continuation byte like \251, a cut sequence) counts one
// by itself, as in dash and bash.
size_t param_length(std::string_view value) {
    size_t count = 0;
    for (size_t i = 0; i < value.size(); ++count) {
        unsigned char c = static_cast<unsigned char>(value[i]);
        size_t n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 1;
        size_t k = 1;
        while (k < n && i + k < value.size() && (static_cast<unsigned char>(value[i + k]) & 0xC0) == 0x80) ++k;
        i += k == n ? n : 1;
    }
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
