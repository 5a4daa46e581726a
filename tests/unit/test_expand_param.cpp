// Unit tests for shell/expand_param: ${#x} and prefix/suffix removal.
#include <catch2/catch.hpp>

#include <string>

#include "shell/expand/expand_param.hpp"
#include "shell/text/charset.hpp"

using forksh::param_length;
using forksh::remove_prefix;
using forksh::remove_suffix;

TEST_CASE("expand_param: length in characters", "[expand_param]") {
    forksh::set_ctype_locale("C.UTF-8");
    CHECK(param_length("") == 0);
    CHECK(param_length("abc") == 3);
    CHECK(param_length("caf\xc3\xa9") == 4);       // é is one character
    CHECK(param_length("\xe2\x82\xac!") == 2);    // € is three bytes
    CHECK(param_length("\xf0\x9f\x98\x80") == 1);  // one emoji
    // Invalid sequences count one per byte: dash and bash both say 8 here.
    CHECK(param_length("\xff\xfe\x80" "abc\xc3(") == 8);
    CHECK(param_length("\xe2\x82") == 2);                // truncated
    CHECK(param_length("\xc0\xaf") == 2);                // overlong '/'
    CHECK(param_length("\xed\xa0\x80") == 3);           // a surrogate
    forksh::set_ctype_locale("C");
    CHECK(param_length("caf\xc3\xa9") == 5);             // bytes in C
}

TEST_CASE("expand_param: removal never splits a UTF-8 character", "[expand_param]") {
    forksh::set_ctype_locale("C.UTF-8");
    CHECK(remove_prefix("\xc3\xa9t\xc3\xa9", "?", false) == "t\xc3\xa9");
    CHECK(remove_suffix("\xc3\xa9t\xc3\xa9", "?", false) == "\xc3\xa9t");
    CHECK(remove_suffix("\xc3\xa9t\xc3\xa9", "*", true) == "");
    forksh::set_ctype_locale("C");
    CHECK(remove_prefix("\xc3\xa9t", "?", false) == "\xa9t");
}

TEST_CASE("expand_param: smallest prefix", "[expand_param]") {
    CHECK(remove_prefix("/a/b/c", "*/", false) == "a/b/c");
    CHECK(remove_prefix("abcabc", "a*c", false) == "abc");
}

TEST_CASE("expand_param: largest prefix", "[expand_param]") {
    CHECK(remove_prefix("/a/b/c", "*/", true) == "c");
    CHECK(remove_prefix("abcabc", "a*c", true) == "");
}

TEST_CASE("expand_param: smallest suffix", "[expand_param]") {
    CHECK(remove_suffix("/a/b/c", "/*", false) == "/a/b");
    CHECK(remove_suffix("file.tar.gz", ".*", false) == "file.tar");
}

TEST_CASE("expand_param: largest suffix", "[expand_param]") {
    CHECK(remove_suffix("/a/b/c", "/*", true) == "");
    CHECK(remove_suffix("file.tar.gz", ".*", true) == "file");
}

TEST_CASE("expand_param: no match leaves the value", "[expand_param]") {
    CHECK(remove_prefix("abc", "x*", false) == "abc");
    CHECK(remove_prefix("abc", "x*", true) == "abc");
    CHECK(remove_suffix("abc", "*x", false) == "abc");
    CHECK(remove_suffix("abc", "*x", true) == "abc");
}

TEST_CASE("expand_param: star alone", "[expand_param]") {
    CHECK(remove_prefix("abc", "*", false) == "abc");  // smallest: the empty prefix
    CHECK(remove_prefix("abc", "*", true) == "");
    CHECK(remove_suffix("abc", "*", false) == "abc");
    CHECK(remove_suffix("abc", "*", true) == "");
}

TEST_CASE("expand_param: empty pattern removes nothing", "[expand_param]") {
    CHECK(remove_prefix("abc", "", false) == "abc");
    CHECK(remove_suffix("abc", "", true) == "abc");
}

TEST_CASE("expand_param: literal patterns", "[expand_param]") {
    CHECK(remove_prefix("abcd", "ab", false) == "cd");
    CHECK(remove_prefix("abcd", "ab", true) == "cd");
    CHECK(remove_suffix("abcd", "cd", false) == "ab");
    CHECK(remove_prefix("abcd", "cd", false) == "abcd");
}

TEST_CASE("expand_param: escaped wildcards are literal", "[expand_param]") {
    CHECK(remove_prefix("*abc", "\\*", false) == "abc");
    CHECK(remove_prefix("abc", "\\*", false) == "abc");
    CHECK(remove_suffix("a.b*", "\\**", true) == "a.b");
}

TEST_CASE("expand_param: question mark and brackets", "[expand_param]") {
    CHECK(remove_prefix("abc", "?", false) == "bc");
    CHECK(remove_suffix("abc", "[bc]", false) == "ab");
    CHECK(remove_suffix("x123", "[0-9]*", true) == "x");
    CHECK(remove_suffix("x123", "[0-9]*", false) == "x12");
}

TEST_CASE("expand_param: whole value", "[expand_param]") {
    CHECK(remove_prefix("abc", "abc", false) == "");
    CHECK(remove_suffix("abc", "a?c", true) == "");
    CHECK(remove_prefix("", "*", true) == "");
}

TEST_CASE("expand_param: removal is byte-wise in the C locale", "[expand_param]") {
    forksh::set_ctype_locale("C");
    // `?` takes one byte: half of é, as in dash.
    CHECK(remove_suffix("caf\xc3\xa9", "?", false) == "caf\xc3");
    CHECK(remove_suffix("caf\xc3\xa9", "\xc3\xa9", false) == "caf");
}

TEST_CASE("expand_param: slash is an ordinary character here", "[expand_param]") {
    CHECK(remove_prefix("a/b", "a?b", false) == "");
    CHECK(remove_prefix(".hidden", "*", true) == "");
}

TEST_CASE("expand_param: substrings count characters and negative ends", "[expand_param]") {
    forksh::set_ctype_locale("C");
    CHECK(forksh::substring("abcdef", 2, std::nullopt) == "cdef");
    CHECK(forksh::substring("abcdef", -2, std::nullopt) == "ef");
    CHECK(forksh::substring("abcdef", 1, -1) == "bcde");
    CHECK(forksh::substring("abc", -10, std::nullopt) == "");
    CHECK(forksh::substring("abc", 5, 1) == "");
    CHECK_FALSE(forksh::substring("abcdef", 3, -4).has_value());  // "substring expression < 0"
    forksh::set_ctype_locale("C.UTF-8");
    CHECK(forksh::substring("caf\xc3\xa9!", 3, 1) == "\xc3\xa9");
    forksh::set_ctype_locale("C");
}

TEST_CASE("expand_param: pattern replacement and & as the match", "[expand_param]") {
    using forksh::ReplaceWhere;
    forksh::set_ctype_locale("C");
    CHECK(forksh::replace_pattern("abcbc", "bc", "X", ReplaceWhere::First) == "aXbc");
    CHECK(forksh::replace_pattern("abcbc", "bc", "X", ReplaceWhere::All) == "aXX");
    CHECK(forksh::replace_pattern("abcbc", "b*", "X", ReplaceWhere::First) == "aX");
    CHECK(forksh::replace_pattern("abc", "", "X", ReplaceWhere::Prefix) == "Xabc");
    CHECK(forksh::replace_pattern("abc", "", "X", ReplaceWhere::Suffix) == "abcX");
    CHECK(forksh::replace_pattern("abc", "b", "[&]", ReplaceWhere::All) == "a[b]c");
    CHECK(forksh::replace_pattern("abc", "b", "\\&", ReplaceWhere::All) == "a&c");
    CHECK(forksh::replace_pattern("", "*", "y", ReplaceWhere::First) == "y");
    CHECK(forksh::replace_pattern("abc", "x", "y", ReplaceWhere::All) == "abc");
}

TEST_CASE("expand_param: case changes with and without a pattern", "[expand_param]") {
    forksh::set_ctype_locale("C");
    CHECK(forksh::change_case("hello", "", true, false) == "Hello");
    CHECK(forksh::change_case("hello", "", true, true) == "HELLO");
    CHECK(forksh::change_case("hello", "[lo]", true, true) == "heLLO");
    CHECK(forksh::change_case("hello", "e", true, false) == "hello");  // only the first character is looked at
    CHECK(forksh::change_case("HELLO", "", false, true) == "hello");
    forksh::set_ctype_locale("C.UTF-8");
    CHECK(forksh::change_case("\xc3\xa9t\xc3\xa9", "", true, true) == "\xc3\x89T\xc3\x89");
    forksh::set_ctype_locale("C");
}
