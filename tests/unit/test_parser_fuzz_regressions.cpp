// test_parser_fuzz_regressions.cpp: inputs that stress the parser's edges
// (found by tests/fuzz/fuzz_parser or written while hardening it). Each must
// parse or fail with a ParseError: never crash, hang or overflow the stack.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "shell/syntax/ast_dump.hpp"
#include "shell/syntax/parser.hpp"

using namespace forksh;

namespace {

std::string outcome(std::string_view text, const ParserOptions& options = {}) {
    try {
        return dump_ast(parse_program(text, options));
    } catch (const ParseError& e) {
        return std::string(e.kind() == ParseError::Kind::Incomplete ? "Incomplete " : "Syntax ") +
               std::to_string(e.span().line) + ":" + std::to_string(e.span().column) + " " + e.what();
    }
}

}  // namespace

TEST_CASE("parser: fuzz: a NUL byte is a word character, not an operator", "[parser][fuzz]") {
    using namespace std::string_literals;
    CHECK(outcome("echo a\0b"s) == "List @1:1\n  AndOr @1:1\n    Pipeline @1:1\n      Simple @1:1\n"
                                    "        word 'echo' @1:1 [Literal \"echo\"]\n"
                                    "        word 'a\\x00b' @1:6 [Literal \"a\\x00b\"]\n");
}

TEST_CASE("parser: fuzz: a here-document inside backquotes ends with the backquotes", "[parser][fuzz]") {
    CHECK(outcome("echo `cat <<EOF`") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '`cat <<EOF`' @1:6 [Backquoted "cat <<EOF"]
          backquoted @1:6
            List @1:7
              AndOr @1:7
                Pipeline @1:7
                  Simple @1:7
                    word 'cat' @1:7 [Literal "cat"]
                    redirect << @1:11 'EOF' [Literal "EOF"]
                      heredoc delimiter "EOF" expand @1:16 []
)");
}

TEST_CASE("parser: fuzz: an outer here-document waits while backquotes read their own", "[parser][fuzz]") {
    CHECK(outcome("cat <<A `cat <<B\nb\nB\n`\na\nA\n") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        word '`cat <<B\nb\nB\n`' @1:9 [Backquoted "cat <<B\nb\nB\n"]
          backquoted @1:9
            List @1:10
              AndOr @1:10
                Pipeline @1:10
                  Simple @1:10
                    word 'cat' @1:10 [Literal "cat"]
                    redirect << @1:14 'B' [Literal "B"]
                      heredoc delimiter "B" expand @2:1 [Literal "b\n"]
        redirect << @1:5 'A' [Literal "A"]
          heredoc delimiter "A" expand @5:1 [Literal "a\n"]
)");
}

TEST_CASE("parser: fuzz: an open $( inside complete backquotes is a syntax error", "[parser][fuzz]") {
    CHECK(outcome("echo `echo $(`") == "Syntax 1:14 syntax error: unexpected end of file (expecting ')')");
}

TEST_CASE("parser: fuzz: an open $( inside a here-document body is a syntax error", "[parser][fuzz]") {
    CHECK(outcome("cat <<EOF\n$(echo\nEOF\n") == "Syntax 3:1 syntax error: unexpected end of file (expecting ')')");
}

TEST_CASE("parser: fuzz: a here-document that swallows the closing ) of $(", "[parser][fuzz]") {
    CHECK(outcome("x=$(cat <<EOF\nno end") == "Incomplete 2:7 syntax error: unexpected end of file (expecting ')')");
}

TEST_CASE("parser: fuzz: $(( at end of input", "[parser][fuzz]") {
    CHECK(outcome("$((") == "Incomplete 1:1 syntax error: missing '))'");
}

TEST_CASE("parser: fuzz: a here-document operator with no delimiter", "[parser][fuzz]") {
    CHECK(outcome("a <<EOF <<") == "Incomplete 1:11 syntax error: unexpected end of file");
}

TEST_CASE("parser: fuzz: } inside backquotes inside ${x:-...} inside $(...)", "[parser][fuzz]") {
    CHECK(outcome("\"${x:-`echo }`}\"") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word '"${x:-`echo }`}"' @1:1 [DoubleQuoted [Param ${x:-[Backquoted "echo }"]}]]
          backquoted @1:7
            List @1:8
              AndOr @1:8
                Pipeline @1:8
                  Simple @1:8
                    word 'echo' @1:8 [Literal "echo"]
                    word '}' @1:13 [Literal "}"]
)");
}

TEST_CASE("parser: fuzz: an alias that opens a quote", "[parser][fuzz]") {
    static const std::string quote = "'";
    ParserOptions options;
    options.aliases = [](std::string_view name) -> const std::string* { return name == "q" ? &quote : nullptr; };
    CHECK(outcome("q a b'", options) == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word '' a b'' @1:1 [SingleQuoted " a b"]
)");
}

TEST_CASE("parser: fuzz: an alias loop through a trailing blank ends", "[parser][fuzz]") {
    static const std::map<std::string, std::string, std::less<>> aliases = {{"a", "a "}, {"b", "a b "}};
    ParserOptions options;
    options.aliases = [](std::string_view name) -> const std::string* {
        auto it = aliases.find(name);
        return it == aliases.end() ? nullptr : &it->second;
    };
    CHECK(outcome("b a b", options) == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'a' @1:1 [Literal "a"]
        word 'b' @1:1 [Literal "b"]
        word 'a' @1:3 [Literal "a"]
        word 'a' @1:5 [Literal "a"]
        word 'b' @1:5 [Literal "b"]
)");
}

TEST_CASE("parser: fuzz: many nested brace groups stop at the nesting limit", "[parser][fuzz]") {
    std::string deep;
    for (int i = 0; i < 200000; ++i) deep += "{ ";  // more than any stack here holds
    CHECK_THAT(outcome(deep), Catch::Matchers::Contains("syntax error: nesting too deep"));
}

TEST_CASE("parser: fuzz: many nested backquotes-in-$( stop at the nesting limit", "[parser][fuzz]") {
    std::string deep;
    // The quotes count nothing (only the stack bounds them); the 6,000 `$(`
    // pass the count of 5,000 words inside words.
    for (int i = 0; i < 6000; ++i) deep += "\"$(";
    CHECK(outcome(deep).find("nesting too deep") != std::string::npos);
}

TEST_CASE("parser: fuzz: a lone backslash-newline at end of input", "[parser][fuzz]") {
    CHECK(outcome("\\\n") == "List @1:1\n");
}

TEST_CASE("parser: fuzz: $( then a newline then end of input", "[parser][fuzz]") {
    CHECK(outcome("$(\n") == "Incomplete 2:1 syntax error: unexpected end of file (expecting ')')");
}

// Found by fuzz_parser (25-minute run, 2026-12-01): the inner here-document
// of a $( ) inside a here-document body stayed waiting for its body after
// the outer body was read, and was written to after its AST was freed.
// Read as a script is: command after command, going on after an error.
TEST_CASE("parser: fuzz: a here-document inside $( ) in a here-document body", "[parser][fuzz]") {
    for (std::string_view text : {"<<O\n$(<<O)", "<<O\n$(<<O)\n", "cat <<E\nA $(cat <<X) B\nE\n"}) {
        Parser parser(text);
        int commands = 0;
        for (int i = 0; i < 10; ++i) {
            try {
                if (!parser.next_command()) break;
                ++commands;
            } catch (const ParseError&) {
                parser.recover();
            }
        }
        CHECK(commands == 1);
    }
}
