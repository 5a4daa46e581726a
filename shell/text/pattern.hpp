// pattern.hpp: shell pattern matching (XCU 2.13), the matcher behind `case`,
// ${x#pattern} and pathname expansion. Pure functions, no system calls.
//
// A pattern is a string in which `*`, `?` and `[...]` are special and a
// backslash makes the next character literal. The expander builds patterns
// with every quoted character backslash-escaped (expand_pattern), so "quoted
// means literal" needs no separate bookkeeping here.
//
// `?` and a bracket expression match one character: a byte in the C/POSIX
// locale (as dash always does), a whole UTF-8 sequence in a UTF-8 locale (as
// bash does); see charset.hpp.
#pragma once

#include <string>
#include <string_view>

namespace forksh {

enum PatternFlags : unsigned {
    PatternNone = 0,
    // Pathname expansion: no wildcard or bracket matches `/`.
    PatternPathname = 1u << 0,
    // Pathname expansion: a leading `.` in the text must be matched by a
    // literal `.` in the pattern (so `*` skips hidden files).
    PatternPeriod = 1u << 1,
    // bash's extended groups ?(a|b) *(a|b) +(a|b) @(a|b) !(a|b): always in
    // [[ x == pattern ]], elsewhere only with `shopt -s extglob`.
    PatternExtglob = 1u << 2,
};

// True when `pattern` matches the whole of `text`.
// `[` without a closing `]` is a literal `[`; a trailing lone backslash is a
// literal backslash. Iterative, with the classic "restart after the last
// star" backtracking: O(len(pattern) * len(text)) at worst, never
// exponential however many `*` there are. With PatternExtglob and a group
// in the pattern, a backtracking matcher with a step budget (see below):
// a hostile pattern gives up (no match) instead of running for ever.
bool pattern_match(std::string_view pattern, std::string_view text, unsigned flags = PatternNone);

// True when `pattern` contains an unescaped `*`, `?` or a `[` that starts a
// complete bracket expression (or, with PatternExtglob, an extended group):
// only then can it match anything but itself.
bool has_glob_chars(std::string_view pattern, unsigned flags = PatternNone);

// Remove the escaping backslashes: the text a pattern without wildcards matches.
std::string pattern_unescape(std::string_view pattern);

// Backslash-escape the characters pattern_match treats specially, so the
// result matches exactly `literal`.
std::string pattern_escape(std::string_view literal);
void pattern_escape_append(std::string_view literal, std::string& out);
// `(`, `)` and `|` for bash's extended groups: a quoted "@(a)" is literal.
inline bool pattern_special(char c) {
    return c == '\\' || c == '*' || c == '?' || c == '[' || c == ']' || c == '-' || c == '!' ||
           c == '^' || c == '(' || c == ')' || c == '|';
}

}  // namespace forksh
