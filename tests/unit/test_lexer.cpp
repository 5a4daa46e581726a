// test_lexer.cpp: tokens as --dump-tokens prints them (XCU 2.3).
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

TEST_CASE("lexer: words are separated by blanks and tabs", "[lexer]") {
    CHECK(dump_tokens("echo  hello\tworld") == R"EOF(1:1 WORD 'echo' [Literal "echo"]
1:7 WORD 'hello' [Literal "hello"]
1:13 WORD 'world' [Literal "world"]
1:18 END
)EOF");
}

TEST_CASE("lexer: every control operator is its own token", "[lexer]") {
    CHECK(dump_tokens("a | b || c & d && e ; f ;; ( g )") == R"EOF(1:1 WORD 'a' [Literal "a"]
1:3 PIPE '|'
1:5 WORD 'b' [Literal "b"]
1:7 OR_IF '||'
1:10 WORD 'c' [Literal "c"]
1:12 AMP '&'
1:14 WORD 'd' [Literal "d"]
1:16 AND_IF '&&'
1:19 WORD 'e' [Literal "e"]
1:21 SEMI ';'
1:23 WORD 'f' [Literal "f"]
1:25 DSEMI ';;'
1:28 LPAREN '('
1:30 WORD 'g' [Literal "g"]
1:32 RPAREN ')'
1:33 END
)EOF");
}

TEST_CASE("lexer: operators need no blanks around them", "[lexer]") {
    CHECK(dump_tokens("a|b&&c;d&") == R"EOF(1:1 WORD 'a' [Literal "a"]
1:2 PIPE '|'
1:3 WORD 'b' [Literal "b"]
1:4 AND_IF '&&'
1:6 WORD 'c' [Literal "c"]
1:7 SEMI ';'
1:8 WORD 'd' [Literal "d"]
1:9 AMP '&'
1:10 END
)EOF");
}

TEST_CASE("lexer: every redirection operator is recognised", "[lexer]") {
    CHECK(dump_tokens("a <in >out >>app <&0 >&2 <>rw >|clob") == R"EOF(1:1 WORD 'a' [Literal "a"]
1:3 LESS '<'
1:4 WORD 'in' [Literal "in"]
1:7 GREAT '>'
1:8 WORD 'out' [Literal "out"]
1:12 DGREAT '>>'
1:14 WORD 'app' [Literal "app"]
1:18 LESSAND '<&'
1:20 WORD '0' [Literal "0"]
1:22 GREATAND '>&'
1:24 WORD '2' [Literal "2"]
1:26 LESSGREAT '<>'
1:28 WORD 'rw' [Literal "rw"]
1:31 CLOBBER '>|'
1:33 WORD 'clob' [Literal "clob"]
1:37 END
)EOF");
}

TEST_CASE("lexer: here-string and &> are bash operators", "[lexer]") {
    CHECK(dump_tokens("cat <<<word &>all") == R"EOF(1:1 WORD 'cat' [Literal "cat"]
1:5 TLESS '<<<'
1:8 WORD 'word' [Literal "word"]
1:13 ANDGREAT '&>'
1:15 WORD 'all' [Literal "all"]
1:18 END
)EOF");
}

TEST_CASE("lexer: digits right before a redirection are an IO number", "[lexer]") {
    CHECK(dump_tokens("cmd 2>err 10<in 3>&1") == R"EOF(1:1 WORD 'cmd' [Literal "cmd"]
1:5 IO_NUMBER 2
1:6 GREAT '>'
1:7 WORD 'err' [Literal "err"]
1:11 IO_NUMBER 10
1:13 LESS '<'
1:14 WORD 'in' [Literal "in"]
1:17 IO_NUMBER 3
1:18 GREATAND '>&'
1:20 WORD '1' [Literal "1"]
1:21 END
)EOF");
}

TEST_CASE("lexer: digits with a blank before > are a plain word", "[lexer]") {
    CHECK(dump_tokens("cmd 2 >out") == R"EOF(1:1 WORD 'cmd' [Literal "cmd"]
1:5 WORD '2' [Literal "2"]
1:7 GREAT '>'
1:8 WORD 'out' [Literal "out"]
1:11 END
)EOF");
}

TEST_CASE("lexer: letters and digits before > are a plain word", "[lexer]") {
    CHECK(dump_tokens("cmd a2>out") == R"EOF(1:1 WORD 'cmd' [Literal "cmd"]
1:5 WORD 'a2' [Literal "a2"]
1:7 GREAT '>'
1:8 WORD 'out' [Literal "out"]
1:11 END
)EOF");
}

TEST_CASE("lexer: a quoted number before > is not an IO number", "[lexer]") {
    CHECK(dump_tokens("cmd '2'>out") == R"EOF(1:1 WORD 'cmd' [Literal "cmd"]
1:5 WORD ''2'' [SingleQuoted "2"]
1:8 GREAT '>'
1:9 WORD 'out' [Literal "out"]
1:12 END
)EOF");
}

TEST_CASE("lexer: a comment runs to the end of the line", "[lexer]") {
    CHECK(dump_tokens("echo a # not ) a | token\necho b") == R"EOF(1:1 WORD 'echo' [Literal "echo"]
1:6 WORD 'a' [Literal "a"]
1:25 NEWLINE
2:1 WORD 'echo' [Literal "echo"]
2:6 WORD 'b' [Literal "b"]
2:7 END
)EOF");
}

TEST_CASE("lexer: # inside a word is not a comment", "[lexer]") {
    CHECK(dump_tokens("echo a#b") == R"EOF(1:1 WORD 'echo' [Literal "echo"]
1:6 WORD 'a#b' [Literal "a#b"]
1:9 END
)EOF");
}

TEST_CASE("lexer: a line with only a comment gives just a newline", "[lexer]") {
    CHECK(dump_tokens("# just a comment\n") == R"EOF(1:17 NEWLINE
2:1 END
)EOF");
}

TEST_CASE("lexer: newlines are tokens, blank lines too", "[lexer]") {
    CHECK(dump_tokens("a\n\nb\n") == R"EOF(1:1 WORD 'a' [Literal "a"]
1:2 NEWLINE
2:1 NEWLINE
3:1 WORD 'b' [Literal "b"]
3:2 NEWLINE
4:1 END
)EOF");
}

TEST_CASE("lexer: backslash-newline between words disappears", "[lexer]") {
    CHECK(dump_tokens("echo a \\\n b") == R"EOF(1:1 WORD 'echo' [Literal "echo"]
1:6 WORD 'a' [Literal "a"]
2:2 WORD 'b' [Literal "b"]
2:3 END
)EOF");
}

TEST_CASE("lexer: backslash-newline inside a word joins it", "[lexer]") {
    CHECK(dump_tokens("ec\\\nho") == R"EOF(1:1 WORD 'ec\\nho' [Literal "echo"]
2:3 END
)EOF");
}

TEST_CASE("lexer: backslash-newline inside an operator joins it", "[lexer]") {
    CHECK(dump_tokens("a &\\\n& b") == R"EOF(1:1 WORD 'a' [Literal "a"]
1:3 AND_IF '&&'
2:3 WORD 'b' [Literal "b"]
2:4 END
)EOF");
}

TEST_CASE("lexer: backslash-newline inside double quotes disappears", "[lexer]") {
    CHECK(dump_tokens("\"a\\\nb\"") == R"EOF(1:1 WORD '"a\\nb"' [DoubleQuoted [Literal "ab"]]
2:3 END
)EOF");
}

TEST_CASE("lexer: backslash-newline inside single quotes stays", "[lexer]") {
    CHECK(dump_tokens("'a\\\nb'") == R"EOF(1:1 WORD ''a\\nb'' [SingleQuoted "a\\\nb"]
2:3 END
)EOF");
}

TEST_CASE("lexer: single quotes keep every character", "[lexer]") {
    CHECK(dump_tokens("'a \\n $x \"b\"'") == R"EOF(1:1 WORD ''a \n $x "b"'' [SingleQuoted "a \\n $x \"b\""]
1:14 END
)EOF");
}

TEST_CASE("lexer: double quotes: backslash quotes only $ ` ' backslash", "[lexer]") {
    CHECK(dump_tokens("\"\\$ \\` \\\" \\\\ \\a\"") == R"EOF(1:1 WORD '"\$ \` \" \\ \a"' [DoubleQuoted [Escaped "$", Literal " ", Escaped "`", Literal " ", Escaped "\"", Literal " ", Escaped "\\", Literal " \\a"]]
1:17 END
)EOF");
}

TEST_CASE("lexer: a backslash outside quotes quotes the next character", "[lexer]") {
    CHECK(dump_tokens("a\\ b\\$c\\\\") == R"EOF(1:1 WORD 'a\ b\$c\\' [Literal "a", Escaped " ", Literal "b", Escaped "$", Literal "c", Escaped "\\"]
1:10 END
)EOF");
}

TEST_CASE("lexer: a backslash keeps a whole UTF-8 character", "[lexer]") {
    CHECK(dump_tokens("\\été") == R"EOF(1:1 WORD '\été' [Escaped "é", Literal "té"]
1:7 END
)EOF");
}

TEST_CASE("lexer: a backslash at the end of input is literal", "[lexer]") {
    CHECK(dump_tokens("echo a\\") == R"EOF(1:1 WORD 'echo' [Literal "echo"]
1:6 WORD 'a\' [Literal "a\\"]
1:8 END
)EOF");
}

TEST_CASE("lexer: ANSI-C quotes decode simple escapes", "[lexer]") {
    CHECK(dump_tokens("$'a\\tb\\nc\\\\d\\'e\\\"f\\a\\b\\e\\f\\r\\v'") == R"EOF(1:1 WORD '$'a\tb\nc\\d\'e\"f\a\b\e\f\r\v'' [AnsiC "a\tb\nc\\d'e\"f\x07\x08\x1b\x0c\x0d\x0b"]
1:32 END
)EOF");
}

TEST_CASE("lexer: ANSI-C quotes decode hex, octal and unicode", "[lexer]") {
    CHECK(dump_tokens("$'\\x41\\101\\u00e9\\U0001F600\\x4'") == R"EOF(1:1 WORD '$'\x41\101\u00e9\U0001F600\x4'' [AnsiC "AAé😀\x04"]
1:31 END
)EOF");
}

TEST_CASE("lexer: ANSI-C quotes decode control characters", "[lexer]") {
    CHECK(dump_tokens("$'\\cA\\c?\\q'") == R"EOF(1:1 WORD '$'\cA\c?\q'' [AnsiC "\x01\x7f\\q"]
1:12 END
)EOF");
}

TEST_CASE("lexer: $' inside double quotes is not ANSI-C quoting", "[lexer]") {
    CHECK(dump_tokens("\"$'a'\"") == R"EOF(1:1 WORD '"$'a'"' [DoubleQuoted [Literal "$'a'"]]
1:7 END
)EOF");
}

TEST_CASE("lexer: simple parameters: names, digits and specials", "[lexer]") {
    CHECK(dump_tokens("$a $_b1 $1 $10 $@ $* $# $? $$ $! $- $0") == R"EOF(1:1 WORD '$a' [Param $a]
1:4 WORD '$_b1' [Param $_b1]
1:9 WORD '$1' [Param $1]
1:12 WORD '$10' [Param $1, Literal "0"]
1:16 WORD '$@' [Param $@]
1:19 WORD '$*' [Param $*]
1:22 WORD '$#' [Param $#]
1:25 WORD '$?' [Param $?]
1:28 WORD '$$' [Param $$]
1:31 WORD '$!' [Param $!]
1:34 WORD '$-' [Param $-]
1:37 WORD '$0' [Param $0]
1:39 END
)EOF");
}

TEST_CASE("lexer: a lone dollar sign is literal", "[lexer]") {
    CHECK(dump_tokens("a$ $ \"$\" $/") == R"EOF(1:1 WORD 'a$' [Literal "a$"]
1:4 WORD '$' [Literal "$"]
1:6 WORD '"$"' [DoubleQuoted [Literal "$"]]
1:10 WORD '$/' [Literal "$/"]
1:12 END
)EOF");
}

TEST_CASE("lexer: braced parameters: plain and length", "[lexer]") {
    CHECK(dump_tokens("${x} ${#x} ${10} ${#10} ${@}") == R"EOF(1:1 WORD '${x}' [Param ${x}]
1:6 WORD '${#x}' [Param ${#x}]
1:12 WORD '${10}' [Param ${10}]
1:18 WORD '${#10}' [Param ${#10}]
1:25 WORD '${@}' [Param ${@}]
1:29 END
)EOF");
}

TEST_CASE("lexer: braced parameters: default, assign, error, alternative", "[lexer]") {
    CHECK(dump_tokens("${x-a} ${x:-a} ${x=a} ${x:=a} ${x?a} ${x:?a} ${x+a} ${x:+a}") == R"EOF(1:1 WORD '${x-a}' [Param ${x-[Literal "a"]}]
1:8 WORD '${x:-a}' [Param ${x:-[Literal "a"]}]
1:16 WORD '${x=a}' [Param ${x=[Literal "a"]}]
1:23 WORD '${x:=a}' [Param ${x:=[Literal "a"]}]
1:31 WORD '${x?a}' [Param ${x?[Literal "a"]}]
1:38 WORD '${x:?a}' [Param ${x:?[Literal "a"]}]
1:46 WORD '${x+a}' [Param ${x+[Literal "a"]}]
1:53 WORD '${x:+a}' [Param ${x:+[Literal "a"]}]
1:60 END
)EOF");
}

TEST_CASE("lexer: braced parameters: suffix and prefix removal", "[lexer]") {
    CHECK(dump_tokens("${x%a} ${x%%a*} ${x#a} ${x##*/}") == R"EOF(1:1 WORD '${x%a}' [Param ${x%[Literal "a"]}]
1:8 WORD '${x%%a*}' [Param ${x%%[Literal "a*"]}]
1:17 WORD '${x#a}' [Param ${x#[Literal "a"]}]
1:24 WORD '${x##*/}' [Param ${x##[Literal "*/"]}]
1:32 END
)EOF");
}

TEST_CASE("lexer: dash edge cases of ${#...}", "[lexer]") {
    CHECK(dump_tokens("${#} ${##} ${##x} ${#-} ${#?} ${#:-x} ${#-x}") == R"EOF(1:1 WORD '${#}' [Param ${#}]
1:6 WORD '${##}' [Param ${##}]
1:12 WORD '${##x}' [Param ${##[Literal "x"]}]
1:19 WORD '${#-}' [Param ${#-}]
1:25 WORD '${#?}' [Param ${#?}]
1:31 WORD '${#:-x}' [Param ${#:-[Literal "x"]}]
1:39 WORD '${#-x}' [Param ${#-[Literal "x"]}]
1:45 END
)EOF");
}

TEST_CASE("lexer: an empty operand is allowed: ${x%%}", "[lexer]") {
    CHECK(dump_tokens("${x%%} ${x:-}") == R"EOF(1:1 WORD '${x%%}' [Param ${x%%[]}]
1:8 WORD '${x:-}' [Param ${x:-[]}]
1:14 END
)EOF");
}

TEST_CASE("lexer: a quoted word inside ${x:-...}", "[lexer]") {
    CHECK(dump_tokens("${x:-\"a b\"}") == R"EOF(1:1 WORD '${x:-"a b"}' [Param ${x:-[DoubleQuoted [Literal "a b"]]}]
1:12 END
)EOF");
}

TEST_CASE("lexer: double quotes nest inside ${x:-...} inside double quotes", "[lexer]") {
    CHECK(dump_tokens("\"${x:-\"a b\"}\"") == R"EOF(1:1 WORD '"${x:-"a b"}"' [DoubleQuoted [Param ${x:-[DoubleQuoted [Literal "a b"]]}]]
1:14 END
)EOF");
}

TEST_CASE("lexer: single quotes are plain text in ${x:-...} inside double quotes", "[lexer]") {
    CHECK(dump_tokens("\"${x:-'a'}\"") == R"EOF(1:1 WORD '"${x:-'a'}"' [DoubleQuoted [Param ${x:-[Literal "'a'"]}]]
1:12 END
)EOF");
}

TEST_CASE("lexer: blanks belong to an unquoted ${x:-a b}", "[lexer]") {
    CHECK(dump_tokens("${x:-a b}") == R"EOF(1:1 WORD '${x:-a b}' [Param ${x:-[Literal "a b"]}]
1:10 END
)EOF");
}

TEST_CASE("lexer: the first } closes ${x:-{a}}", "[lexer]") {
    CHECK(dump_tokens("${x:-{a}}") == R"EOF(1:1 WORD '${x:-{a}}' [Param ${x:-[Literal "{a"]}, Literal "}"]
1:10 END
)EOF");
}

TEST_CASE("lexer: expansions nest in ${x:-${y:-$z}}", "[lexer]") {
    CHECK(dump_tokens("${x:-${y:-$z}}") == R"EOF(1:1 WORD '${x:-${y:-$z}}' [Param ${x:-[Param ${y:-[Param $z]}]}]
1:15 END
)EOF");
}

TEST_CASE("lexer: arithmetic keeps its text with expansions as parts", "[lexer]") {
    CHECK(dump_tokens("$((1 + $x * (2 - y)))") == R"EOF(1:1 WORD '$((1 + $x * (2 - y)))' [Arith [Literal "1 + ", Param $x, Literal " * (2 - y)"]]
1:22 END
)EOF");
}

TEST_CASE("lexer: arithmetic with balanced parentheses inside", "[lexer]") {
    CHECK(dump_tokens("$(( (1+2) ))") == R"EOF(1:1 WORD '$(( (1+2) ))' [Arith [Literal " (1+2) "]]
1:13 END
)EOF");
}

TEST_CASE("lexer: $( (...) ) is a command substitution holding a subshell", "[lexer]") {
    CHECK(dump_tokens("$( (echo a) )") == R"EOF(1:1 WORD '$( (echo a) )' [CommandSubst " (echo a) "]
1:14 END
)EOF");
}

TEST_CASE("lexer: $((...) ) without the space is a subshell too", "[lexer]") {
    CHECK(dump_tokens("$((echo a) )") == R"EOF(1:1 WORD '$((echo a) )' [CommandSubst "(echo a) "]
1:13 END
)EOF");
}

TEST_CASE("lexer: command substitution keeps its text", "[lexer]") {
    CHECK(dump_tokens("x$(echo a b)y") == R"EOF(1:1 WORD 'x$(echo a b)y' [Literal "x", CommandSubst "echo a b", Literal "y"]
1:14 END
)EOF");
}

TEST_CASE("lexer: nested command substitution in double quotes", "[lexer]") {
    CHECK(dump_tokens("\"$(echo \"$(echo b)\")\"") == R"EOF(1:1 WORD '"$(echo "$(echo b)")"' [DoubleQuoted [CommandSubst "echo \"$(echo b)\""]]
1:22 END
)EOF");
}

TEST_CASE("lexer: backquotes keep their text as written", "[lexer]") {
    CHECK(dump_tokens("`echo a`") == R"EOF(1:1 WORD '`echo a`' [Backquoted "echo a"]
1:9 END
)EOF");
}

TEST_CASE("lexer: backquotes inside double quotes", "[lexer]") {
    CHECK(dump_tokens("\"`echo \\\"x\\\"`\"") == R"EOF(1:1 WORD '"`echo \"x\"`"' [DoubleQuoted [Backquoted "echo \\\"x\\\""]]
1:15 END
)EOF");
}

TEST_CASE("lexer: a word made of many kinds of parts", "[lexer]") {
    CHECK(dump_tokens("a'b'\"c$d\"\\e$'f'${g}$(h)`i`$((j))") == R"EOF(1:1 WORD 'a'b'"c$d"\e$'f'${g}$(h)`i`$((j))' [Literal "a", SingleQuoted "b", DoubleQuoted [Literal "c", Param $d], Escaped "e", AnsiC "f", Param ${g}, CommandSubst "h", Backquoted "i", Arith [Literal "j"]]
1:33 END
)EOF");
}

TEST_CASE("lexer: braces and other punctuation are word characters", "[lexer]") {
    CHECK(dump_tokens("{ } {a,b} a=b ! [ ] * ?") == R"EOF(1:1 WORD '{' [Literal "{"]
1:3 WORD '}' [Literal "}"]
1:5 WORD '{a,b}' [Literal "{a,b}"]
1:11 WORD 'a=b' [Literal "a=b"]
1:15 WORD '!' [Literal "!"]
1:17 WORD '[' [Literal "["]
1:19 WORD ']' [Literal "]"]
1:21 WORD '*' [Literal "*"]
1:23 WORD '?' [Literal "?"]
1:24 END
)EOF");
}

TEST_CASE("lexer: reserved words are only words to the lexer", "[lexer]") {
    CHECK(dump_tokens("if then fi") == R"EOF(1:1 WORD 'if' [Literal "if"]
1:4 WORD 'then' [Literal "then"]
1:9 WORD 'fi' [Literal "fi"]
1:11 END
)EOF");
}

TEST_CASE("lexer: a here-document body is attached to its delimiter", "[lexer]") {
    CHECK(dump_tokens("cat <<EOF\nhi $x\nEOF\n") == R"EOF(1:1 WORD 'cat' [Literal "cat"]
1:5 DLESS '<<'
1:7 WORD 'EOF' [Literal "EOF"]
  heredoc delimiter "EOF" expand [Literal "hi ", Param $x, Literal "\n"]
1:10 NEWLINE
4:1 END
)EOF");
}

TEST_CASE("lexer: a here-document with a quoted delimiter", "[lexer]") {
    CHECK(dump_tokens("cat <<'E F'\nhi $x\nE F\n") == R"EOF(1:1 WORD 'cat' [Literal "cat"]
1:5 DLESS '<<'
1:7 WORD ''E F'' [SingleQuoted "E F"]
  heredoc delimiter "E F" quoted [Literal "hi $x\n"]
1:12 NEWLINE
4:1 END
)EOF");
}

TEST_CASE("lexer: an open quote ends the token dump with an error", "[lexer]") {
    CHECK(dump_tokens("echo 'abc") == R"EOF(1:1 WORD 'echo' [Literal "echo"]
1:6 ERROR syntax error: unterminated quoted string
)EOF");
}

TEST_CASE("lexer: spans count lines and columns", "[lexer]") {
    CHECK(dump_tokens("a\n  b c\n\tdd") == R"EOF(1:1 WORD 'a' [Literal "a"]
1:2 NEWLINE
2:3 WORD 'b' [Literal "b"]
2:5 WORD 'c' [Literal "c"]
2:6 NEWLINE
3:2 WORD 'dd' [Literal "dd"]
3:4 END
)EOF");
}
