// pattern.cpp: the shell pattern matcher (XCU 2.13.1 and 2.13.2). No system calls.
#include "shell/text/pattern.hpp"

#include <cctype>

namespace forksh {

namespace {

constexpr size_t npos = std::string_view::npos;

bool class_matches(std::string_view name, unsigned char c, bool& known) {
    known = true;
    if (name == "alpha") return std::isalpha(c);
    if (name == "digit") return std::isdigit(c);
    if (name == "alnum") return std::isalnum(c);
    if (name == "upper") return std::isupper(c);
    if (name == "lower") return std::islower(c);
    if (name == "space") return std::isspace(c);
    if (name == "blank") return c == ' ' || c == '\t';
    if (name == "punct") return std::ispunct(c);
    if (name == "print") return std::isprint(c);
    if (name == "graph") return std::isgraph(c);
    if (name == "cntrl") return std::iscntrl(c);
    if (name == "xdigit") return std::isxdigit(c);
    known = false;
    return false;
}

// One character of a bracket expression at pattern[i] (maybe escaped, maybe
// a collating symbol [.c.] or equivalence class [=c=], which we take as the
// single character c). Advances i past it.
unsigned char bracket_char(std::string_view pattern, size_t& i) {
    char ch = pattern[i];
    if (ch == '\\' && i + 1 < pattern.size()) {
        i += 2;
        return static_cast<unsigned char>(pattern[i - 1]);
    }
    if (ch == '[' && i + 4 < pattern.size() && (pattern[i + 1] == '.' || pattern[i + 1] == '=') &&
        pattern[i + 3] == pattern[i + 1] && pattern[i + 4] == ']') {
        i += 5;
        return static_cast<unsigned char>(pattern[i - 3]);
    }
    ++i;
    return static_cast<unsigned char>(ch);
}

// The bracket expression starting at pattern[p] == '['. Returns the index just
// past its closing `]`, or npos when there is none (the `[` is then literal);
// `matched` says whether it matches c.
size_t match_bracket(std::string_view pattern, size_t p, unsigned char c, bool& matched) {
    size_t n = pattern.size();
    size_t i = p + 1;
    bool negate = false;
    if (i < n && (pattern[i] == '!' || pattern[i] == '^')) {
        negate = true;
        ++i;
    }
    bool found = false;
    bool first = true;
    while (i < n) {
        char ch = pattern[i];
        if (ch == ']' && !first) {
            matched = found != negate;
            return i + 1;
        }
        first = false;
        if (ch == '[' && i + 1 < n && pattern[i + 1] == ':') {
            size_t end = pattern.find(":]", i + 2);
            if (end != npos) {
                bool known = false;
                if (class_matches(pattern.substr(i + 2, end - i - 2), c, known)) found = true;
                i = end + 2;
                continue;
            }
        }
        unsigned char lo = bracket_char(pattern, i);
        if (i + 1 < n && pattern[i] == '-' && pattern[i + 1] != ']') {
            ++i;
            unsigned char hi = bracket_char(pattern, i);
            if (lo <= c && c <= hi) found = true;
        } else if (lo == c) {
            found = true;
        }
    }
    return npos;
}

}  // namespace

bool pattern_match(std::string_view pattern, std::string_view text, unsigned flags) {
    const bool pathname = (flags & PatternPathname) != 0;
    if ((flags & PatternPeriod) && !text.empty() && text[0] == '.') {
        // A hidden name is matched only by a pattern that starts with a
        // literal dot; after that check the dot matches itself as usual.
        if (!(pattern.starts_with('.') || pattern.starts_with("\\."))) return false;
    }
    size_t p = 0, t = 0;
    size_t star_p = npos, star_t = 0;
    const size_t pn = pattern.size(), tn = text.size();
    while (t < tn) {
        if (p < pn) {
            char pc = pattern[p];
            unsigned char tc = static_cast<unsigned char>(text[t]);
            if (pc == '*') {
                while (p < pn && pattern[p] == '*') ++p;
                star_p = p;
                star_t = t;
                continue;
            }
            if (pc == '?') {
                if (!(pathname && tc == '/')) {
                    ++p;
                    ++t;
                    continue;
                }
            } else if (pc == '[') {
                bool matched = false;
                size_t end = match_bracket(pattern, p, tc, matched);
                if (end != npos) {
                    if (matched && !(pathname && tc == '/')) {
                        p = end;
                        ++t;
                        continue;
                    }
                } else if (tc == '[') {  // no closing `]`: a literal `[`
                    ++p;
                    ++t;
                    continue;
                }
            } else {
                size_t len = 1;
                if (pc == '\\' && p + 1 < pn) {
                    pc = pattern[p + 1];
                    len = 2;
                }
                if (static_cast<unsigned char>(pc) == tc) {
                    p += len;
                    ++t;
                    continue;
                }
            }
        }
        // Mismatch: let the last `*` swallow one more character and retry
        // from just after it. Earlier stars never need to grow: anything they
        // could absorb, the last one can absorb too.
        if (star_p == npos) return false;
        if (pathname && text[star_t] == '/') return false;
        p = star_p;
        t = ++star_t;
    }
    while (p < pn && pattern[p] == '*') ++p;
    return p == pn;
}

bool has_glob_chars(std::string_view pattern) {
    for (size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if (c == '\\') {
            ++i;
        } else if (c == '*' || c == '?') {
            return true;
        } else if (c == '[') {
            bool matched = false;
            if (match_bracket(pattern, i, 0, matched) != npos) return true;
        }
    }
    return false;
}

std::string pattern_unescape(std::string_view pattern) {
    std::string out;
    out.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '\\' && i + 1 < pattern.size()) ++i;
        out += pattern[i];
    }
    return out;
}

void pattern_escape_append(std::string_view literal, std::string& out) {
    for (char c : literal) {
        if (pattern_special(c)) out += '\\';
        out += c;
    }
}

std::string pattern_escape(std::string_view literal) {
    std::string out;
    out.reserve(literal.size());
    pattern_escape_append(literal, out);
    return out;
}

}  // namespace forksh
