// pattern.cpp: the shell pattern matcher (XCU 2.13.1 and 2.13.2). No system calls.
#include "shell/text/pattern.hpp"

#include <cctype>
#include <cwctype>
#include <vector>

#include "shell/text/charset.hpp"

namespace forksh {

namespace {

constexpr size_t npos = std::string_view::npos;

// A character class; beyond ASCII in a multibyte locale, the locale's
// isw*() functions decide (so [[:alpha:]] matches é in C.UTF-8).
bool class_matches(std::string_view name, uint32_t c, bool& known) {
    known = true;
    if (c >= 0x80 && multibyte_locale()) {
        const wint_t w = static_cast<wint_t>(c);
        if (name == "alpha") return std::iswalpha(w);
        if (name == "digit") return std::iswdigit(w);
        if (name == "alnum") return std::iswalnum(w);
        if (name == "upper") return std::iswupper(w);
        if (name == "lower") return std::iswlower(w);
        if (name == "space") return std::iswspace(w);
        if (name == "blank") return std::iswblank(w);
        if (name == "punct") return std::iswpunct(w);
        if (name == "print") return std::iswprint(w);
        if (name == "graph") return std::iswgraph(w);
        if (name == "cntrl") return std::iswcntrl(w);
        if (name == "xdigit") return false;
        known = false;
        return false;
    }
    const int b = c <= 0xFF ? static_cast<int>(c) : 0;
    if (name == "alpha") return std::isalpha(b);
    if (name == "digit") return std::isdigit(b);
    if (name == "alnum") return std::isalnum(b);
    if (name == "upper") return std::isupper(b);
    if (name == "lower") return std::islower(b);
    if (name == "space") return std::isspace(b);
    if (name == "blank") return b == ' ' || b == '\t';
    if (name == "punct") return std::ispunct(b);
    if (name == "print") return std::isprint(b);
    if (name == "graph") return std::isgraph(b);
    if (name == "cntrl") return std::iscntrl(b);
    if (name == "xdigit") return std::isxdigit(b);
    known = false;
    return false;
}

// One character of a bracket expression at pattern[i] (maybe escaped, maybe
// a collating symbol [.c.] or equivalence class [=c=], which we take as the
// single character c). Advances i past it.
uint32_t bracket_char(std::string_view pattern, size_t& i) {
    char ch = pattern[i];
    size_t len = 1;
    if (ch == '\\' && i + 1 < pattern.size()) {
        uint32_t c = decode_char(pattern, i + 1, len);
        i += 1 + len;
        return c;
    }
    if (ch == '[' && i + 2 < pattern.size() && (pattern[i + 1] == '.' || pattern[i + 1] == '=')) {
        uint32_t c = decode_char(pattern, i + 2, len);
        size_t close = i + 2 + len;
        if (close + 1 < pattern.size() && pattern[close] == pattern[i + 1] && pattern[close + 1] == ']') {
            i = close + 2;
            return c;
        }
    }
    uint32_t c = decode_char(pattern, i, len);
    i += len;
    return c;
}

// The bracket expression starting at pattern[p] == '['. Returns the index just
// past its closing `]`, or npos when there is none (the `[` is then literal);
// `matched` says whether it matches c.
size_t match_bracket(std::string_view pattern, size_t p, uint32_t c, bool& matched) {
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
        uint32_t lo = bracket_char(pattern, i);
        if (i + 1 < n && pattern[i] == '-' && pattern[i + 1] != ']') {
            ++i;
            uint32_t hi = bracket_char(pattern, i);
            if (lo <= c && c <= hi) found = true;
        } else if (lo == c) {
            found = true;
        }
    }
    return npos;
}

// One character at s[i]: in a single-byte locale (MB false) always one byte,
// so the C locale's matcher pays nothing for UTF-8.
template <bool MB>
inline uint32_t char_at(std::string_view s, size_t i, size_t& len) {
    if constexpr (MB) {
        return decode_char(s, i, len);
    } else {
        len = 1;
        return static_cast<unsigned char>(s[i]);
    }
}

template <bool MB>
inline size_t char_len(std::string_view s, size_t i) {
    if constexpr (MB) {
        return char_length(s, i);
    } else {
        return 1;
    }
}

template <bool MB>
bool match(std::string_view pattern, std::string_view text, unsigned flags) {
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
        // One character of the text: a byte, or in UTF-8 a whole sequence.
        size_t tlen = 1;
        const uint32_t tc = char_at<MB>(text, t, tlen);
        if (p < pn) {
            char pc = pattern[p];
            if (pc == '*') {
                while (p < pn && pattern[p] == '*') ++p;
                star_p = p;
                star_t = t;
                continue;
            }
            if (pc == '?') {
                if (!(pathname && tc == '/')) {
                    ++p;
                    t += tlen;
                    continue;
                }
            } else if (pc == '[') {
                bool matched = false;
                size_t end = match_bracket(pattern, p, tc, matched);
                if (end != npos) {
                    if (matched && !(pathname && tc == '/')) {
                        p = end;
                        t += tlen;
                        continue;
                    }
                } else if (tc == '[') {  // no closing `]`: a literal `[`
                    ++p;
                    ++t;
                    continue;
                }
            } else {
                size_t at = p;
                if (pc == '\\' && p + 1 < pn) ++at;
                // A literal character matches the same bytes.
                const size_t plen = char_len<MB>(pattern, at);
                if (plen == tlen && (plen == 1 ? pattern[at] == text[t]
                                               : pattern.compare(at, plen, text, t, tlen) == 0)) {
                    p = at + plen;
                    t += tlen;
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
        star_t += char_len<MB>(text, star_t);
        t = star_t;
    }
    while (p < pn && pattern[p] == '*') ++p;
    return p == pn;
}

// ---- bash's extended groups (PatternExtglob) ----
//
// ?(a|b) zero or one of the alternatives, *(a|b) zero or more, +(a|b) one or
// more, @(a|b) exactly one, !(a|b) anything that none of them matches.
// Backtracking: the first group splits the text at every possible place.
// That is exponential on hostile patterns (as in bash), so every step spends
// one unit of a budget; when it runs out the match fails.

constexpr long extglob_budget = 5000000;

// A bracket expression at pattern[i] that is complete: the index past it.
size_t skip_bracket(std::string_view pattern, size_t i) {
    bool matched = false;
    size_t end = match_bracket(pattern, i, 0, matched);
    return end == npos ? i + 1 : end;
}

// The group whose kind character is at pattern[g] (`(` follows): the index of
// its closing `)`, or npos. Fills `alts` with the top-level alternatives.
size_t group_end(std::string_view pattern, size_t g, std::vector<std::string_view>* alts) {
    int depth = 0;
    size_t start = g + 2;
    for (size_t i = g + 2; i < pattern.size();) {
        char c = pattern[i];
        if (c == '\\') {
            i += 2;
            continue;
        }
        if (c == '[') {
            i = skip_bracket(pattern, i);
            continue;
        }
        if (c == '(') ++depth;
        if (c == ')' && depth-- == 0) {
            if (alts) alts->push_back(pattern.substr(start, i - start));
            return i;
        }
        if (c == '|' && depth == 0) {
            if (alts) alts->push_back(pattern.substr(start, i - start));
            start = i + 1;
        }
        ++i;
    }
    return npos;
}

inline bool group_kind(char c) { return c == '?' || c == '*' || c == '+' || c == '@' || c == '!'; }

// The first group of `pattern` (the index of its kind character), or npos.
size_t first_group(std::string_view pattern) {
    for (size_t i = 0; i < pattern.size();) {
        char c = pattern[i];
        if (c == '\\') {
            i += 2;
        } else if (c == '[') {
            i = skip_bracket(pattern, i);
        } else if (group_kind(c) && i + 1 < pattern.size() && pattern[i + 1] == '(' &&
                   group_end(pattern, i, nullptr) != npos) {
            return i;
        } else {
            ++i;
        }
    }
    return npos;
}

template <bool MB>
struct ExtMatcher {
    unsigned flags;
    long budget = extglob_budget;

    bool spend() { return --budget >= 0; }

    bool whole(std::string_view pattern, std::string_view text) {
        if (!spend()) return false;
        size_t g = first_group(pattern);
        if (g == npos) return match<MB>(pattern, text, flags);
        std::vector<std::string_view> alts;
        size_t end = group_end(pattern, g, &alts);
        std::string_view prefix = pattern.substr(0, g), rest = pattern.substr(end + 1);
        for (size_t i = 0;; i += char_len<MB>(text, i)) {
            if (match<MB>(prefix, text.substr(0, i), flags)) {
                // Nothing after the group: it must take all the rest.
                for (size_t j = rest.empty() ? text.size() : i;; j += char_len<MB>(text, j)) {
                    if (group(pattern[g], alts, text.substr(i, j - i)) && whole(rest, text.substr(j))) return true;
                    if (budget < 0) return false;
                    if (j >= text.size()) break;
                }
            }
            if (i >= text.size()) break;
        }
        return false;
    }

    bool any(const std::vector<std::string_view>& alts, std::string_view s) {
        for (std::string_view alt : alts)
            if (whole(alt, s)) return true;
        return false;
    }

    // One or more pieces, each matched by an alternative.
    bool some(const std::vector<std::string_view>& alts, std::string_view s) {
        if (s.empty()) return any(alts, s);
        for (size_t k = char_len<MB>(s, 0);; k += char_len<MB>(s, k)) {
            if (!spend()) return false;
            if (any(alts, s.substr(0, k)) && (k >= s.size() || some(alts, s.substr(k)))) return true;
            if (k >= s.size()) return false;
        }
    }

    bool group(char kind, const std::vector<std::string_view>& alts, std::string_view s) {
        switch (kind) {
            case '@': return any(alts, s);
            case '?': return s.empty() || any(alts, s);
            case '+': return some(alts, s);
            case '*': return s.empty() || some(alts, s);
            default: return !any(alts, s) && budget >= 0;  // '!'
        }
    }
};

template <bool MB>
bool match_extended(std::string_view pattern, std::string_view text, unsigned flags) {
    if ((flags & PatternPeriod) && !text.empty() && text[0] == '.') {
        if (!(pattern.starts_with('.') || pattern.starts_with("\\."))) return false;
    }
    ExtMatcher<MB> m{flags & ~unsigned(PatternPeriod)};
    return m.whole(pattern, text);
}

}  // namespace

bool pattern_match(std::string_view pattern, std::string_view text, unsigned flags) {
    const bool mb = multibyte_locale();
    if ((flags & PatternExtglob) && first_group(pattern) != npos)
        return mb ? match_extended<true>(pattern, text, flags) : match_extended<false>(pattern, text, flags);
    return mb ? match<true>(pattern, text, flags) : match<false>(pattern, text, flags);
}

bool has_glob_chars(std::string_view pattern, unsigned flags) {
    for (size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if (c == '\\') {
            ++i;
        } else if (c == '*' || c == '?') {
            return true;
        } else if (c == '[') {
            bool matched = false;
            if (match_bracket(pattern, i, 0, matched) != npos) return true;
        } else if ((flags & PatternExtglob) && group_kind(c) && i + 1 < pattern.size() && pattern[i + 1] == '(' &&
                   group_end(pattern, i, nullptr) != npos) {
            return true;
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
