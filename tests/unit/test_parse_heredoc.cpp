// test_parse_heredoc.cpp: here-documents (XCU 2.7.4) and here-strings.
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

TEST_CASE("parser: a here-document body", "[parser]") {
    CHECK(ast_of("cat <<EOF\nhello\nworld\nEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 [Literal "hello\nworld\n"]
)EOF");
}

TEST_CASE("parser: a here-document body has expansions", "[parser]") {
    CHECK(ast_of("cat <<EOF\n$x ${y:-z} $(f) `g` $((1+2))\nEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 [Param $x, Literal " ", Param ${y:-[Literal "z"]}, Literal " ", CommandSubst "f", Literal " ", Backquoted "g", Literal " ", Arith [Literal "1+2"], Literal "\n"]
            subst @2:12
              List @2:14
                AndOr @2:14
                  Pipeline @2:14
                    Simple @2:14
                      word 'f' @2:14 [Literal "f"]
            backquoted @2:17
              List @2:18
                AndOr @2:18
                  Pipeline @2:18
                    Simple @2:18
                      word 'g' @2:18 [Literal "g"]
)EOF");
}

TEST_CASE("parser: in a here-document ' is plain and backslash- quotes $ ` backslash- only", "[parser]") {
    CHECK(ast_of("cat <<EOF\n\"a\" \\$x \\\\ \\\" \\n\nEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 [Literal "\"a\" ", Escaped "$", Literal "x ", Escaped "\\", Literal " \\\" \\n\n"]
)EOF");
}

TEST_CASE("parser: a quoted delimiter turns expansion off", "[parser]") {
    CHECK(ast_of("cat <<'EOF'\n$x `y` \\$\nEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 ''EOF'' [SingleQuoted "EOF"]
          heredoc delimiter "EOF" quoted @2:1 [Literal "$x `y` \\$\n"]
)EOF");
}

TEST_CASE("parser: a double-quoted delimiter turns expansion off", "[parser]") {
    CHECK(ast_of("cat <<\"EOF\"\n$x\nEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 '"EOF"' [DoubleQuoted [Literal "EOF"]]
          heredoc delimiter "EOF" quoted @2:1 [Literal "$x\n"]
)EOF");
}

TEST_CASE("parser: a partly quoted delimiter turns expansion off", "[parser]") {
    CHECK(ast_of("cat <<E\"O\"F <<\\G\n$x\nEOF\n$y\nG\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'E"O"F' [Literal "E", DoubleQuoted [Literal "O"], Literal "F"]
          heredoc delimiter "EOF" quoted @2:1 [Literal "$x\n"]
        redirect << @1:13 '\G' [Escaped "G"]
          heredoc delimiter "G" quoted @4:1 [Literal "$y\n"]
)EOF");
}

TEST_CASE("parser: <<- strips leading tabs from body and delimiter", "[parser]") {
    CHECK(ast_of("cat <<-EOF\n\t\ta\n\tb\n\tEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect <<- @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 [Literal "a\nb\n"]
)EOF");
}

TEST_CASE("parser: << keeps leading tabs", "[parser]") {
    CHECK(ast_of("cat <<EOF\n\ta\n\tEOF\nEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 [Literal "\ta\n\tEOF\n"]
)EOF");
}

TEST_CASE("parser: two here-documents on one line", "[parser]") {
    CHECK(ast_of("cat <<A; cat <<B\na\nA\nb\nB\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'A' [Literal "A"]
          heredoc delimiter "A" expand @2:1 [Literal "a\n"]
  AndOr @1:10
    Pipeline @1:10
      Simple @1:10
        word 'cat' @1:10 [Literal "cat"]
        redirect << @1:14 'B' [Literal "B"]
          heredoc delimiter "B" expand @4:1 [Literal "b\n"]
)EOF");
}

TEST_CASE("parser: two here-documents on one command", "[parser]") {
    CHECK(ast_of("cmd <<A 3<<B\na\nA\nb\nB\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cmd' @1:1 [Literal "cmd"]
        redirect << @1:5 'A' [Literal "A"]
          heredoc delimiter "A" expand @2:1 [Literal "a\n"]
        redirect 3<< @1:9 'B' [Literal "B"]
          heredoc delimiter "B" expand @4:1 [Literal "b\n"]
)EOF");
}

TEST_CASE("parser: a here-document in a pipeline", "[parser]") {
    CHECK(ast_of("cat <<EOF | wc -l\nx\nEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 [Literal "x\n"]
      Simple @1:13
        word 'wc' @1:13 [Literal "wc"]
        word '-l' @1:16 [Literal "-l"]
)EOF");
}

TEST_CASE("parser: a here-document on a compound command", "[parser]") {
    CHECK(ast_of("while read l; do :; done <<EOF\nx\nEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      While @1:1
        condition
          List @1:7
            AndOr @1:7
              Pipeline @1:7
                Simple @1:7
                  word 'read' @1:7 [Literal "read"]
                  word 'l' @1:12 [Literal "l"]
        do
          List @1:18
            AndOr @1:18
              Pipeline @1:18
                Simple @1:18
                  word ':' @1:18 [Literal ":"]
        redirect << @1:26 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 [Literal "x\n"]
)EOF");
}

TEST_CASE("parser: a here-document inside a compound command", "[parser]") {
    CHECK(ast_of("if a; then\n  cat <<EOF\n  in\nEOF\nfi") == R"EOF(List @1:1
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
          List @2:3
            AndOr @2:3
              Pipeline @2:3
                Simple @2:3
                  word 'cat' @2:3 [Literal "cat"]
                  redirect << @2:7 'EOF' [Literal "EOF"]
                    heredoc delimiter "EOF" expand @3:1 [Literal "  in\n"]
)EOF");
}

TEST_CASE("parser: a missing delimiter ends the body at end of input", "[parser]") {
    CHECK(ast_of("cat <<EOF\nno end") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 [Literal "no end"]
)EOF");
}

TEST_CASE("parser: an empty here-document", "[parser]") {
    CHECK(ast_of("cat <<EOF\nEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 []
)EOF");
}

TEST_CASE("parser: a here-document at end of input without newline", "[parser]") {
    CHECK(ast_of("cat <<EOF") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @1:10 []
)EOF");
}

TEST_CASE("parser: a here-document inside $(...)", "[parser]") {
    CHECK(ast_of("x=$(cat <<EOF\ninside\nEOF\n)") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        assign x @1:1 [CommandSubst "cat <<EOF\ninside\nEOF\n"]
          subst @1:3
            List @1:5
              AndOr @1:5
                Pipeline @1:5
                  Simple @1:5
                    word 'cat' @1:5 [Literal "cat"]
                    redirect << @1:9 'EOF' [Literal "EOF"]
                      heredoc delimiter "EOF" expand @2:1 [Literal "inside\n"]
)EOF");
}

TEST_CASE("parser: backslash-newline joins body lines", "[parser]") {
    CHECK(ast_of("cat <<EOF\na\\\nEOF\nEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 [Literal "aEOF\n"]
)EOF");
}

TEST_CASE("parser: the delimiter must be the whole line", "[parser]") {
    CHECK(ast_of("cat <<EOF\n EOF\nEOF \nEOF\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 [Literal " EOF\nEOF \n"]
)EOF");
}

TEST_CASE("parser: a here-string is a normal word", "[parser]") {
    CHECK(ast_of("cat <<<\"$x y\"") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect <<< @1:5 '"$x y"' [DoubleQuoted [Param $x, Literal " y"]]
)EOF");
}

TEST_CASE("parser: the command after a here-document", "[parser]") {
    CHECK(ast_of("cat <<EOF; echo after\nbody\nEOF\necho next\n") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'cat' @1:1 [Literal "cat"]
        redirect << @1:5 'EOF' [Literal "EOF"]
          heredoc delimiter "EOF" expand @2:1 [Literal "body\n"]
  AndOr @1:12
    Pipeline @1:12
      Simple @1:12
        word 'echo' @1:12 [Literal "echo"]
        word 'after' @1:17 [Literal "after"]
  AndOr @4:1
    Pipeline @4:1
      Simple @4:1
        word 'echo' @4:1 [Literal "echo"]
        word 'next' @4:6 [Literal "next"]
)EOF");
}

TEST_CASE("parser: prompt text is read whole as a here-document body", "[parser]") {
    CHECK(dump_word(parse_expansion_text("a \"$x\" 'q' \\$ $(f)")) ==
          R"([Literal "a \"", Param $x, Literal "\" 'q' ", Escaped "$", Literal " ", CommandSubst "f"])");
    // No delimiter line can end it early, and a final backslash stays.
    CHECK(dump_word(parse_expansion_text("EOF\nx\\")) == R"([Literal "EOF\nx\\"])");
    CHECK(dump_word(parse_expansion_text("")) == "[]");
    CHECK_THROWS_AS(parse_expansion_text("$(echo"), ParseError);
}
