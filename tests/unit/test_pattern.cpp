// Unit tests for shell/pattern: the shell pattern matcher.
#include <catch2/catch.hpp>

#include <string>

#include "shell/text/charset.hpp"
#include "shell/text/pattern.hpp"

using forksh::has_glob_chars;
using forksh::pattern_escape;
using forksh::pattern_match;
using forksh::pattern_unescape;
using forksh::PatternExtglob;
using forksh::PatternPathname;
using forksh::PatternPeriod;

TEST_CASE("pattern: literal text matches only itself", "[pattern]") {
    CHECK(pattern_match("abc", "abc"));
    CHECK_FALSE(pattern_match("abc", "abd"));
    CHECK_FALSE(pattern_match("abc", "abcd"));
    CHECK_FALSE(pattern_match("abc", "ab"));
}

TEST_CASE("pattern: empty pattern matches only empty text", "[pattern]") {
    CHECK(pattern_match("", ""));
    CHECK_FALSE(pattern_match("", "a"));
    CHECK(pattern_match("*", ""));
    CHECK_FALSE(pattern_match("?", ""));
}

TEST_CASE("pattern: star matches any run", "[pattern]") {
    CHECK(pattern_match("*", "anything"));
    CHECK(pattern_match("a*", "a"));
    CHECK(pattern_match("a*", "abc"));
    CHECK(pattern_match("*c", "abc"));
    CHECK(pattern_match("a*c", "abbbc"));
    CHECK_FALSE(pattern_match("a*c", "abcd"));
}

TEST_CASE("pattern: several stars backtrack correctly", "[pattern]") {
    CHECK(pattern_match("*a*b*c*", "xxaxxbxxcxx"));
    CHECK_FALSE(pattern_match("*a*b*c*", "xxaxxcxxbxx"));
    CHECK(pattern_match("a*b*b", "abbbb"));
    CHECK(pattern_match("*ab", "aab"));
    CHECK(pattern_match("**a", "a"));
}

TEST_CASE("pattern: many stars are not exponential", "[pattern]") {
    std::string text(2000, 'a');
    std::string pattern;
    for (int i = 0; i < 30; ++i) pattern += "*a";
    pattern += "*b";
    CHECK_FALSE(pattern_match(pattern, text));
    CHECK(pattern_match(pattern, text + "b"));
}

TEST_CASE("pattern: question mark matches one byte in the C locale", "[pattern]") {
    forksh::set_ctype_locale("C");
    CHECK(pattern_match("?", "x"));
    CHECK(pattern_match("a?c", "abc"));
    CHECK_FALSE(pattern_match("a?c", "ac"));
    CHECK(pattern_match("??", "\xc3\xa9"));  // byte-wise: é is two bytes
}

TEST_CASE("pattern: backslash makes the next character literal", "[pattern]") {
    CHECK(pattern_match("\\*", "*"));
    CHECK_FALSE(pattern_match("\\*", "a"));
    CHECK(pattern_match("a\\?", "a?"));
    CHECK_FALSE(pattern_match("a\\?", "ab"));
    CHECK(pattern_match("\\[a]", "[a]"));
    CHECK(pattern_match("\\\\", "\\"));
    CHECK(pattern_match("\\a", "a"));
}

TEST_CASE("pattern: trailing lone backslash is literal", "[pattern]") {
    CHECK(pattern_match("a\\", "a\\"));
    CHECK_FALSE(pattern_match("a\\", "a"));
}

TEST_CASE("pattern: bracket with a set", "[pattern]") {
    CHECK(pattern_match("[abc]", "b"));
    CHECK_FALSE(pattern_match("[abc]", "d"));
    CHECK(pattern_match("x[yz]", "xz"));
    CHECK_FALSE(pattern_match("[abc]", "ab"));
}

TEST_CASE("pattern: bracket ranges", "[pattern]") {
    CHECK(pattern_match("[a-c]", "b"));
    CHECK_FALSE(pattern_match("[a-c]", "d"));
    CHECK(pattern_match("[0-9][0-9]", "42"));
    CHECK(pattern_match("[a-cx-z]", "y"));
}

TEST_CASE("pattern: bracket negation with ! and ^", "[pattern]") {
    CHECK(pattern_match("[!a]", "b"));
    CHECK_FALSE(pattern_match("[!a]", "a"));
    CHECK(pattern_match("[^0-9]", "x"));
    CHECK_FALSE(pattern_match("[^0-9]", "5"));
}

TEST_CASE("pattern: close-bracket first in a bracket is a member", "[pattern]") {
    CHECK(pattern_match("[]]", "]"));
    CHECK(pattern_match("[]a]", "a"));
    CHECK(pattern_match("[!]]", "x"));
    CHECK_FALSE(pattern_match("[!]]", "]"));
}

TEST_CASE("pattern: - first or last in a bracket is literal", "[pattern]") {
    CHECK(pattern_match("[-a]", "-"));
    CHECK(pattern_match("[a-]", "-"));
    CHECK_FALSE(pattern_match("[a-]", "b"));
}

TEST_CASE("pattern: escaped characters inside a bracket", "[pattern]") {
    CHECK(pattern_match("[\\]]", "]"));
    CHECK(pattern_match("[a\\-z]", "-"));
    CHECK_FALSE(pattern_match("[a\\-z]", "m"));
    CHECK(pattern_match("[\\!a]", "!"));
}

TEST_CASE("pattern: character classes", "[pattern]") {
    CHECK(pattern_match("[[:alpha:]]", "q"));
    CHECK_FALSE(pattern_match("[[:alpha:]]", "1"));
    CHECK(pattern_match("[[:digit:]]*", "7up"));
    CHECK(pattern_match("[[:space:]]", "\t"));
    CHECK(pattern_match("[[:upper:][:digit:]]", "Q"));
    CHECK(pattern_match("[![:alnum:]]", "_"));
    CHECK(pattern_match("[[:punct:]]", "!"));
    CHECK(pattern_match("[[:xdigit:]]", "f"));
    CHECK_FALSE(pattern_match("[[:lower:]]", "F"));
    CHECK(pattern_match("[[:blank:]]", " "));
}

TEST_CASE("pattern: unknown class matches nothing", "[pattern]") {
    CHECK_FALSE(pattern_match("[[:bogus:]]", "a"));
    CHECK(pattern_match("[[:bogus:]a]", "a"));
}

TEST_CASE("pattern: open-bracket without a closing close-bracket is literal", "[pattern]") {
    CHECK(pattern_match("[", "["));
    CHECK(pattern_match("a[b", "a[b"));
    CHECK_FALSE(pattern_match("a[b", "ab"));
    CHECK(pattern_match("[*", "[xyz"));
}

TEST_CASE("pattern: equivalence class and collating symbol as one character", "[pattern]") {
    CHECK(pattern_match("[[=a=]]", "a"));
    CHECK(pattern_match("[[.-.]]", "-"));
    CHECK_FALSE(pattern_match("[[=a=]]", "b"));
}

TEST_CASE("pattern: bracket and star together", "[pattern]") {
    CHECK(pattern_match("*.[ch]", "main.c"));
    CHECK(pattern_match("*.[ch]", "x.h"));
    CHECK_FALSE(pattern_match("*.[ch]", "x.o"));
}

TEST_CASE("pattern: pathname mode never matches / with wildcards", "[pattern]") {
    CHECK(pattern_match("*", "a/b"));
    CHECK_FALSE(pattern_match("*", "a/b", PatternPathname));
    CHECK_FALSE(pattern_match("a?b", "a/b", PatternPathname));
    CHECK_FALSE(pattern_match("a[/]b", "a/b", PatternPathname));
    CHECK(pattern_match("a/*", "a/b", PatternPathname));
}

TEST_CASE("pattern: period mode needs a literal leading dot", "[pattern]") {
    CHECK_FALSE(pattern_match("*", ".hidden", PatternPeriod));
    CHECK_FALSE(pattern_match("?hidden", ".hidden", PatternPeriod));
    CHECK_FALSE(pattern_match("[.]hidden", ".hidden", PatternPeriod));
    CHECK(pattern_match(".*", ".hidden", PatternPeriod));
    CHECK(pattern_match("\\.h*", ".hidden", PatternPeriod));
    CHECK(pattern_match("*", "visible", PatternPeriod));
    CHECK(pattern_match("*", ".hidden"));
}

TEST_CASE("pattern: period mode only concerns the first character", "[pattern]") {
    CHECK(pattern_match("a*", "a.b", PatternPeriod));
    CHECK(pattern_match("*.txt", "x.txt", PatternPeriod | PatternPathname));
}

TEST_CASE("pattern: bytes above 127 compare as themselves", "[pattern]") {
    CHECK(pattern_match("caf\xc3\xa9", "caf\xc3\xa9"));
    CHECK(pattern_match("*\xc3\xa9", "caf\xc3\xa9"));
    CHECK(pattern_match("[\xc3]*", "\xc3\xa9"));
}

TEST_CASE("pattern: in a UTF-8 locale ? and [...] match whole characters", "[pattern]") {
    forksh::set_ctype_locale("C.UTF-8");
    CHECK(pattern_match("?", "\xc3\xa9"));
    CHECK_FALSE(pattern_match("??", "\xc3\xa9"));
    CHECK(pattern_match("?t?", "\xc3\xa9t\xe2\x82\xac"));
    CHECK(pattern_match("[\xc3\xa9]t", "\xc3\xa9t"));
    CHECK(pattern_match("[a-\xc3\xbf]", "\xc3\xa9"));          // a range of code points
    CHECK(pattern_match("[[:alpha:]]", "\xc3\xa9"));
    CHECK_FALSE(pattern_match("[!\xc3\xa9]", "\xc3\xa9"));
    CHECK(pattern_match("*?", "\xc3\xa9"));
    // Invalid bytes are characters of their own: matched, never skipped.
    CHECK(pattern_match("???", "\xff\x80\xc3"));
    CHECK(pattern_match("*\xa9", "caf\xc3\xa9") == false);    // no cut inside é
    forksh::set_ctype_locale("C");
    CHECK(pattern_match("??", "\xc3\xa9"));
    CHECK(pattern_match("*\xa9", "caf\xc3\xa9"));
}

TEST_CASE("pattern: has_glob_chars", "[pattern]") {
    CHECK(has_glob_chars("*"));
    CHECK(has_glob_chars("a?"));
    CHECK(has_glob_chars("[ab]"));
    CHECK_FALSE(has_glob_chars("abc"));
    CHECK_FALSE(has_glob_chars("\\*"));
    CHECK_FALSE(has_glob_chars("a\\?b"));
    CHECK_FALSE(has_glob_chars("[ab"));
    CHECK_FALSE(has_glob_chars("\\[ab]"));
    CHECK_FALSE(has_glob_chars("]"));
    CHECK(has_glob_chars("\\\\*"));
}

TEST_CASE("pattern: escape makes any text match itself", "[pattern]") {
    for (std::string text : {"*", "a?b", "[x]", "\\", "a-b!c^d]", "plain", ""}) {
        std::string escaped = pattern_escape(text);
        CHECK(pattern_match(escaped, text));
        CHECK_FALSE(has_glob_chars(escaped));
        CHECK(pattern_unescape(escaped) == text);
    }
    CHECK(pattern_escape("a*b") == "a\\*b");
    CHECK_FALSE(pattern_match(pattern_escape("*"), "x"));
}

TEST_CASE("pattern: unescape removes one level of backslashes", "[pattern]") {
    CHECK(pattern_unescape("a\\*b") == "a*b");
    CHECK(pattern_unescape("\\\\") == "\\");
    CHECK(pattern_unescape("a\\") == "a\\");
    CHECK(pattern_unescape("plain") == "plain");
}

TEST_CASE("pattern: escaped text inside a pattern with wildcards", "[pattern]") {
    // case x in "a*"*) : the first star is quoted.
    CHECK(pattern_match("a\\**", "a*bc"));
    CHECK_FALSE(pattern_match("a\\**", "abc"));
}

TEST_CASE("pattern: extended groups only with PatternExtglob", "[pattern]") {
    CHECK_FALSE(pattern_match("@(a|b)", "a"));
    CHECK(pattern_match("@(a|b)", "@(a|b)"));
    CHECK(pattern_match("@(a|b)", "b", PatternExtglob));
    CHECK(pattern_match("?(a)x", "x", PatternExtglob));
    CHECK(pattern_match("*(ab)", "", PatternExtglob));
    CHECK_FALSE(pattern_match("+(ab)", "", PatternExtglob));
    CHECK(pattern_match("+(a|bc)", "abca", PatternExtglob));
    CHECK(pattern_match("!(*.o)", "a.c", PatternExtglob));
    CHECK_FALSE(pattern_match("!(*.o)", "a.o", PatternExtglob));
    CHECK(pattern_match("a@(x|+(b))c", "abbc", PatternExtglob));
    // Escaped: literal characters, no group.
    CHECK(pattern_match("\\@(a)", "@(a)", PatternExtglob));
    CHECK(pattern_match("@(a\\|b)", "a|b", PatternExtglob));
    CHECK(has_glob_chars("@(a)", PatternExtglob));
    CHECK_FALSE(has_glob_chars("@(a)"));
    CHECK_FALSE(has_glob_chars("a(b)", PatternExtglob));
}

TEST_CASE("pattern: extended groups in pathname expansion keep hidden names hidden", "[pattern]") {
    const unsigned how = PatternPathname | PatternPeriod | PatternExtglob;
    CHECK_FALSE(pattern_match("!(a)", ".x", how));
    CHECK(pattern_match(".!(a)", ".x", how));
}

TEST_CASE("pattern: a hostile extended pattern ends (step budget)", "[pattern]") {
    CHECK_FALSE(pattern_match("*(*(*(a)))c", std::string(40, 'a') + "b", PatternExtglob));
}
