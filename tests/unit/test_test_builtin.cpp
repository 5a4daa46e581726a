// Unit tests for builtins/test_expr: the `test` / `[` expression rules
// (POSIX argument-count rules for 0-4 arguments, the general grammar beyond).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "builtins/test_expr.hpp"

using forksh::builtins::evaluate_test;

namespace {
int status(std::vector<std::string> args) { return evaluate_test(args).status; }
std::string error(std::vector<std::string> args) { return evaluate_test(args).error; }
}  // namespace

TEST_CASE("test: no arguments is false", "[test]") { CHECK(status({}) == 1); }

TEST_CASE("test: one argument: true when not empty", "[test]") {
    CHECK(status({"x"}) == 0);
    CHECK(status({""}) == 1);
    CHECK(status({"-n"}) == 0);
    CHECK(status({"!"}) == 0);
}

TEST_CASE("test: two arguments: ! and unary operators", "[test]") {
    CHECK(status({"!", ""}) == 0);
    CHECK(status({"!", "x"}) == 1);
    CHECK(status({"-n", ""}) == 1);
    CHECK(status({"-z", ""}) == 0);
    CHECK(status({"-n", "="}) == 0);
}

TEST_CASE("test: two arguments that are not a unary expression", "[test]") {
    CHECK(status({"a", "b"}) == 2);
    CHECK(error({"a", "b"}) == "a: unary operator expected");
}

TEST_CASE("test: three arguments: a binary operator wins", "[test]") {
    CHECK(status({"!", "=", "x"}) == 1);
    CHECK(status({"-n", "=", "-n"}) == 0);
    CHECK(status({"(", "=", "("}) == 0);
}

TEST_CASE("test: three arguments: ! and parentheses", "[test]") {
    CHECK(status({"!", "-z", "x"}) == 0);
    CHECK(status({"(", "a", ")"}) == 0);
    CHECK(status({"(", "", ")"}) == 1);
}

TEST_CASE("test: three arguments: -a and -o", "[test]") {
    CHECK(status({"a", "-a", ""}) == 1);
    CHECK(status({"a", "-o", ""}) == 0);
}

TEST_CASE("test: three arguments without an operator", "[test]") {
    CHECK(status({"a", "b", "c"}) == 2);
    CHECK(error({"a", "b", "c"}) == "b: binary operator expected");
}

TEST_CASE("test: four arguments: ! and parentheses", "[test]") {
    CHECK(status({"!", "a", "=", "b"}) == 0);
    CHECK(status({"(", "-n", "x", ")"}) == 0);
    CHECK(status({"(", "-z", "x", ")"}) == 1);
}

TEST_CASE("test: string comparisons", "[test]") {
    CHECK(status({"a", "=", "a"}) == 0);
    CHECK(status({"a", "==", "a"}) == 0);
    CHECK(status({"a", "!=", "a"}) == 1);
    CHECK(status({"a", "<", "b"}) == 0);
    CHECK(status({"a", ">", "b"}) == 1);
}

TEST_CASE("test: integer comparisons", "[test]") {
    CHECK(status({"1", "-eq", "1"}) == 0);
    CHECK(status({"1", "-ne", "1"}) == 1);
    CHECK(status({"-1", "-lt", "0"}) == 0);
    CHECK(status({"2", "-gt", "10"}) == 1);
    CHECK(status({"3", "-ge", "3"}) == 0);
    CHECK(status({"3", "-le", "2"}) == 1);
    CHECK(status({"1", "-eq", " 1 "}) == 0);
}

TEST_CASE("test: integers compare as numbers, not strings", "[test]") { CHECK(status({"10", "-gt", "9"}) == 0); }

TEST_CASE("test: a bad integer is an error", "[test]") {
    CHECK(status({"1", "-eq", "abc"}) == 2);
    CHECK(error({"1", "-eq", "abc"}) == "abc: integer expression expected");
    CHECK(status({"99999999999999999999", "-gt", "1"}) == 2);
    CHECK(status({"", "-eq", "0"}) == 2);
}

TEST_CASE("test: -a binds tighter than -o", "[test]") {
    CHECK(status({"a", "-o", "b", "-a", ""}) == 0);
    CHECK(status({"", "-a", "b", "-o", "c"}) == 0);
    CHECK(status({"", "-a", "b", "-o", ""}) == 1);
}

TEST_CASE("test: parentheses group in longer expressions", "[test]") {
    CHECK(status({"(", "a", "=", "b", ")", "-o", "a"}) == 0);
    CHECK(status({"(", "-n", "a", ")", "-a", "(", "-z", "", ")"}) == 0);
    CHECK(status({"!", "(", "a", "=", "a", ")"}) == 1);
}

TEST_CASE("test: ! ! cancels", "[test]") {
    CHECK(status({"!", "!", "a"}) == 0);
    CHECK(status({"!", "!", "!", "a", "=", "a"}) == 1);
}

TEST_CASE("test: a missing ) is an error", "[test]") {
    CHECK(status({"(", "a", "=", "a", "-a", "b"}) == 2);
}

TEST_CASE("test: file tests on a directory and a file", "[test]") {
    CHECK(status({"-d", "/"}) == 0);
    CHECK(status({"-e", "/"}) == 0);
    CHECK(status({"-f", "/"}) == 1);
    CHECK(status({"-e", "/nonexistent/x"}) == 1);
    CHECK(status({"-c", "/dev/null"}) == 0);
    CHECK(status({"-s", "/dev/null"}) == 1);
}

TEST_CASE("test: file tests on a temporary file", "[test]") {
    char path[] = "/tmp/forksh-test-XXXXXX";
    int fd = ::mkstemp(path);
    REQUIRE(fd >= 0);
    CHECK(status({"-f", path}) == 0);
    CHECK(status({"-s", path}) == 1);
    REQUIRE(::write(fd, "x", 1) == 1);
    ::close(fd);
    CHECK(status({"-s", path}) == 0);
    CHECK(status({"-r", path}) == 0);
    CHECK(status({path, "-ef", path}) == 0);
    CHECK(status({path, "-nt", "/nonexistent"}) == 0);
    CHECK(status({"/nonexistent", "-ot", path}) == 0);
    CHECK(status({path, "-ef", "/"}) == 1);
    ::unlink(path);
}

TEST_CASE("test: -h and -L see symbolic links", "[test]") {
    std::string link = "/tmp/forksh-test-link-" + std::to_string(::getpid());
    REQUIRE(::symlink("/", link.c_str()) == 0);
    CHECK(status({"-h", link}) == 0);
    CHECK(status({"-L", link}) == 0);
    CHECK(status({"-d", link}) == 0);
    CHECK(status({"-L", "/"}) == 1);
    ::unlink(link.c_str());
}

TEST_CASE("test: -t checks for a terminal", "[test]") {
    CHECK(status({"-t", "99"}) == 1);
    CHECK(status({"-t", "abc"}) == 2);
}

TEST_CASE("test: a unary operator without an operand in a long expression", "[test]") {
    CHECK(status({"a", "-a", "b", "-a", "-n"}) == 0);  // `-n` alone is a non-empty string
}

TEST_CASE("test: extra arguments are an error", "[test]") {
    CHECK(status({"a", "=", "a", "b", "c"}) == 2);
}
