// test_parser.cpp: the grammar of XCU 2.9-2.10, one production at a time.
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

TEST_CASE("parser: a simple command with arguments", "[parser]") {
    CHECK(ast_of("echo hello world") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word 'hello' @1:6 [Literal "hello"]
        word 'world' @1:12 [Literal "world"]
)EOF");
}

TEST_CASE("parser: an empty program is an empty list", "[parser]") {
    CHECK(ast_of("") == R"EOF(List @1:1
)EOF");
}

TEST_CASE("parser: blank lines and comments give no commands", "[parser]") {
    CHECK(ast_of("\n# comment\n\n  # indented\n") == R"EOF(List @1:1
)EOF");
}

TEST_CASE("parser: an assignment alone", "[parser]") {
    CHECK(ast_of("a=1") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        assign a @1:1 [Literal "1"]
)EOF");
}

TEST_CASE("parser: assignments before the command word", "[parser]") {
    CHECK(ast_of("a=1 b= c=x=y env") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        assign a @1:1 [Literal "1"]
        assign b @1:5 []
        assign c @1:8 [Literal "x=y"]
        word 'env' @1:14 [Literal "env"]
)EOF");
}

TEST_CASE("parser: a=b after the command word is an argument", "[parser]") {
    CHECK(ast_of("env a=1") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'env' @1:1 [Literal "env"]
        word 'a=1' @1:5 [Literal "a=1"]
)EOF");
}

TEST_CASE("parser: an assignment value keeps its parts", "[parser]") {
    CHECK(ast_of("a=$x\"y z\"'w'") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        assign a @1:1 [Param $x, DoubleQuoted [Literal "y z"], SingleQuoted "w"]
)EOF");
}

TEST_CASE("parser: not a name before = is no assignment", "[parser]") {
    CHECK(ast_of("1a=b =c a-b=c") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word '1a=b' @1:1 [Literal "1a=b"]
        word '=c' @1:6 [Literal "=c"]
        word 'a-b=c' @1:9 [Literal "a-b=c"]
)EOF");
}

TEST_CASE("parser: a quoted = is no assignment", "[parser]") {
    CHECK(ast_of("a\\=b 'a'=b") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'a\=b' @1:1 [Literal "a", Escaped "=", Literal "b"]
        word ''a'=b' @1:6 [SingleQuoted "a", Literal "=b"]
)EOF");
}

TEST_CASE("parser: redirections mix with words and assignments", "[parser]") {
    CHECK(ast_of("a=1 >out cmd <in arg 2>>log") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        assign a @1:1 [Literal "1"]
        word 'cmd' @1:10 [Literal "cmd"]
        word 'arg' @1:18 [Literal "arg"]
        redirect > @1:5 'out' [Literal "out"]
        redirect < @1:14 'in' [Literal "in"]
        redirect 2>> @1:22 'log' [Literal "log"]
)EOF");
}

TEST_CASE("parser: a redirection alone is a simple command", "[parser]") {
    CHECK(ast_of(">file") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        redirect > @1:1 'file' [Literal "file"]
)EOF");
}

TEST_CASE("parser: every redirection form on a simple command", "[parser]") {
    CHECK(ast_of("c <a >b >>c >|d <>e <&3 >&- 2>&1 &>f <<<g") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'c' @1:1 [Literal "c"]
        redirect < @1:3 'a' [Literal "a"]
        redirect > @1:6 'b' [Literal "b"]
        redirect >> @1:9 'c' [Literal "c"]
        redirect >| @1:13 'd' [Literal "d"]
        redirect <> @1:17 'e' [Literal "e"]
        redirect <& @1:21 '3' [Literal "3"]
        redirect >& @1:25 '-' [Literal "-"]
        redirect 2>& @1:29 '1' [Literal "1"]
        redirect &> @1:34 'f' [Literal "f"]
        redirect <<< @1:38 'g' [Literal "g"]
)EOF");
}

TEST_CASE("parser: a pipeline of three commands", "[parser]") {
    CHECK(ast_of("a | b | c") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'a' @1:1 [Literal "a"]
      Simple @1:5
        word 'b' @1:5 [Literal "b"]
      Simple @1:9
        word 'c' @1:9 [Literal "c"]
)EOF");
}

TEST_CASE("parser: a newline may follow a pipe", "[parser]") {
    CHECK(ast_of("a |\n\n b") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'a' @1:1 [Literal "a"]
      Simple @3:2
        word 'b' @3:2 [Literal "b"]
)EOF");
}

TEST_CASE("parser: ! negates a pipeline", "[parser]") {
    CHECK(ast_of("! a | b") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1 negated
      Simple @1:3
        word 'a' @1:3 [Literal "a"]
      Simple @1:7
        word 'b' @1:7 [Literal "b"]
)EOF");
}

TEST_CASE("parser: and-or lists are left-associative", "[parser]") {
    CHECK(ast_of("false && true || echo x") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'false' @1:1 [Literal "false"]
    && Pipeline @1:10
      Simple @1:10
        word 'true' @1:10 [Literal "true"]
    || Pipeline @1:18
      Simple @1:18
        word 'echo' @1:18 [Literal "echo"]
        word 'x' @1:23 [Literal "x"]
)EOF");
}

TEST_CASE("parser: a newline may follow && and ||", "[parser]") {
    CHECK(ast_of("a &&\n b ||\n\n c") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'a' @1:1 [Literal "a"]
    && Pipeline @2:2
      Simple @2:2
        word 'b' @2:2 [Literal "b"]
    || Pipeline @4:2
      Simple @4:2
        word 'c' @4:2 [Literal "c"]
)EOF");
}

TEST_CASE("parser: semicolon and & separate list items", "[parser]") {
    CHECK(ast_of("a; b & c") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'a' @1:1 [Literal "a"]
  AndOr @1:4 background
    Pipeline @1:4
      Simple @1:4
        word 'b' @1:4 [Literal "b"]
  AndOr @1:8
    Pipeline @1:8
      Simple @1:8
        word 'c' @1:8 [Literal "c"]
)EOF");
}

TEST_CASE("parser: a trailing semicolon or & ends the list", "[parser]") {
    CHECK(ast_of("a &") == R"EOF(List @1:1
  AndOr @1:1 background
    Pipeline @1:1
      Simple @1:1
        word 'a' @1:1 [Literal "a"]
)EOF");
}

TEST_CASE("parser: each line is its own complete command", "[parser]") {
    CHECK(ast_of("a\nb; c\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'a' @1:1 [Literal "a"]
  AndOr @2:1
    Pipeline @2:1
      Simple @2:1
        word 'b' @2:1 [Literal "b"]
  AndOr @2:4
    Pipeline @2:4
      Simple @2:4
        word 'c' @2:4 [Literal "c"]
)EOF");
}

TEST_CASE("parser: a brace group", "[parser]") {
    CHECK(ast_of("{ a; b; }") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      BraceGroup @1:1
        List @1:3
          AndOr @1:3
            Pipeline @1:3
              Simple @1:3
                word 'a' @1:3 [Literal "a"]
          AndOr @1:6
            Pipeline @1:6
              Simple @1:6
                word 'b' @1:6 [Literal "b"]
)EOF");
}

TEST_CASE("parser: a brace group over several lines", "[parser]") {
    CHECK(ast_of("{\n a\n b\n}") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      BraceGroup @1:1
        List @2:2
          AndOr @2:2
            Pipeline @2:2
              Simple @2:2
                word 'a' @2:2 [Literal "a"]
          AndOr @3:2
            Pipeline @3:2
              Simple @3:2
                word 'b' @3:2 [Literal "b"]
)EOF");
}

TEST_CASE("parser: a subshell", "[parser]") {
    CHECK(ast_of("(a; b)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Subshell @1:1
        List @1:2
          AndOr @1:2
            Pipeline @1:2
              Simple @1:2
                word 'a' @1:2 [Literal "a"]
          AndOr @1:5
            Pipeline @1:5
              Simple @1:5
                word 'b' @1:5 [Literal "b"]
)EOF");
}

TEST_CASE("parser: a subshell needs no blanks", "[parser]") {
    CHECK(ast_of("(a)|(b)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Subshell @1:1
        List @1:2
          AndOr @1:2
            Pipeline @1:2
              Simple @1:2
                word 'a' @1:2 [Literal "a"]
      Subshell @1:5
        List @1:6
          AndOr @1:6
            Pipeline @1:6
              Simple @1:6
                word 'b' @1:6 [Literal "b"]
)EOF");
}

TEST_CASE("parser: nested subshells", "[parser]") {
    CHECK(ast_of("((a) )") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Subshell @1:1
        List @1:2
          AndOr @1:2
            Pipeline @1:2
              Subshell @1:2
                List @1:3
                  AndOr @1:3
                    Pipeline @1:3
                      Simple @1:3
                        word 'a' @1:3 [Literal "a"]
)EOF");
}

TEST_CASE("parser: redirections after a compound command", "[parser]") {
    CHECK(ast_of("{ a; } >out 2>&1 <in") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      BraceGroup @1:1
        List @1:3
          AndOr @1:3
            Pipeline @1:3
              Simple @1:3
                word 'a' @1:3 [Literal "a"]
        redirect > @1:8 'out' [Literal "out"]
        redirect 2>& @1:13 '1' [Literal "1"]
        redirect < @1:18 'in' [Literal "in"]
)EOF");
}

TEST_CASE("parser: a compound command in a pipeline", "[parser]") {
    CHECK(ast_of("(a) | { b; } | c") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Subshell @1:1
        List @1:2
          AndOr @1:2
            Pipeline @1:2
              Simple @1:2
                word 'a' @1:2 [Literal "a"]
      BraceGroup @1:7
        List @1:9
          AndOr @1:9
            Pipeline @1:9
              Simple @1:9
                word 'b' @1:9 [Literal "b"]
      Simple @1:16
        word 'c' @1:16 [Literal "c"]
)EOF");
}

TEST_CASE("parser: if then fi", "[parser]") {
    CHECK(ast_of("if a; then b; fi") == R"EOF(List @1:1
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
)EOF");
}

TEST_CASE("parser: if then else fi", "[parser]") {
    CHECK(ast_of("if a; then b; else c; fi") == R"EOF(List @1:1
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
        else
          List @1:20
            AndOr @1:20
              Pipeline @1:20
                Simple @1:20
                  word 'c' @1:20 [Literal "c"]
)EOF");
}

TEST_CASE("parser: if with elif branches", "[parser]") {
    CHECK(ast_of("if a; then b; elif c; then d; elif e; then f; else g; fi") == R"EOF(List @1:1
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
        elif
          List @1:20
            AndOr @1:20
              Pipeline @1:20
                Simple @1:20
                  word 'c' @1:20 [Literal "c"]
        then
          List @1:28
            AndOr @1:28
              Pipeline @1:28
                Simple @1:28
                  word 'd' @1:28 [Literal "d"]
        elif
          List @1:36
            AndOr @1:36
              Pipeline @1:36
                Simple @1:36
                  word 'e' @1:36 [Literal "e"]
        then
          List @1:44
            AndOr @1:44
              Pipeline @1:44
                Simple @1:44
                  word 'f' @1:44 [Literal "f"]
        else
          List @1:52
            AndOr @1:52
              Pipeline @1:52
                Simple @1:52
                  word 'g' @1:52 [Literal "g"]
)EOF");
}

TEST_CASE("parser: if over several lines", "[parser]") {
    CHECK(ast_of("if a\nthen\n  b\nfi") == R"EOF(List @1:1
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
          List @3:3
            AndOr @3:3
              Pipeline @3:3
                Simple @3:3
                  word 'b' @3:3 [Literal "b"]
)EOF");
}

TEST_CASE("parser: if with a compound condition", "[parser]") {
    CHECK(ast_of("if a && b || ! c; then :; fi") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      If @1:1
        if
          List @1:4
            AndOr @1:4
              Pipeline @1:4
                Simple @1:4
                  word 'a' @1:4 [Literal "a"]
              && Pipeline @1:9
                Simple @1:9
                  word 'b' @1:9 [Literal "b"]
              || Pipeline @1:14 negated
                Simple @1:16
                  word 'c' @1:16 [Literal "c"]
        then
          List @1:24
            AndOr @1:24
              Pipeline @1:24
                Simple @1:24
                  word ':' @1:24 [Literal ":"]
)EOF");
}

TEST_CASE("parser: while loop", "[parser]") {
    CHECK(ast_of("while a; do b; done") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      While @1:1
        condition
          List @1:7
            AndOr @1:7
              Pipeline @1:7
                Simple @1:7
                  word 'a' @1:7 [Literal "a"]
        do
          List @1:13
            AndOr @1:13
              Pipeline @1:13
                Simple @1:13
                  word 'b' @1:13 [Literal "b"]
)EOF");
}

TEST_CASE("parser: until loop", "[parser]") {
    CHECK(ast_of("until a; do b; done") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Until @1:1
        condition
          List @1:7
            AndOr @1:7
              Pipeline @1:7
                Simple @1:7
                  word 'a' @1:7 [Literal "a"]
        do
          List @1:13
            AndOr @1:13
              Pipeline @1:13
                Simple @1:13
                  word 'b' @1:13 [Literal "b"]
)EOF");
}

TEST_CASE("parser: loops over several lines", "[parser]") {
    CHECK(ast_of("while\n a\ndo\n b\ndone") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      While @1:1
        condition
          List @2:2
            AndOr @2:2
              Pipeline @2:2
                Simple @2:2
                  word 'a' @2:2 [Literal "a"]
        do
          List @4:2
            AndOr @4:2
              Pipeline @4:2
                Simple @4:2
                  word 'b' @4:2 [Literal "b"]
)EOF");
}

TEST_CASE("parser: for with a word list", "[parser]") {
    CHECK(ast_of("for i in a b c; do echo $i; done") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      For i @1:1
        in
          word 'a' @1:10 [Literal "a"]
          word 'b' @1:12 [Literal "b"]
          word 'c' @1:14 [Literal "c"]
        do
          List @1:20
            AndOr @1:20
              Pipeline @1:20
                Simple @1:20
                  word 'echo' @1:20 [Literal "echo"]
                  word '$i' @1:25 [Param $i]
)EOF");
}

TEST_CASE("parser: for without in loops over the arguments", "[parser]") {
    CHECK(ast_of("for i; do echo $i; done") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      For i @1:1
        in "$@" (no 'in')
        do
          List @1:11
            AndOr @1:11
              Pipeline @1:11
                Simple @1:11
                  word 'echo' @1:11 [Literal "echo"]
                  word '$i' @1:16 [Param $i]
)EOF");
}

TEST_CASE("parser: for without in and without semicolon", "[parser]") {
    CHECK(ast_of("for i do echo $i; done") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      For i @1:1
        in "$@" (no 'in')
        do
          List @1:10
            AndOr @1:10
              Pipeline @1:10
                Simple @1:10
                  word 'echo' @1:10 [Literal "echo"]
                  word '$i' @1:15 [Param $i]
)EOF");
}

TEST_CASE("parser: for with a newline before in", "[parser]") {
    CHECK(ast_of("for i\nin a b\ndo echo $i\ndone") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      For i @1:1
        in
          word 'a' @2:4 [Literal "a"]
          word 'b' @2:6 [Literal "b"]
        do
          List @3:4
            AndOr @3:4
              Pipeline @3:4
                Simple @3:4
                  word 'echo' @3:4 [Literal "echo"]
                  word '$i' @3:9 [Param $i]
)EOF");
}

TEST_CASE("parser: for with an empty word list", "[parser]") {
    CHECK(ast_of("for i in; do :; done") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      For i @1:1
        in
        do
          List @1:14
            AndOr @1:14
              Pipeline @1:14
                Simple @1:14
                  word ':' @1:14 [Literal ":"]
)EOF");
}

TEST_CASE("parser: for with a newline before do", "[parser]") {
    CHECK(ast_of("for i\ndo :; done") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      For i @1:1
        in "$@" (no 'in')
        do
          List @2:4
            AndOr @2:4
              Pipeline @2:4
                Simple @2:4
                  word ':' @2:4 [Literal ":"]
)EOF");
}

TEST_CASE("parser: reserved words in a for word list are plain words", "[parser]") {
    CHECK(ast_of("for i in do done in; do :; done") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      For i @1:1
        in
          word 'do' @1:10 [Literal "do"]
          word 'done' @1:13 [Literal "done"]
          word 'in' @1:18 [Literal "in"]
        do
          List @1:25
            AndOr @1:25
              Pipeline @1:25
                Simple @1:25
                  word ':' @1:25 [Literal ":"]
)EOF");
}

TEST_CASE("parser: case with one item", "[parser]") {
    CHECK(ast_of("case $x in a) echo a;; esac") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Case @1:1
        subject '$x' @1:6 [Param $x]
        item @1:12
          pattern 'a' @1:12 [Literal "a"]
          List @1:15
            AndOr @1:15
              Pipeline @1:15
                Simple @1:15
                  word 'echo' @1:15 [Literal "echo"]
                  word 'a' @1:20 [Literal "a"]
)EOF");
}

TEST_CASE("parser: case patterns with | and a leading (", "[parser]") {
    CHECK(ast_of("case $x in (a|b) echo ab;; c | d) echo cd;; esac") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Case @1:1
        subject '$x' @1:6 [Param $x]
        item @1:12
          pattern 'a' @1:13 [Literal "a"]
          pattern 'b' @1:15 [Literal "b"]
          List @1:18
            AndOr @1:18
              Pipeline @1:18
                Simple @1:18
                  word 'echo' @1:18 [Literal "echo"]
                  word 'ab' @1:23 [Literal "ab"]
        item @1:28
          pattern 'c' @1:28 [Literal "c"]
          pattern 'd' @1:32 [Literal "d"]
          List @1:35
            AndOr @1:35
              Pipeline @1:35
                Simple @1:35
                  word 'echo' @1:35 [Literal "echo"]
                  word 'cd' @1:40 [Literal "cd"]
)EOF");
}

TEST_CASE("parser: case: the last item needs no double-semicolon", "[parser]") {
    CHECK(ast_of("case x in a) echo a;; b) echo b\nesac") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Case @1:1
        subject 'x' @1:6 [Literal "x"]
        item @1:11
          pattern 'a' @1:11 [Literal "a"]
          List @1:14
            AndOr @1:14
              Pipeline @1:14
                Simple @1:14
                  word 'echo' @1:14 [Literal "echo"]
                  word 'a' @1:19 [Literal "a"]
        item @1:23
          pattern 'b' @1:23 [Literal "b"]
          List @1:26
            AndOr @1:26
              Pipeline @1:26
                Simple @1:26
                  word 'echo' @1:26 [Literal "echo"]
                  word 'b' @1:31 [Literal "b"]
)EOF");
}

TEST_CASE("parser: case with empty items", "[parser]") {
    CHECK(ast_of("case x in a) ;; b)\n;;\nc) esac") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Case @1:1
        subject 'x' @1:6 [Literal "x"]
        item @1:11
          pattern 'a' @1:11 [Literal "a"]
          (empty)
        item @1:17
          pattern 'b' @1:17 [Literal "b"]
          (empty)
        item @3:1
          pattern 'c' @3:1 [Literal "c"]
          (empty)
)EOF");
}

TEST_CASE("parser: case with no items", "[parser]") {
    CHECK(ast_of("case x in esac") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Case @1:1
        subject 'x' @1:6 [Literal "x"]
)EOF");
}

TEST_CASE("parser: case over several lines", "[parser]") {
    CHECK(ast_of("case x\nin\n  a)\n    echo a\n    ;;\n  *)\n    echo other\n    ;;\nesac") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Case @1:1
        subject 'x' @1:6 [Literal "x"]
        item @3:3
          pattern 'a' @3:3 [Literal "a"]
          List @4:5
            AndOr @4:5
              Pipeline @4:5
                Simple @4:5
                  word 'echo' @4:5 [Literal "echo"]
                  word 'a' @4:10 [Literal "a"]
        item @6:3
          pattern '*' @6:3 [Literal "*"]
          List @7:5
            AndOr @7:5
              Pipeline @7:5
                Simple @7:5
                  word 'echo' @7:5 [Literal "echo"]
                  word 'other' @7:10 [Literal "other"]
)EOF");
}

TEST_CASE("parser: case patterns may be reserved words", "[parser]") {
    CHECK(ast_of("case x in if|then) ;; esac") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Case @1:1
        subject 'x' @1:6 [Literal "x"]
        item @1:11
          pattern 'if' @1:11 [Literal "if"]
          pattern 'then' @1:14 [Literal "then"]
          (empty)
)EOF");
}

TEST_CASE("parser: case patterns may be quoted or expanded", "[parser]") {
    CHECK(ast_of("case x in \"a b\"|$y|*.c) ;; esac") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Case @1:1
        subject 'x' @1:6 [Literal "x"]
        item @1:11
          pattern '"a b"' @1:11 [DoubleQuoted [Literal "a b"]]
          pattern '$y' @1:17 [Param $y]
          pattern '*.c' @1:20 [Literal "*.c"]
          (empty)
)EOF");
}

TEST_CASE("parser: a function with a brace group body", "[parser]") {
    CHECK(ast_of("f() { echo hi; }") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      FunctionDef f @1:1
        BraceGroup @1:5
          List @1:7
            AndOr @1:7
              Pipeline @1:7
                Simple @1:7
                  word 'echo' @1:7 [Literal "echo"]
                  word 'hi' @1:12 [Literal "hi"]
)EOF");
}

TEST_CASE("parser: a function with a subshell body", "[parser]") {
    CHECK(ast_of("f() (echo sub)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      FunctionDef f @1:1
        Subshell @1:5
          List @1:6
            AndOr @1:6
              Pipeline @1:6
                Simple @1:6
                  word 'echo' @1:6 [Literal "echo"]
                  word 'sub' @1:11 [Literal "sub"]
)EOF");
}

TEST_CASE("parser: a function with an if body", "[parser]") {
    CHECK(ast_of("f() if a; then b; fi") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      FunctionDef f @1:1
        If @1:5
          if
            List @1:8
              AndOr @1:8
                Pipeline @1:8
                  Simple @1:8
                    word 'a' @1:8 [Literal "a"]
          then
            List @1:16
              AndOr @1:16
                Pipeline @1:16
                  Simple @1:16
                    word 'b' @1:16 [Literal "b"]
)EOF");
}

TEST_CASE("parser: a function body may start on the next line", "[parser]") {
    CHECK(ast_of("f()\n{\n  a\n}") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      FunctionDef f @1:1
        BraceGroup @2:1
          List @3:3
            AndOr @3:3
              Pipeline @3:3
                Simple @3:3
                  word 'a' @3:3 [Literal "a"]
)EOF");
}

TEST_CASE("parser: redirections after a function body belong to it", "[parser]") {
    CHECK(ast_of("f() { a; } >log 2>&1") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      FunctionDef f @1:1
        BraceGroup @1:5
          List @1:7
            AndOr @1:7
              Pipeline @1:7
                Simple @1:7
                  word 'a' @1:7 [Literal "a"]
          redirect > @1:12 'log' [Literal "log"]
          redirect 2>& @1:17 '1' [Literal "1"]
)EOF");
}

TEST_CASE("parser: a blank between the name and ()", "[parser]") {
    CHECK(ast_of("f ( ) { :; }") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      FunctionDef f @1:1
        BraceGroup @1:7
          List @1:9
            AndOr @1:9
              Pipeline @1:9
                Simple @1:9
                  word ':' @1:9 [Literal ":"]
)EOF");
}

TEST_CASE("parser: a function defined inside a brace group", "[parser]") {
    CHECK(ast_of("{ f() { :; }; f; }") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      BraceGroup @1:1
        List @1:3
          AndOr @1:3
            Pipeline @1:3
              FunctionDef f @1:3
                BraceGroup @1:7
                  List @1:9
                    AndOr @1:9
                      Pipeline @1:9
                        Simple @1:9
                          word ':' @1:9 [Literal ":"]
          AndOr @1:15
            Pipeline @1:15
              Simple @1:15
                word 'f' @1:15 [Literal "f"]
)EOF");
}

TEST_CASE("parser: reserved words as arguments are plain words", "[parser]") {
    CHECK(ast_of("echo if then else fi do done case esac for in while { } !") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word 'if' @1:6 [Literal "if"]
        word 'then' @1:9 [Literal "then"]
        word 'else' @1:14 [Literal "else"]
        word 'fi' @1:19 [Literal "fi"]
        word 'do' @1:22 [Literal "do"]
        word 'done' @1:25 [Literal "done"]
        word 'case' @1:30 [Literal "case"]
        word 'esac' @1:35 [Literal "esac"]
        word 'for' @1:40 [Literal "for"]
        word 'in' @1:44 [Literal "in"]
        word 'while' @1:47 [Literal "while"]
        word '{' @1:53 [Literal "{"]
        word '}' @1:55 [Literal "}"]
        word '!' @1:57 [Literal "!"]
)EOF");
}

TEST_CASE("parser: } as an argument does not close the group", "[parser]") {
    CHECK(ast_of("{ echo }; }") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      BraceGroup @1:1
        List @1:3
          AndOr @1:3
            Pipeline @1:3
              Simple @1:3
                word 'echo' @1:3 [Literal "echo"]
                word '}' @1:8 [Literal "}"]
)EOF");
}

TEST_CASE("parser: a quoted reserved word is a command name", "[parser]") {
    CHECK(ast_of("'if' a; \\fi") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word ''if'' @1:1 [SingleQuoted "if"]
        word 'a' @1:6 [Literal "a"]
  AndOr @1:9
    Pipeline @1:9
      Simple @1:9
        word '\fi' @1:9 [Escaped "f", Literal "i"]
)EOF");
}

TEST_CASE("parser: a reserved word right after a newline in a list", "[parser]") {
    CHECK(ast_of("if a\nthen b\nfi") == R"EOF(List @1:1
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
          List @2:6
            AndOr @2:6
              Pipeline @2:6
                Simple @2:6
                  word 'b' @2:6 [Literal "b"]
)EOF");
}

TEST_CASE("parser: deeply nested compound commands", "[parser]") {
    CHECK(ast_of("while a; do for i in 1; do case $i in 1) if b; then { (c); }; fi;; esac; done; done") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      While @1:1
        condition
          List @1:7
            AndOr @1:7
              Pipeline @1:7
                Simple @1:7
                  word 'a' @1:7 [Literal "a"]
        do
          List @1:13
            AndOr @1:13
              Pipeline @1:13
                For i @1:13
                  in
                    word '1' @1:22 [Literal "1"]
                  do
                    List @1:28
                      AndOr @1:28
                        Pipeline @1:28
                          Case @1:28
                            subject '$i' @1:33 [Param $i]
                            item @1:39
                              pattern '1' @1:39 [Literal "1"]
                              List @1:42
                                AndOr @1:42
                                  Pipeline @1:42
                                    If @1:42
                                      if
                                        List @1:45
                                          AndOr @1:45
                                            Pipeline @1:45
                                              Simple @1:45
                                                word 'b' @1:45 [Literal "b"]
                                      then
                                        List @1:53
                                          AndOr @1:53
                                            Pipeline @1:53
                                              BraceGroup @1:53
                                                List @1:55
                                                  AndOr @1:55
                                                    Pipeline @1:55
                                                      Subshell @1:55
                                                        List @1:56
                                                          AndOr @1:56
                                                            Pipeline @1:56
                                                              Simple @1:56
                                                                word 'c' @1:56 [Literal "c"]
)EOF");
}

TEST_CASE("parser: a background item inside a compound list", "[parser]") {
    CHECK(ast_of("{ a & b; }") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      BraceGroup @1:1
        List @1:3
          AndOr @1:3 background
            Pipeline @1:3
              Simple @1:3
                word 'a' @1:3 [Literal "a"]
          AndOr @1:7
            Pipeline @1:7
              Simple @1:7
                word 'b' @1:7 [Literal "b"]
)EOF");
}

TEST_CASE("parser: comments inside compound commands", "[parser]") {
    CHECK(ast_of("if a # cond\nthen # then\n  b # body\nfi # end") == R"EOF(List @1:1
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
          List @3:3
            AndOr @3:3
              Pipeline @3:3
                Simple @3:3
                  word 'b' @3:3 [Literal "b"]
)EOF");
}

TEST_CASE("parser: several complete commands with spans", "[parser]") {
    CHECK(ast_of("a\n\n  b &\nc;d") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'a' @1:1 [Literal "a"]
  AndOr @3:3 background
    Pipeline @3:3
      Simple @3:3
        word 'b' @3:3 [Literal "b"]
  AndOr @4:1
    Pipeline @4:1
      Simple @4:1
        word 'c' @4:1 [Literal "c"]
  AndOr @4:3
    Pipeline @4:3
      Simple @4:3
        word 'd' @4:3 [Literal "d"]
)EOF");
}

TEST_CASE("parser: bash's ((expression)) is one command", "[parser]") {
    CHECK(ast_of("((x = $y + 1))") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      ArithCommand @1:1
        expr 'x = $y + 1' @1:3 [Literal "x = ", Param $y, Literal " + 1"]
)EOF");
}

TEST_CASE("parser: ((a) then (b) in parentheses is two subshells, as bash reads it", "[parser]") {
    CHECK(ast_of("((a); (b))") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Subshell @1:1
        List @1:2
          AndOr @1:2
            Pipeline @1:2
              Subshell @1:2
                List @1:3
                  AndOr @1:3
                    Pipeline @1:3
                      Simple @1:3
                        word 'a' @1:3 [Literal "a"]
          AndOr @1:7
            Pipeline @1:7
              Subshell @1:7
                List @1:8
                  AndOr @1:8
                    Pipeline @1:8
                      Simple @1:8
                        word 'b' @1:8 [Literal "b"]
)EOF");
}

TEST_CASE("parser: for ((init, condition, step)) of bash", "[parser]") {
    CHECK(ast_of("for ((i=0; i<$n; i++)) { :; }") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      ArithFor @1:1
        init 'i=0' @1:7 [Literal "i=0"]
        condition ' i<$n' @1:11 [Literal " i<", Param $n]
        step ' i++' @1:17 [Literal " i++"]
        do
          List @1:26
            AndOr @1:26
              Pipeline @1:26
                Simple @1:26
                  word ':' @1:26 [Literal ":"]
)EOF");
    CHECK(error_of("for ((i; j)); do :; done").find("three expressions") != std::string::npos);
}

TEST_CASE("parser: bash's a |& b is a 2>&1 | b", "[parser]") {
    CHECK(ast_of("a 2>/dev/null |& b") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'a' @1:1 [Literal "a"]
        redirect 2> @1:3 '/dev/null' [Literal "/dev/null"]
        redirect 2>& @1:1 '1' [Literal "1"]
      Simple @1:18
        word 'b' @1:18 [Literal "b"]
)EOF");
}

TEST_CASE("parser: case items end in double semicolon, fall-through or test-next", "[parser]") {
    CHECK(ast_of("case x in a) ;& b) ;;& c) ;; esac") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Case @1:1
        subject 'x' @1:6 [Literal "x"]
        item @1:11 ;&
          pattern 'a' @1:11 [Literal "a"]
          (empty)
        item @1:17 ;;&
          pattern 'b' @1:17 [Literal "b"]
          (empty)
        item @1:24
          pattern 'c' @1:24 [Literal "c"]
          (empty)
)EOF");
}

TEST_CASE("parser: bash's <(list) and >(list) are word parts", "[parser]") {
    CHECK(ast_of("cat x<(a)y < <(b)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        word 'x<(a)y' @1:5 [Literal "x", ProcessSubst <"a", Literal "y"]
          process subst <( ) @1:6
            List @1:8
              AndOr @1:8
                Pipeline @1:8
                  Simple @1:8
                    word 'a' @1:8 [Literal "a"]
        redirect < @1:12 '<(b)' [ProcessSubst <"b"]
          process subst <( ) @1:14
            List @1:16
              AndOr @1:16
                Pipeline @1:16
                  Simple @1:16
                    word 'b' @1:16 [Literal "b"]
)EOF");
}

TEST_CASE("parser: in strict POSIX mode <( is a redirection and a syntax error", "[parser]") {
    bool strict = true;
    ParserOptions options;
    options.strict_posix = &strict;
    CHECK_THROWS_AS(parse_program("cat <(ls)", options), ParseError);
    CHECK_THROWS_AS(parse_program("for ((;;)); do :; done", options), ParseError);
}

TEST_CASE("parser: the conditional command: && over ||, ! and a regex with ( | )", "[parser][cond]") {
    CHECK(ast_of("[[ ! -f x && ( $a =~ ^(a|b)$ || 2>1 ) ]]") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Cond [[ ]] @1:1
        and && @1:11
          not @1:4
            unary -f @1:6
              operand 'x' @1:9 [Literal "x"]
          or || @1:30
            binary =~ @1:16
              operand '$a' @1:16 [Param $a]
              operand '^(a|b)$' @1:22 [Literal "^(a|b)$"]
            binary > @1:33
              operand '2' @1:33 [Literal "2"]
              operand '1' @1:35 [Literal "1"]
)EOF");
}

TEST_CASE("parser: syntax errors of the conditional command", "[parser][cond]") {
    CHECK(error_of("[[ -f ]]") == "Syntax 1:7 syntax error: unexpected ']]'");
    CHECK(error_of("[[ a -a b ]]") ==
          "Syntax 1:6 syntax error: unexpected '-a' in [[ ]] (there, write && and || instead of test's -a and -o)");
    CHECK(error_of("[[ a == b c ]]") == "Syntax 1:11 syntax error: unexpected 'c' (expecting ']]')");
    CHECK(error_of("[[ a") == "Incomplete 1:5 syntax error: unexpected end of file (expecting ']]')");
}

TEST_CASE("parser: the conditional command is an ordinary word in strict POSIX mode", "[parser][cond]") {
    bool strict = true;
    ParserOptions options;
    options.strict_posix = &strict;
    CHECK(dump_ast(parse_program("[[ a ]]", options)).find("Simple") != std::string::npos);
}
