// test_parse_words.cpp: words with nested expansions, as parsed trees.
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

TEST_CASE("parser: a double-quoted parameter in an argument", "[parser]") {
    CHECK(ast_of("echo \"$x\" '$x' \\$x") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '"$x"' @1:6 [DoubleQuoted [Param $x]]
        word ''$x'' @1:11 [SingleQuoted "$x"]
        word '\$x' @1:16 [Escaped "$", Literal "x"]
)EOF");
}

TEST_CASE("parser: ${x:-'a b'} keeps the quoted default", "[parser]") {
    CHECK(ast_of("echo ${x:-\"a b\"}") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '${x:-"a b"}' @1:6 [Param ${x:-[DoubleQuoted [Literal "a b"]]}]
)EOF");
}

TEST_CASE("parser: command substitution body is parsed", "[parser]") {
    CHECK(ast_of("echo $(a | b; c)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '$(a | b; c)' @1:6 [CommandSubst "a | b; c"]
          subst @1:6
            List @1:8
              AndOr @1:8
                Pipeline @1:8
                  Simple @1:8
                    word 'a' @1:8 [Literal "a"]
                  Simple @1:12
                    word 'b' @1:12 [Literal "b"]
              AndOr @1:15
                Pipeline @1:15
                  Simple @1:15
                    word 'c' @1:15 [Literal "c"]
)EOF");
}

TEST_CASE("parser: case inside $(...) with an unbalanced )", "[parser]") {
    CHECK(ast_of("echo $(case x in x) echo y;; esac)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '$(case x in x) echo y;; esac)' @1:6 [CommandSubst "case x in x) echo y;; esac"]
          subst @1:6
            List @1:8
              AndOr @1:8
                Pipeline @1:8
                  Case @1:8
                    subject 'x' @1:13 [Literal "x"]
                    item @1:18
                      pattern 'x' @1:18 [Literal "x"]
                      List @1:21
                        AndOr @1:21
                          Pipeline @1:21
                            Simple @1:21
                              word 'echo' @1:21 [Literal "echo"]
                              word 'y' @1:26 [Literal "y"]
)EOF");
}

TEST_CASE("parser: nested $( ... '$(...)' ... )", "[parser]") {
    CHECK(ast_of("echo $(echo \"$(echo a) b\" c)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '$(echo "$(echo a) b" c)' @1:6 [CommandSubst "echo \"$(echo a) b\" c"]
          subst @1:6
            List @1:8
              AndOr @1:8
                Pipeline @1:8
                  Simple @1:8
                    word 'echo' @1:8 [Literal "echo"]
                    word '"$(echo a) b"' @1:13 [DoubleQuoted [CommandSubst "echo a", Literal " b"]]
                      subst @1:14
                        List @1:16
                          AndOr @1:16
                            Pipeline @1:16
                              Simple @1:16
                                word 'echo' @1:16 [Literal "echo"]
                                word 'a' @1:21 [Literal "a"]
                    word 'c' @1:27 [Literal "c"]
)EOF");
}

TEST_CASE("parser: $(( (1+2) )) is arithmetic", "[parser]") {
    CHECK(ast_of("echo $(( (1+2) * $x ))") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '$(( (1+2) * $x ))' @1:6 [Arith [Literal " (1+2) * ", Param $x, Literal " "]]
)EOF");
}

TEST_CASE("parser: a subshell right after $(", "[parser]") {
    CHECK(ast_of("echo $((echo a); echo b)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '$((echo a); echo b)' @1:6 [CommandSubst "(echo a); echo b"]
          subst @1:6
            List @1:8
              AndOr @1:8
                Pipeline @1:8
                  Subshell @1:8
                    List @1:9
                      AndOr @1:9
                        Pipeline @1:9
                          Simple @1:9
                            word 'echo' @1:9 [Literal "echo"]
                            word 'a' @1:14 [Literal "a"]
              AndOr @1:18
                Pipeline @1:18
                  Simple @1:18
                    word 'echo' @1:18 [Literal "echo"]
                    word 'b' @1:23 [Literal "b"]
)EOF");
}

TEST_CASE("parser: backquotes inside double quotes are parsed as a program", "[parser]") {
    CHECK(ast_of("echo \"`echo \\\"a\\\"`\"") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '"`echo \"a\"`"' @1:6 [DoubleQuoted [Backquoted "echo \\\"a\\\""]]
          backquoted @1:7
            List @1:8
              AndOr @1:8
                Pipeline @1:8
                  Simple @1:8
                    word 'echo' @1:8 [Literal "echo"]
                    word '"a"' @1:13 [DoubleQuoted [Literal "a"]]
)EOF");
}

TEST_CASE("parser: nested backquotes", "[parser]") {
    CHECK(ast_of("echo `echo \\`echo a\\``") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '`echo \`echo a\``' @1:6 [Backquoted "echo \\`echo a\\`"]
          backquoted @1:6
            List @1:7
              AndOr @1:7
                Pipeline @1:7
                  Simple @1:7
                    word 'echo' @1:7 [Literal "echo"]
                    word '`echo a`' @1:12 [Backquoted "echo a"]
                      backquoted @1:12
                        List @1:13
                          AndOr @1:13
                            Pipeline @1:13
                              Simple @1:13
                                word 'echo' @1:13 [Literal "echo"]
                                word 'a' @1:18 [Literal "a"]
)EOF");
}

TEST_CASE("parser: a comment inside $(...) may contain )", "[parser]") {
    CHECK(ast_of("echo $(echo a # )\n)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '$(echo a # )\n)' @1:6 [CommandSubst "echo a # )\n"]
          subst @1:6
            List @1:8
              AndOr @1:8
                Pipeline @1:8
                  Simple @1:8
                    word 'echo' @1:8 [Literal "echo"]
                    word 'a' @1:13 [Literal "a"]
)EOF");
}

TEST_CASE("parser: an empty command substitution", "[parser]") {
    CHECK(ast_of("echo $() `` $( )") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '$()' @1:6 [CommandSubst ""]
          subst @1:6
            List @1:8
        word '``' @1:10 [Backquoted ""]
          backquoted @1:10
            List @1:11
        word '$( )' @1:13 [CommandSubst " "]
          subst @1:13
            List @1:16
)EOF");
}

TEST_CASE("parser: command substitution over several lines", "[parser]") {
    CHECK(ast_of("x=$(\n  a\n  b\n)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        assign x @1:1 [CommandSubst "\n  a\n  b\n"]
          subst @1:3
            List @2:3
              AndOr @2:3
                Pipeline @2:3
                  Simple @2:3
                    word 'a' @2:3 [Literal "a"]
              AndOr @3:3
                Pipeline @3:3
                  Simple @3:3
                    word 'b' @3:3 [Literal "b"]
)EOF");
}

TEST_CASE("parser: command substitution in an assignment", "[parser]") {
    CHECK(ast_of("a=$(echo hi)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        assign a @1:1 [CommandSubst "echo hi"]
          subst @1:3
            List @1:5
              AndOr @1:5
                Pipeline @1:5
                  Simple @1:5
                    word 'echo' @1:5 [Literal "echo"]
                    word 'hi' @1:10 [Literal "hi"]
)EOF");
}

TEST_CASE("parser: command substitution in a redirection target", "[parser]") {
    CHECK(ast_of("echo >$(f)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        redirect > @1:6 '$(f)' [CommandSubst "f"]
          subst @1:7
            List @1:9
              AndOr @1:9
                Pipeline @1:9
                  Simple @1:9
                    word 'f' @1:9 [Literal "f"]
)EOF");
}

TEST_CASE("parser: arithmetic with a command substitution", "[parser]") {
    CHECK(ast_of("echo $(( $(f) + ${#x} ))") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '$(( $(f) + ${#x} ))' @1:6 [Arith [Literal " ", CommandSubst "f", Literal " + ", Param ${#x}, Literal " "]]
          subst @1:10
            List @1:12
              AndOr @1:12
                Pipeline @1:12
                  Simple @1:12
                    word 'f' @1:12 [Literal "f"]
)EOF");
}

TEST_CASE("parser: parameter expansions nest", "[parser]") {
    CHECK(ast_of("echo ${a:-${b:+\"$c\"}}") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '${a:-${b:+"$c"}}' @1:6 [Param ${a:-[Param ${b:+[DoubleQuoted [Param $c]]}]}]
)EOF");
}

TEST_CASE("parser: a for word list with expansions", "[parser]") {
    CHECK(ast_of("for f in *.c \"$@\" $(ls); do :; done") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      For f @1:1
        in
          word '*.c' @1:10 [Literal "*.c"]
          word '"$@"' @1:14 [DoubleQuoted [Param $@]]
          word '$(ls)' @1:19 [CommandSubst "ls"]
            subst @1:19
              List @1:21
                AndOr @1:21
                  Pipeline @1:21
                    Simple @1:21
                      word 'ls' @1:21 [Literal "ls"]
        do
          List @1:29
            AndOr @1:29
              Pipeline @1:29
                Simple @1:29
                  word ':' @1:29 [Literal ":"]
)EOF");
}

TEST_CASE("parser: a case subject with expansions", "[parser]") {
    CHECK(ast_of("case \"$1\" in *) ;; esac") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Case @1:1
        subject '"$1"' @1:6 [DoubleQuoted [Param $1]]
        item @1:14
          pattern '*' @1:14 [Literal "*"]
          (empty)
)EOF");
}

TEST_CASE("parser: bad substitution ${} is parsed, the error comes at expansion", "[parser]") {
    CHECK(ast_of("echo ${}") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '${}' @1:6 [Param ${bad "" []}]
)EOF");
}

TEST_CASE("parser: bad substitution ${1a} is parsed, the error comes at expansion", "[parser]") {
    CHECK(ast_of("echo ${1a}") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '${1a}' @1:6 [Param ${bad "1" [Literal "a"]}]
)EOF");
}

TEST_CASE("parser: bash substring ${x:0:2} has an offset and a length", "[parser]") {
    CHECK(ast_of("echo ${x:0:2}") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '${x:0:2}' @1:6 [Param ${x:[Literal "0"]:[Literal "2"]}]
)EOF");
}

TEST_CASE("parser: ${x/a/b} ends its replacement at the brace outside quotes", "[parser]") {
    CHECK(ast_of("echo ${x/a/\"b}\"}") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '${x/a/"b}"}' @1:6 [Param ${x/[Literal "a"]/[DoubleQuoted [Literal "b}"]]}]
)EOF");
}

TEST_CASE("parser: ${!x} is indirection, ${#x-a} a bad substitution", "[parser]") {
    CHECK(ast_of("echo ${!x} ${#x-a}") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '${!x}' @1:6 [Param ${!x}]
        word '${#x-a}' @1:12 [Param ${bad "x" [Literal "-a"]}]
)EOF");
}

TEST_CASE("parser: bash's parameter forms and array subscripts", "[parser]") {
    CHECK(ast_of("echo ${a[$i]:-z} ${!p@} ${v//x/&} ${v^^} ${!a[@]}") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word '${a[$i]:-z}' @1:6 [Param ${a[[Param $i]]:-[Literal "z"]}]
        word '${!p@}' @1:18 [Param ${!p@}]
        word '${v//x/&}' @1:25 [Param ${v//[Literal "x"]/[Literal "&"]}]
        word '${v^^}' @1:35 [Param ${v^^[]}]
        word '${!a[@]}' @1:42 [Param ${!a[[Literal "@"]]}]
)EOF");
}
