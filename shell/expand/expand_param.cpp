// expand_param.cpp: ${#x} and the prefix/suffix removal operators. No system calls.
#include "shell/expand/expand_param.hpp"

#include <vector>

#include "shell/text/charset.hpp"
#include "shell/text/pattern.hpp"

namespace forksh {

size_t param_length(std::string_view value) { return char_count(value); }

namespace {
// The places a value may be cut: every byte in a single-byte locale, only
// character boundaries in UTF-8 (a cut never splits a character).
std::vector<size_t> cut_points(std::string_view value) {
    std::vector<size_t> cuts;
    cuts.reserve(value.size() + 1);
    for (size_t i = 0; i < value.size(); i += char_length(value, i)) cuts.push_back(i);
    cuts.push_back(value.size());
    return cuts;
}
}  // namespace

// Each candidate cut is tried with the full matcher: O(n) matches of at
// most O(n * m) each. A pattern without wildcards is compared directly.
std::string_view remove_prefix(std::string_view value, std::string_view pattern, bool longest) {
    if (!has_glob_chars(pattern)) {
        std::string literal = pattern_unescape(pattern);
        return value.starts_with(literal) ? value.substr(literal.size()) : value;
    }
    const size_t n = value.size();
    if (!multibyte_locale()) {  // every byte is a cut: no list needed
        if (longest) {
            for (size_t i = n + 1; i-- > 0;)
                if (pattern_match(pattern, value.substr(0, i))) return value.substr(i);
        } else {
            for (size_t i = 0; i <= n; ++i)
                if (pattern_match(pattern, value.substr(0, i))) return value.substr(i);
        }
        return value;
    }
    const std::vector<size_t> cuts = cut_points(value);
    if (longest) {
        for (size_t k = cuts.size(); k-- > 0;)
            if (pattern_match(pattern, value.substr(0, cuts[k]))) return value.substr(cuts[k]);
    } else {
        for (size_t i : cuts)
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
    if (!multibyte_locale()) {
        if (longest) {
            for (size_t i = 0; i <= n; ++i)
                if (pattern_match(pattern, value.substr(i))) return value.substr(0, i);
        } else {
            for (size_t i = n + 1; i-- > 0;)
                if (pattern_match(pattern, value.substr(i))) return value.substr(0, i);
        }
        return value;
    }
    const std::vector<size_t> cuts = cut_points(value);
    if (longest) {
        for (size_t i : cuts)
            if (pattern_match(pattern, value.substr(i))) return value.substr(0, i);
    } else {
        for (size_t k = cuts.size(); k-- > 0;)
            if (pattern_match(pattern, value.substr(cuts[k]))) return value.substr(0, cuts[k]);
    }
    return value;
}

}  // namespace forksh
