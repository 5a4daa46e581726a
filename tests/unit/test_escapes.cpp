// Unit tests for shell/text/escapes: one decoder, three rule sets (printf's
// format, echo -e and %b, $'...'), where they agree and where they differ.
// The expected bytes are what dash and bash give (checked against both).
#include <catch2/catch.hpp>

#include <string>

#include "shell/text/charset.hpp"
#include "shell/text/escapes.hpp"

using forksh::EscapeRules;

namespace {
std::string decode(std::string_view text, const EscapeRules& rules, bool* stopped = nullptr) {
    std::string out;
    bool ok = forksh::append_escapes(text, out, rules);
    if (stopped) *stopped = !ok;
    return out;
}
}  // namespace

TEST_CASE("escapes: the three rule sets agree on letters, hex and unknown escapes", "[escapes]") {
    for (const EscapeRules* rules : {&forksh::printf_format_escapes, &forksh::echo_escapes, &forksh::ansi_c_escapes}) {
        CHECK(decode("a\\tb\\n\\\\\\e\\E", *rules) == "a\tb\n\\\x1b\x1b");
        CHECK(decode("\\x41\\x4a4\\xg", *rules) == "AJ4\\xg");
        CHECK(decode("\\q\\%", *rules) == "\\q\\%");
        CHECK(decode("end\\", *rules) == "end\\");
    }
}

TEST_CASE("escapes: octal takes three digits in the format and ANSI-C quotes and a zero more in echo", "[escapes]") {
    CHECK(decode("\\0101", forksh::printf_format_escapes) == std::string("\x08") + "1");
    CHECK(decode("\\0101", forksh::ansi_c_escapes) == std::string("\x08") + "1");
    CHECK(decode("\\0101", forksh::echo_escapes) == "A");
    CHECK(decode("\\101\\400", forksh::echo_escapes) == std::string("A\0", 2));
    CHECK(decode("\\101\\8", forksh::printf_format_escapes) == "A\\8");
}

TEST_CASE("escapes: backslash-c is text in the format and stops echo and makes a control character in ANSI-C quotes", "[escapes]") {
    bool stopped = false;
    CHECK(decode("a\\cb", forksh::printf_format_escapes, &stopped) == "a\\cb");
    CHECK_FALSE(stopped);
    CHECK(decode("a\\cb", forksh::echo_escapes, &stopped) == "a");
    CHECK(stopped);
    CHECK(decode("a\\cb\\c?", forksh::ansi_c_escapes, &stopped) == "a\x02\x7f");
    CHECK_FALSE(stopped);
    CHECK(decode("a\\c", forksh::ansi_c_escapes) == "a\\c");
}

TEST_CASE("escapes: quotes and ? after a backslash", "[escapes]") {
    CHECK(decode("\\\"\\'\\?", forksh::printf_format_escapes) == "\"'\\?");
    CHECK(decode("\\\"\\'\\?", forksh::echo_escapes) == "\\\"\\'\\?");
    CHECK(decode("\\\"\\'\\?", forksh::ansi_c_escapes) == "\"'?");
}

TEST_CASE("escapes: backslash-u follows the locale in printf and echo and is always UTF-8 in ANSI-C quotes", "[escapes]") {
    forksh::set_ctype_locale("C");
    CHECK(decode("\\u00e9", forksh::echo_escapes) == "\\u00e9");
    CHECK(decode("\\u00e9", forksh::ansi_c_escapes) == "\xc3\xa9");
    forksh::set_ctype_locale("C.UTF-8");
    CHECK(decode("\\u00e9\\U0001F600", forksh::printf_format_escapes) == "\xc3\xa9\xf0\x9f\x98\x80");
    CHECK(decode("\\ud800", forksh::printf_format_escapes) == "\\ud800");
    CHECK(decode("\\ud800", forksh::ansi_c_escapes) == "\xed\xa0\x80");
    CHECK(decode("\\u", forksh::ansi_c_escapes) == "\\u");
    forksh::set_ctype_locale("C");
}
