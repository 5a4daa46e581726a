// test_parse_errors.cpp: syntax errors and incomplete input, with kind, line and column.
// Each case shows the exact printed form (see shell/syntax/ast_dump.hpp); the
// expected text was checked by hand against POSIX and dash.
#include <catch2/catch.hpp>

#include <string>

#include "shell/syntax/ast_dump.hpp"
#include "shell/syntax/parser.hpp"
#include "tests/unit/parse_helpers.hpp"

using namespace forksh;

using forksh::test::ast_of;
using forksh::test::error_of;

TEST_CASE("parser: fi without if", "[parser]") {
    CHECK(error_of("fi") == "Syntax 1:1 syntax error: unexpected 'fi'");
}

TEST_CASE("parser: then where a command should be", "[parser]") {
    CHECK(error_of("then") == "Syntax 1:1 syntax error: unexpected 'then'");
}

TEST_CASE("parser: if without then", "[parser]") {
    CHECK(error_of("if true; fi") == "Syntax 1:10 syntax error: unexpected 'fi' (expecting 'then')");
}

TEST_CASE("parser: an empty then branch", "[parser]") {
    CHECK(error_of("if true; then fi") == "Syntax 1:15 syntax error: unexpected 'fi'");
}

TEST_CASE("parser: an empty else branch", "[parser]") {
    CHECK(error_of("if a; then b; else fi") == "Syntax 1:20 syntax error: unexpected 'fi'");
}

TEST_CASE("parser: an empty brace group", "[parser]") {
    CHECK(error_of("{ }") == "Syntax 1:3 syntax error: unexpected '}'");
}

TEST_CASE("parser: an empty subshell", "[parser]") {
    CHECK(error_of("( )") == "Syntax 1:3 syntax error: unexpected ')'");
}

TEST_CASE("parser: an empty loop body", "[parser]") {
    CHECK(error_of("while a; do done") == "Syntax 1:13 syntax error: unexpected 'done'");
}

TEST_CASE("parser: && followed by semicolon", "[parser]") {
    CHECK(error_of("a && ;") == "Syntax 1:6 syntax error: unexpected ';'");
}

TEST_CASE("parser: a pipe at the start", "[parser]") {
    CHECK(error_of("| x") == "Syntax 1:1 syntax error: unexpected '|'");
}

TEST_CASE("parser: semicolon at the start", "[parser]") {
    CHECK(error_of("; a") == "Syntax 1:1 syntax error: unexpected ';'");
}

TEST_CASE("parser: two semicolon in a row", "[parser]") {
    CHECK(error_of("a;;") == "Syntax 1:2 syntax error: unexpected ';;'");
}

TEST_CASE("parser: double-semicolon outside case", "[parser]") {
    CHECK(error_of("echo a ;; echo b") == "Syntax 1:8 syntax error: unexpected ';;'");
}

TEST_CASE("parser: an unexpected )", "[parser]") {
    CHECK(error_of("echo a )") == "Syntax 1:8 syntax error: unexpected ')'");
}

TEST_CASE("parser: ( after a word", "[parser]") {
    CHECK(error_of("echo a (b)") == "Syntax 1:8 syntax error: unexpected '('");
}

TEST_CASE("parser: a doubled !", "[parser]") {
    CHECK(error_of("! ! true") == "Syntax 1:3 syntax error: unexpected '!'");
}

TEST_CASE("parser: ! after a pipe", "[parser]") {
    CHECK(error_of("a | ! b") == "Syntax 1:5 syntax error: unexpected '!'");
}

TEST_CASE("parser: a redirection without a target", "[parser]") {
    CHECK(error_of("echo > ;") == "Syntax 1:8 syntax error: unexpected ';'");
}

TEST_CASE("parser: a redirection at end of input", "[parser]") {
    CHECK(error_of("echo a >&") == "Incomplete 1:10 syntax error: unexpected end of file");
}

TEST_CASE("parser: a redirection target that is an operator", "[parser]") {
    CHECK(error_of("cat < |") == "Syntax 1:7 syntax error: unexpected '|'");
}

TEST_CASE("parser: a bad function name", "[parser]") {
    // bash's dialect takes any unquoted word without an expansion; POSIX a NAME.
    CHECK(error_of("foo-bar() { :; }") == "no error");
    CHECK(error_of("foo-bar() { :; }", true) == "Syntax 1:1 syntax error: bad function name 'foo-bar'");
    CHECK(error_of("12() { :; }") == "Syntax 1:1 syntax error: bad function name '12'");
}

TEST_CASE("parser: a function body must be a compound command", "[parser]") {
    CHECK(error_of("f() echo") == "Syntax 1:5 syntax error: unexpected 'echo'");
}

TEST_CASE("parser: a function name needs ()", "[parser]") {
    CHECK(error_of("f( { :; }") == "Syntax 1:4 syntax error: unexpected '{' (expecting ')')");
}

TEST_CASE("parser: a bad for loop variable", "[parser]") {
    CHECK(error_of("for 1x in a; do :; done") == "Syntax 1:5 syntax error: bad for loop variable '1x'");
}

TEST_CASE("parser: for needs do", "[parser]") {
    CHECK(error_of("for i in a b; echo; done") == "Syntax 1:15 syntax error: unexpected 'echo' (expecting 'do')");
}

TEST_CASE("parser: do inside a for word list is a word", "[parser]") {
    CHECK(error_of("for i in a b do; done") == "Syntax 1:18 syntax error: unexpected 'done' (expecting 'do')");
}

TEST_CASE("parser: case needs in", "[parser]") {
    CHECK(error_of("case x a) ;; esac") == "Syntax 1:8 syntax error: unexpected 'a' (expecting 'in')");
}

TEST_CASE("parser: a case pattern needs )", "[parser]") {
    CHECK(error_of("case x in a echo;; esac") == "Syntax 1:13 syntax error: unexpected 'echo' (expecting ')')");
}

TEST_CASE("parser: esac as a bare pattern", "[parser]") {
    CHECK(error_of("case esac in esac) ;; esac") == "Syntax 1:18 syntax error: unexpected ')'");
}

TEST_CASE("parser: a case item needs double-semicolon before the next", "[parser]") {
    CHECK(error_of("case x in a) echo a b) echo b;; esac") == "Syntax 1:22 syntax error: unexpected ')' (expecting ';;')");
}

TEST_CASE("parser: reserved words are not recognised after an assignment", "[parser]") {
    CHECK(error_of("x=1 if true; then echo y; fi") == "Syntax 1:14 syntax error: unexpected 'then'");
}

TEST_CASE("parser: } after an assignment is a word", "[parser]") {
    CHECK(error_of("a=1 { echo; }") == "Syntax 1:13 syntax error: unexpected '}'");
}

TEST_CASE("parser: done without do", "[parser]") {
    CHECK(error_of("while a; done") == "Syntax 1:10 syntax error: unexpected 'done' (expecting 'do')");
}

TEST_CASE("parser: else after the if is closed", "[parser]") {
    CHECK(error_of("if a; then b; fi else") == "Syntax 1:18 syntax error: unexpected 'else'");
}

TEST_CASE("parser: a newline where a name is needed", "[parser]") {
    CHECK(error_of("for\ni in a; do :; done") == "Syntax 1:4 syntax error: unexpected newline (expecting 'name')");
}

TEST_CASE("parser: $(( with a single closing paren", "[parser]") {
    CHECK(error_of("echo $((1+2)+3)") == "Syntax 1:13 syntax error: unexpected '+3' (expecting ')')");
}

TEST_CASE("parser: a syntax error inside $(...)", "[parser]") {
    CHECK(error_of("echo $(fi)") == "Syntax 1:8 syntax error: unexpected 'fi'");
}

TEST_CASE("parser: a syntax error inside backquotes", "[parser]") {
    CHECK(error_of("echo `fi`") == "Syntax 1:7 syntax error: unexpected 'fi'");
}

TEST_CASE("parser: an unfinished if inside backquotes is an error", "[parser]") {
    CHECK(error_of("echo `if true`") == "Syntax 1:14 syntax error: unexpected end of file (expecting 'then')");
}

TEST_CASE("parser: open single quote", "[parser]") {
    CHECK(error_of("echo 'abc") == "Incomplete 1:6 syntax error: unterminated quoted string");
}

TEST_CASE("parser: open double quote", "[parser]") {
    CHECK(error_of("echo \"abc") == "Incomplete 1:6 syntax error: unterminated quoted string");
}

TEST_CASE("parser: open quote on a later line", "[parser]") {
    CHECK(error_of("echo a\necho \"b\nc") == "Incomplete 2:6 syntax error: unterminated quoted string");
}

TEST_CASE("parser: open $'", "[parser]") {
    CHECK(error_of("echo $'abc") == "Incomplete 1:6 syntax error: unterminated quoted string");
}

TEST_CASE("parser: open backquote", "[parser]") {
    CHECK(error_of("echo `abc") == "Incomplete 1:6 syntax error: unexpected end of file (expecting '`')");
}

TEST_CASE("parser: open $(", "[parser]") {
    CHECK(error_of("echo $(echo a") == "Incomplete 1:14 syntax error: unexpected end of file (expecting ')')");
}

TEST_CASE("parser: open ${", "[parser]") {
    CHECK(error_of("echo ${x") == "Incomplete 1:6 syntax error: missing '}'");
}

TEST_CASE("parser: open ${x:-", "[parser]") {
    CHECK(error_of("echo ${x:-abc") == "Incomplete 1:6 syntax error: missing '}'");
}

TEST_CASE("parser: open $((", "[parser]") {
    CHECK(error_of("echo $((1 + 2") == "Incomplete 1:6 syntax error: missing '))'");
}

TEST_CASE("parser: if without fi", "[parser]") {
    CHECK(error_of("if a; then b") == "Incomplete 1:13 syntax error: unexpected end of file (expecting 'fi')");
}

TEST_CASE("parser: if at end of input", "[parser]") {
    CHECK(error_of("if") == "Incomplete 1:3 syntax error: unexpected end of file (expecting 'then')");
}

TEST_CASE("parser: while without done", "[parser]") {
    CHECK(error_of("while a; do b\n") == "Incomplete 2:1 syntax error: unexpected end of file (expecting 'done')");
}

TEST_CASE("parser: for without done", "[parser]") {
    CHECK(error_of("for i in a; do") == "Incomplete 1:15 syntax error: unexpected end of file (expecting 'done')");
}

TEST_CASE("parser: case without esac", "[parser]") {
    CHECK(error_of("case x in a) b;;") == "Incomplete 1:17 syntax error: unexpected end of file (expecting 'esac')");
}

TEST_CASE("parser: case at end of input after in", "[parser]") {
    CHECK(error_of("case x in") == "Incomplete 1:10 syntax error: unexpected end of file (expecting 'esac')");
}

TEST_CASE("parser: { without }", "[parser]") {
    CHECK(error_of("{ a") == "Incomplete 1:4 syntax error: unexpected end of file (expecting '}')");
}

TEST_CASE("parser: ( without )", "[parser]") {
    CHECK(error_of("(a") == "Incomplete 1:3 syntax error: unexpected end of file (expecting ')')");
}

TEST_CASE("parser: a trailing pipe", "[parser]") {
    CHECK(error_of("a |") == "Incomplete 1:4 syntax error: unexpected end of file");
}

TEST_CASE("parser: a trailing &&", "[parser]") {
    CHECK(error_of("a &&") == "Incomplete 1:5 syntax error: unexpected end of file");
}

TEST_CASE("parser: a trailing ||", "[parser]") {
    CHECK(error_of("a ||\n\n") == "Incomplete 3:1 syntax error: unexpected end of file");
}

TEST_CASE("parser: a function name at end of input", "[parser]") {
    CHECK(error_of("f()") == "Incomplete 1:4 syntax error: unexpected end of file");
}

TEST_CASE("parser: an open quote inside $(...)", "[parser]") {
    CHECK(error_of("echo $(echo 'a)") == "Incomplete 1:13 syntax error: unterminated quoted string");
}
