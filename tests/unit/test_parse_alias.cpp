// test_parse_alias.cpp: alias substitution through ParserOptions::aliases
// (XCU 2.3.1): only unquoted words in command position, no recursion, and a
// value ending in a blank makes the next word a candidate too.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "shell/syntax/ast_dump.hpp"
#include "shell/syntax/parser.hpp"

using namespace forksh;

namespace {

std::string ast_with(const std::map<std::string, std::string, std::less<>>& aliases, std::string_view text) {
    ParserOptions options;
    options.aliases = [&aliases](std::string_view name) -> const std::string* {
        auto it = aliases.find(name);
        return it == aliases.end() ? nullptr : &it->second;
    };
    return dump_ast(parse_program(text, options));
}

}  // namespace

TEST_CASE("parser: an alias in command position is replaced by its text", "[parser][alias]") {
    CHECK(ast_with({{"ll", "ls -l"}}, "ll /tmp") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'ls' @1:1 [Literal "ls"]
        word '-l' @1:1 [Literal "-l"]
        word '/tmp' @1:4 [Literal "/tmp"]
)");
}

TEST_CASE("parser: an alias name as an argument is not replaced", "[parser][alias]") {
    CHECK(ast_with({{"ll", "ls -l"}}, "echo ll") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word 'll' @1:6 [Literal "ll"]
)");
}

TEST_CASE("parser: a quoted alias name is not replaced", "[parser][alias]") {
    CHECK(ast_with({{"ll", "ls -l"}}, "'ll'; \\ll") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word ''ll'' @1:1 [SingleQuoted "ll"]
  AndOr @1:7
    Pipeline @1:7
      Simple @1:7
        word '\ll' @1:7 [Escaped "l", Literal "l"]
)");
}

TEST_CASE("parser: an alias is not expanded inside its own text", "[parser][alias]") {
    CHECK(ast_with({{"ls", "ls -F"}}, "ls") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'ls' @1:1 [Literal "ls"]
        word '-F' @1:1 [Literal "-F"]
)");
}

TEST_CASE("parser: aliases that name each other stop after one round", "[parser][alias]") {
    CHECK(ast_with({{"a", "b"}, {"b", "a x"}}, "a") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'a' @1:1 [Literal "a"]
        word 'x' @1:1 [Literal "x"]
)");
}

TEST_CASE("parser: an alias ending in a blank makes the next word an alias candidate", "[parser][alias]") {
    CHECK(ast_with({{"sudo", "sudo "}, {"ll", "ls -l"}}, "sudo ll") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'sudo' @1:1 [Literal "sudo"]
        word 'ls' @1:6 [Literal "ls"]
        word '-l' @1:6 [Literal "-l"]
)");
}

TEST_CASE("parser: an alias without a trailing blank leaves the next word alone", "[parser][alias]") {
    CHECK(ast_with({{"run", "exec"}, {"ll", "ls -l"}}, "run ll") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'exec' @1:1 [Literal "exec"]
        word 'll' @1:5 [Literal "ll"]
)");
}

TEST_CASE("parser: an alias may expand to a compound command", "[parser][alias]") {
    CHECK(ast_with({{"loop", "while true; do"}}, "loop :; done") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      While @1:1
        condition
          List @1:1
            AndOr @1:1
              Pipeline @1:1
                Simple @1:1
                  word 'true' @1:1 [Literal "true"]
        do
          List @1:6
            AndOr @1:6
              Pipeline @1:6
                Simple @1:6
                  word ':' @1:6 [Literal ":"]
)");
}

TEST_CASE("parser: an alias may hold several commands", "[parser][alias]") {
    CHECK(ast_with({{"both", "a; b"}}, "both c") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'a' @1:1 [Literal "a"]
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'b' @1:1 [Literal "b"]
        word 'c' @1:6 [Literal "c"]
)");
}

TEST_CASE("parser: a reserved word is never an alias", "[parser][alias]") {
    CHECK(ast_with({{"if", "echo no"}}, "if a; then b; fi") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      If @1:1
        if
          List @1:4
            AndOr @1:4
              Pipeline @1:4
                Simple @1:4
                  word 'a' @1:4 [Literal "a"]
        then
          List @1:12
            AndOr @1:12
              Pipeline @1:12
                Simple @1:12
                  word 'b' @1:12 [Literal "b"]
)");
}

TEST_CASE("parser: aliases are expanded after semicolon && | and inside $(...)", "[parser][alias]") {
    CHECK(ast_with({{"g", "grep"}}, "g; x && g | g $(g)") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'grep' @1:1 [Literal "grep"]
  AndOr @1:4
    Pipeline @1:4
      Simple @1:4
        word 'x' @1:4 [Literal "x"]
    && Pipeline @1:9
      Simple @1:9
        word 'grep' @1:9 [Literal "grep"]
      Simple @1:13
        word 'grep' @1:13 [Literal "grep"]
        word '$(g)' @1:15 [CommandSubst "g"]
          subst @1:15
            List @1:17
              AndOr @1:17
                Pipeline @1:17
                  Simple @1:17
                    word 'grep' @1:17 [Literal "grep"]
)");
}

TEST_CASE("parser: an alias after assignments is expanded", "[parser][alias]") {
    CHECK(ast_with({{"ll", "ls -l"}}, "A=1 ll") == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        assign A @1:1 [Literal "1"]
        word 'ls' @1:5 [Literal "ls"]
        word '-l' @1:5 [Literal "-l"]
)");
}

TEST_CASE("parser: an empty alias disappears", "[parser][alias]") {
    CHECK(ast_with({{"nothing", ""}}, "nothing echo hi") == R"(List @1:9
  AndOr @1:9
    Pipeline @1:9
      Simple @1:9
        word 'echo' @1:9 [Literal "echo"]
        word 'hi' @1:14 [Literal "hi"]
)");
}
