// expand_param.cpp: ${#x}, the prefix/suffix removal operators, and bash's
// substring, replacement and case operators. No system calls.
#include "shell/expand/expand_param.hpp"

#include <cwctype>
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
std::string_view remove_prefix(std::string_view value, std::string_view pattern, bool longest, unsigned flags) {
    if (!has_glob_chars(pattern, flags)) {
        std::string literal = pattern_unescape(pattern);
        return value.starts_with(literal) ? value.substr(literal.size()) : value;
    }
    const size_t n = value.size();
    if (!multibyte_locale()) {  // every byte is a cut: no list needed
        if (longest) {
            for (size_t i = n + 1; i-- > 0;)
                if (pattern_match(pattern, value.substr(0, i), flags)) return value.substr(i);
        } else {
            for (size_t i = 0; i <= n; ++i)
                if (pattern_match(pattern, value.substr(0, i), flags)) return value.substr(i);
        }
        return value;
    }
    const std::vector<size_t> cuts = cut_points(value);
    if (longest) {
        for (size_t k = cuts.size(); k-- > 0;)
            if (pattern_match(pattern, value.substr(0, cuts[k]), flags)) return value.substr(cuts[k]);
    } else {
        for (size_t i : cuts)
            if (pattern_match(pattern, value.substr(0, i), flags)) return value.substr(i);
    }
    return value;
}

std::string_view remove_suffix(std::string_view value, std::string_view pattern, bool longest, unsigned flags) {
    if (!has_glob_chars(pattern, flags)) {
        std::string literal = pattern_unescape(pattern);
        return value.ends_with(literal) ? value.substr(0, value.size() - literal.size()) : value;
    }
    const size_t n = value.size();
    if (!multibyte_locale()) {
        if (longest) {
            for (size_t i = 0; i <= n; ++i)
                if (pattern_match(pattern, value.substr(i), flags)) return value.substr(0, i);
        } else {
            for (size_t i = n + 1; i-- > 0;)
                if (pattern_match(pattern, value.substr(i), flags)) return value.substr(0, i);
        }
        return value;
    }
    const std::vector<size_t> cuts = cut_points(value);
    if (longest) {
        for (size_t i : cuts)
            if (pattern_match(pattern, value.substr(i), flags)) return value.substr(0, i);
    } else {
        for (size_t k = cuts.size(); k-- > 0;)
            if (pattern_match(pattern, value.substr(cuts[k]), flags)) return value.substr(0, cuts[k]);
    }
    return value;
}

bool slice_bounds(int64_t size, int64_t offset, std::optional<int64_t> length, int64_t& first, int64_t& count) {
    if (offset < 0) offset += size;
    if (offset < 0 || offset > size) {  // out of range: nothing, and no error
        first = size;
        count = 0;
        return true;
    }
    first = offset;
    int64_t end = size;
    if (length) {
        end = *length >= 0 ? (*length > size - offset ? size : offset + *length) : size + *length;
        if (end < offset) return false;
    }
    count = end - offset;
    return true;
}

std::optional<std::string> substring(std::string_view value, int64_t offset, std::optional<int64_t> length) {
    const std::vector<size_t> cuts = cut_points(value);
    int64_t first = 0;
    int64_t count = 0;
    if (!slice_bounds(static_cast<int64_t>(cuts.size()) - 1, offset, length, first, count)) return std::nullopt;
    size_t begin = cuts[static_cast<size_t>(first)];
    return std::string(value.substr(begin, cuts[static_cast<size_t>(first + count)] - begin));
}

namespace {

// The replacement with `&` as the match and backslashes taken away.
void append_replacement(std::string_view replacement, std::string_view match, std::string& out) {
    for (size_t i = 0; i < replacement.size(); ++i) {
        char c = replacement[i];
        if (c == '\\' && i + 1 < replacement.size()) {
            out += replacement[++i];
        } else if (c == '&') {
            out += match;
        } else {
            out += c;
        }
    }
}

// The longest match of `pattern` starting at cuts[k], as an index into cuts.
std::optional<size_t> longest_match_at(std::string_view value, std::string_view pattern,
                                       const std::vector<size_t>& cuts, size_t k, unsigned flags) {
    for (size_t e = cuts.size(); e-- > k;)
        if (pattern_match(pattern, value.substr(cuts[k], cuts[e] - cuts[k]), flags)) return e;
    return std::nullopt;
}

}  // namespace

std::string replace_pattern(std::string_view value, std::string_view pattern, std::string_view replacement,
                            ReplaceWhere where, unsigned flags) {
    const std::vector<size_t> cuts = cut_points(value);
    std::string out;
    if (where == ReplaceWhere::Prefix || where == ReplaceWhere::Suffix) {
        // Anchored: an empty pattern matches the empty text there, so
        // ${x/#/pre} puts `pre` in front (as bash does).
        if (where == ReplaceWhere::Prefix) {
            std::optional<size_t> e = longest_match_at(value, pattern, cuts, 0, flags);
            if (!e) return std::string(value);
            append_replacement(replacement, value.substr(0, cuts[*e]), out);
            out += value.substr(cuts[*e]);
            return out;
        }
        for (size_t k = 0; k < cuts.size(); ++k) {
            if (!pattern_match(pattern, value.substr(cuts[k]), flags)) continue;
            out = value.substr(0, cuts[k]);
            append_replacement(replacement, value.substr(cuts[k]), out);
            return out;
        }
        return std::string(value);
    }
    if (pattern.empty()) return std::string(value);
    if (value.empty()) {  // x=; ${x/*/y} is y in bash: the empty match counts there
        if (pattern_match(pattern, value, flags)) append_replacement(replacement, value, out);
        return out;
    }
    size_t copied = 0;  // value[0, copied) is in out
    for (size_t k = 0; k + 1 < cuts.size();) {
        std::optional<size_t> e = longest_match_at(value, pattern, cuts, k, flags);
        if (!e || *e == k) {  // no match here, or only an empty one: go on
            ++k;
            continue;
        }
        out += value.substr(copied, cuts[k] - copied);
        append_replacement(replacement, value.substr(cuts[k], cuts[*e] - cuts[k]), out);
        copied = cuts[*e];
        if (where == ReplaceWhere::First) break;
        k = *e;
    }
    out += value.substr(copied);
    return out;
}

namespace {
void append_utf8(uint32_t code, std::string& out) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}
}  // namespace

std::string change_case(std::string_view value, std::string_view pattern, bool upper, bool all) {
    std::string out;
    out.reserve(value.size());
    bool changed_one = false;
    for (size_t i = 0; i < value.size();) {
        size_t len = 1;
        uint32_t code = decode_char(value, i, len);
        std::string_view ch = value.substr(i, len);
        bool wanted = (all || !changed_one) && (pattern.empty() || pattern_match(pattern, ch));
        if (!all && i == 0) changed_one = true;  // ${x^}: only the first character is looked at
        if (wanted && (len > 1 || code < 0x80 || !multibyte_locale())) {
            uint32_t mapped = code;
            if (multibyte_locale())
                mapped = static_cast<uint32_t>(upper ? std::towupper(static_cast<wint_t>(code))
                                                     : std::towlower(static_cast<wint_t>(code)));
            else
                mapped = static_cast<unsigned char>(upper ? std::toupper(static_cast<int>(code))
                                                          : std::tolower(static_cast<int>(code)));
            if (multibyte_locale())
                append_utf8(mapped, out);
            else
                out += static_cast<char>(mapped);
        } else {
            out += ch;
        }
        i += len;
    }
    return out;
}

}  // namespace forksh
