// test_parse_time_habits.cpp: the `time` reserved word in the tree, and the
// bash-habit hints added to syntax errors and to "command not found".
#include <catch2/catch.hpp>

#include <string>

#include "parse_helpers.hpp"
#include "shell/text/bash_habits.hpp"
#include "shell/text/help_topics.hpp"

using forksh::bash_habit_suffix_for_command;
using forksh::test::ast_of;
using forksh::test::error_of;
using forksh::test::strict_error_of;

TEST_CASE("parser: time -p ! a | b times the whole negated pipeline", "[parser][time]") {
    CHECK(ast_of("time -p ! a | b") ==
          "List @1:1\n"
          "  AndOr @1:1\n"
          "    Pipeline @1:1\n"
          "      Time -p @1:1\n"
          "        Pipeline @1:9 negated\n"
          "          Simple @1:11\n"
          "            word 'a' @1:11 [Literal \"a\"]\n"
          "          Simple @1:15\n"
          "            word 'b' @1:15 [Literal \"b\"]\n");
}

TEST_CASE("parser: time alone, and time after a pipe or quoted, is not the keyword", "[parser][time]") {
    CHECK(ast_of("time") == "List @1:1\n  AndOr @1:1\n    Pipeline @1:1\n      Time @1:1\n");
    CHECK(ast_of("a | time b").find("Time") == std::string::npos);
    CHECK(ast_of("'time' b").find("Time") == std::string::npos);
    CHECK(ast_of("time=1").find("Time") == std::string::npos);
}

TEST_CASE("parser: arr=(a b) gets the arrays hint in strict POSIX mode", "[parser][habits]") {
    CHECK(error_of("arr=(a b)", true) ==
          "Syntax 1:5 syntax error: unexpected '(' after 'arr=' (arrays are a bash extension, off in strict POSIX "
          "mode (set +o posix turns them on); in POSIX sh use set -- a b and \"$@\")");
}

TEST_CASE("parser: function f { gets the NAME() hint, a bad function name does not", "[parser][habits]") {
    CHECK(strict_error_of("function f { echo; }").find("write NAME() { ...; }") != std::string::npos);
    CHECK(strict_error_of("f-g() { :; }") == "Syntax 1:1 syntax error: bad function name 'f-g'");
    // The hint belongs to one command: the next line's error has none.
    CHECK(strict_error_of("function f\n}") == "Syntax 2:1 syntax error: unexpected '}'");
}

TEST_CASE("habits: command-not-found hints only for double brackets and whole brace ranges", "[habits]") {
    CHECK(bash_habit_suffix_for_command("[[").find("use [ ] (test)") != std::string::npos);
    CHECK(!bash_habit_suffix_for_command("{1..3}").empty());
    CHECK(!bash_habit_suffix_for_command("{a..e}").empty());
    CHECK(!bash_habit_suffix_for_command("{10..-2..2}").empty());
    CHECK(bash_habit_suffix_for_command("{x}").empty());
    CHECK(bash_habit_suffix_for_command("{1..}").empty());
    CHECK(bash_habit_suffix_for_command("a{1..3}").empty());
    CHECK(bash_habit_suffix_for_command("ls").empty());
}

TEST_CASE("habits: every help topic typed as a command gets a hint to its page", "[habits]") {
    for (const forksh::HelpTopic& t : forksh::help_topics())
        CHECK(bash_habit_suffix_for_command(t.name) == " (try `help " + std::string(t.name) + "`)");
    CHECK(forksh::help_topics().size() >= 17);
    CHECK(bash_habit_suffix_for_command("forks").empty());
    CHECK(bash_habit_suffix_for_command("Fork").empty());
}

TEST_CASE("parser: function NAME with any compound command as its body (bash)", "[parser][function]") {
    CHECK(ast_of("function f { echo; }").find("FunctionDef f") != std::string::npos);
    CHECK(ast_of("function my-f() { echo; }").find("FunctionDef my-f") != std::string::npos);
    CHECK(ast_of("function f ( echo )").find("Subshell") != std::string::npos);
    CHECK(error_of("function f() echo x") == "Syntax 1:14 syntax error: unexpected 'echo'");
    CHECK(error_of("function 'f' { :; }") == "Syntax 1:10 syntax error: bad function name ''f''");
}

TEST_CASE("parser: select reads as a for loop does (bash), a plain word in strict mode", "[parser][select]") {
    CHECK(ast_of("select x in a b; do :; done").find("Select x") != std::string::npos);
    CHECK(ast_of("select x\ndo :; done").find("in \"$@\" (no 'in')") != std::string::npos);
    CHECK(strict_error_of("select x in a; do :; done") == "Syntax 1:16 syntax error: unexpected 'do'");
}

TEST_CASE("parser: arrays and element assignments with bash's dialect on", "[parser][arrays]") {
    CHECK(forksh::test::ast_of("a=(x [2]=y) a[i+1]+=z") == R"EOF(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        assign array a= @1:1
          item [Literal "x"]
          item [[Literal "2"]]=[Literal "y"]
        assign a[[Literal "i+1"]]+= @1:13 [Literal "z"]
)EOF");
}
