// Unit tests for shell/printf_format: the printf format language, with the
// exact text dash and bash produce (checked against both).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "shell/text/escapes.hpp"
#include "shell/text/printf_format.hpp"

using forksh::format_printf;
using forksh::PrintfResult;

namespace {
PrintfResult run(std::string_view format, std::vector<std::string> args = {}) {
    return format_printf(format, args);
}
std::string out(std::string_view format, std::vector<std::string> args = {}) {
    PrintfResult r = run(format, std::move(args));
    CHECK(r.status == 0);
    CHECK(r.errors.empty());
    return r.output;
}
std::string escapes(std::string_view text, bool* stopped_out = nullptr) {
    std::string o;
    bool stopped = !forksh::append_escapes(text, o, forksh::echo_escapes);
    if (stopped_out) *stopped_out = stopped;
    return o;
}
}  // namespace

TEST_CASE("printf: plain text is copied", "[printf]") { CHECK(out("hello") == "hello"); }

TEST_CASE("printf: %s substitutes a string", "[printf]") { CHECK(out("<%s>\n", {"abc"}) == "<abc>\n"); }

TEST_CASE("printf: %% is a percent sign and takes no argument", "[printf]") {
    CHECK(out("100%%\n") == "100%\n");
    CHECK(out("%%%s", {"x"}) == "%x");
}

TEST_CASE("printf: the format is reused while arguments remain", "[printf]") {
    CHECK(out("%s\n", {"a", "b", "c"}) == "a\nb\nc\n");
    CHECK(out("%s %s\n", {"a", "b", "c"}) == "a b\nc \n");
}

TEST_CASE("printf: a format without conversions is printed once", "[printf]") {
    CHECK(out("x\n", {"a", "b"}) == "x\n");
}

TEST_CASE("printf: missing arguments are empty strings or zero", "[printf]") {
    CHECK(out("[%s][%d][%c]\n") == std::string("[][0][\0]\n", 9));
    CHECK(out("%d %d\n", {"1"}) == "1 0\n");
}

TEST_CASE("printf: width pads on the left, - pads on the right", "[printf]") {
    CHECK(out("%5s|%-5s|\n", {"ab", "cd"}) == "   ab|cd   |\n");
}

TEST_CASE("printf: precision truncates a string", "[printf]") {
    CHECK(out("%.2s|%5.2s|\n", {"abc", "abc"}) == "ab|   ab|\n");
}

TEST_CASE("printf: %d and %i take decimal integers", "[printf]") {
    CHECK(out("%d %i %d\n", {"42", "-7", "+5"}) == "42 -7 5\n");
}

TEST_CASE("printf: integers may be hex or octal", "[printf]") {
    CHECK(out("%d %d\n", {"0x1F", "017"}) == "31 15\n");
}

TEST_CASE("printf: a leading quote gives the character code", "[printf]") {
    CHECK(out("%d %d %d\n", {"'A", "\"B", "'"}) == "65 66 0\n");
}

TEST_CASE("printf: leading blanks in a number are allowed", "[printf]") { CHECK(out("%d\n", {" 12"}) == "12\n"); }

TEST_CASE("printf: an invalid number reports, prints 0 and gives status 1", "[printf]") {
    PrintfResult r = run("%d|\n", {"abc"});
    CHECK(r.output == "0|\n");
    CHECK(r.status == 1);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0] == "'abc': invalid number");
}

TEST_CASE("printf: a partly valid number keeps the valid prefix", "[printf]") {
    PrintfResult r = run("%d\n", {"12abc"});
    CHECK(r.output == "12\n");
    CHECK(r.status == 1);
    CHECK(r.errors.at(0) == "'12abc': invalid number");
}

TEST_CASE("printf: printing goes on after a bad number", "[printf]") {
    PrintfResult r = run("%d\n", {"x", "3"});
    CHECK(r.output == "0\n3\n");
    CHECK(r.status == 1);
}

TEST_CASE("printf: a trailing blank makes a number invalid", "[printf]") {
    PrintfResult r = run("%d\n", {" 12 "});
    CHECK(r.output == "12\n");
    CHECK(r.status == 1);
}

TEST_CASE("printf: an empty numeric argument is 0 without error", "[printf]") { CHECK(out("%d\n", {""}) == "0\n"); }

TEST_CASE("printf: an out of range number is clamped with an error", "[printf]") {
    PrintfResult r = run("%d\n", {"99999999999999999999"});
    CHECK(r.output == "9223372036854775807\n");
    CHECK(r.status == 1);
}

TEST_CASE("printf: %u %o %x %X of negative numbers wrap as in C", "[printf]") {
    CHECK(out("%x %o %u\n", {"-1", "8", "-1"}) == "ffffffffffffffff 10 18446744073709551615\n");
    CHECK(out("%X\n", {"255"}) == "FF\n");
}

TEST_CASE("printf: %u accepts the largest unsigned value", "[printf]") {
    CHECK(out("%u\n", {"18446744073709551615"}) == "18446744073709551615\n");
}

TEST_CASE("printf: integer flags: precision, -, 0, +, space", "[printf]") {
    CHECK(out("%.3d|%-5d|%05d|%+d|% d\n", {"5", "5", "5", "5", "5"}) == "005|5    |00005|+5| 5\n");
}

TEST_CASE("printf: the # flag adds 0x and 0", "[printf]") { CHECK(out("%#x %#o\n", {"255", "8"}) == "0xff 010\n"); }

TEST_CASE("printf: the minus flag overrides 0", "[printf]") { CHECK(out("%-05d|\n", {"3"}) == "3    |\n"); }

TEST_CASE("printf: C length modifiers are accepted and ignored", "[printf]") {
    CHECK(out("%ld %lld %hd\n", {"1", "2", "3"}) == "1 2 3\n");
}

TEST_CASE("printf: floating point conversions", "[printf]") {
    CHECK(out("%e %f %g\n", {"1.5", "1.5", "1.5"}) == "1.500000e+00 1.500000 1.5\n");
    CHECK(out("%G %E %F\n", {"1e-10", "1", "2"}) == "1E-10 1.000000E+00 2.000000\n");
}

TEST_CASE("printf: %a uses a double, as dash does", "[printf]") { CHECK(out("%a\n", {"1"}) == "0x1p+0\n"); }

TEST_CASE("printf: floating point width, precision and flags", "[printf]") {
    CHECK(out("%10.3e|\n", {"12345"}) == " 1.234e+04|\n");
    CHECK(out("%-+8.2f|\n", {"3.14159"}) == "+3.14   |\n");
    CHECK(out("%08.3f\n", {"-3.5"}) == "-003.500\n");
    CHECK(out("%#g\n", {"1"}) == "1.00000\n");
    CHECK(out("%.2f\n", {"1e3"}) == "1000.00\n");
}

TEST_CASE("printf: an invalid floating point number prints 0 with an error", "[printf]") {
    PrintfResult r = run("%f\n", {"abc"});
    CHECK(r.output == "0.000000\n");
    CHECK(r.status == 1);
    CHECK(r.errors.at(0) == "'abc': invalid number");
}

TEST_CASE("printf: * takes width and precision from the arguments", "[printf]") {
    CHECK(out("%*d|%-*d|%.*f\n", {"4", "1", "4", "1", "2", "3.14159"}) == "   1|1   |3.14\n");
}

TEST_CASE("printf: a negative * width means left alignment", "[printf]") { CHECK(out("%*s|\n", {"-4", "a"}) == "a   |\n"); }

TEST_CASE("printf: %c prints the first character", "[printf]") {
    CHECK(out("%c|%c|\n", {"ab", "x"}) == "a|x|\n");
    CHECK(out("[%5c]\n", {"x"}) == "[    x]\n");
}

TEST_CASE("printf: %c of an empty argument is a NUL byte", "[printf]") {
    CHECK(out("%c|", {""}) == std::string("\0|", 2));
}

TEST_CASE("printf: format escapes", "[printf]") {
    CHECK(out("a\\tb\\nc\\\\d") == "a\tb\nc\\d");
    CHECK(out("\\a\\b\\f\\r\\v") == "\a\b\f\r\v");
    CHECK(out("\\\"\\'") == "\"'");
}

TEST_CASE("printf: octal escapes in the format take up to three digits", "[printf]") {
    CHECK(out("\\101\\0101|") == "A\b1|");
    CHECK(out("\\1019") == "A9");
}

TEST_CASE("printf: hex escapes in the format take up to two digits", "[printf]") {
    CHECK(out("\\x41\\x4a\\x414") == "AJA4");
}

TEST_CASE("printf: unknown escapes are kept", "[printf]") {
    CHECK(out("\\q|\\x|") == "\\q|\\x|");
    CHECK(out("a\\") == "a\\");
}

TEST_CASE("printf: backslash-c in the format is not special", "[printf]") { CHECK(out("a\\cb") == "a\\cb"); }

TEST_CASE("printf: %b interprets escapes in the argument", "[printf]") {
    CHECK(out("[%b]\n", {"a\\tb\\n"}) == "[a\tb\n]\n");
    CHECK(out("[%b][%b]\n", {"a\\101b", "\\0101"}) == "[aAb][A]\n");
}

TEST_CASE("printf: %b with backslash-c stops all output", "[printf]") {
    CHECK(out("[%b]\n", {"x\\cy", "more"}) == "[x");
}

TEST_CASE("printf: %s does not interpret escapes", "[printf]") { CHECK(out("%s\n", {"\\n"}) == "\\n\n"); }

TEST_CASE("printf: %b honours width and precision", "[printf]") { CHECK(out("%5b|%.1b|\n", {"a\\n", "xy"}) == "   a\n|x|\n"); }

TEST_CASE("printf: an unknown conversion stops with an error", "[printf]") {
    PrintfResult r = run("a%zb\n", {"1"});
    CHECK(r.output == "a");
    CHECK(r.status == 1);
    CHECK(r.errors.at(0) == "'%z': invalid directive");
}

TEST_CASE("printf: a % with a width is not %%", "[printf]") {
    PrintfResult r = run("%5%|");
    CHECK(r.status == 1);
    CHECK(r.errors.at(0) == "'%5%': invalid directive");
}

TEST_CASE("printf: a % at the end is a missing conversion", "[printf]") {
    PrintfResult r = run("abc%");
    CHECK(r.output == "abc");
    CHECK(r.status == 1);
    CHECK(r.errors.at(0) == "'%': missing format character");
}

TEST_CASE("printf: a huge width is refused, not allocated", "[printf]") {
    PrintfResult r = run("%999999999999d", {"1"});
    CHECK(r.status == 1);
    CHECK(r.output.empty());
}

TEST_CASE("printf: escapes helper: echo -e escapes", "[printf]") {
    CHECK(escapes("a\\nb\\tc") == "a\nb\tc");
    CHECK(escapes("\\e") == "\x1b");
    CHECK(escapes("\\0") == std::string("\0", 1));
    CHECK(escapes("\\x41\\0101\\101") == "AAA");
    CHECK(escapes("trailing\\") == "trailing\\");
}

TEST_CASE("printf: escapes helper: backslash-c stops and reports it", "[printf]") {
    bool stopped = false;
    CHECK(escapes("ab\\cde", &stopped) == "ab");
    CHECK(stopped);
    CHECK(escapes("ab", &stopped) == "ab");
    CHECK_FALSE(stopped);
}

TEST_CASE("printf: multibyte text passes through %s unchanged", "[printf]") {
    CHECK(out("%s|\n", {"h\xc3\xa9llo"}) == "h\xc3\xa9llo|\n");
}

TEST_CASE("printf: arguments run out in the middle of a reused format", "[printf]") {
    CHECK(out("%s=%d;", {"a", "1", "b"}) == "a=1;b=0;");
}
