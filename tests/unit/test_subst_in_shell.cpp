// test_subst_in_shell.cpp: which $(...) the shell runs itself, with no fork
// (substitution_runs_in_shell, shell/os/launch.hpp): only builtins that write
// and give a status, with words that change nothing and see no process.
#include <catch2/catch.hpp>

#include "shell/os/launch.hpp"
#include "shell/syntax/parser.hpp"

using namespace forksh;

namespace {
bool in_shell(const char* body, const Functions& functions = Functions()) {
    return substitution_runs_in_shell(parse_program(body), functions);
}
}  // namespace

TEST_CASE("launch: $( ) of output-only builtins runs in the shell", "[launch]") {
    CHECK(in_shell("echo hi"));
    CHECK(in_shell("printf '%s\\n' \"$x\" \"${y:-z}\" \"${#y}\" \"${y%.*}\""));
    CHECK(in_shell("pwd"));
    CHECK(in_shell(":"));
    CHECK(in_shell("true; false"));
    CHECK(in_shell("echo a && false || ! echo b"));
    CHECK(in_shell("echo \"$(echo \"$(pwd)\")\""));
    CHECK(in_shell("echo ~ 'a*' \\* \"$1\" \"$@\" \"$?\" \"$$\""));
}

TEST_CASE("launch: $( ) forks for anything that could change the shell or see the child", "[launch]") {
    // builtins that change state, externals, functions
    for (const char* body : {"cd /", "set -e", "exit 3", "x=1", "trap '' INT", "read x", "/bin/echo hi", "ls",
                             "test -t 1", "[ -p /dev/stdout ]", "command -v ls", "type echo", "eval echo"})
        CHECK_FALSE(in_shell(body));
    // assignments, redirections, pipelines, background, compound commands
    for (const char* body : {"x=1 echo", "echo hi >&2", "echo hi > f", "echo | echo", "echo &", "{ echo; }",
                             "( echo )", "if true; then echo; fi", "< file", ""})
        CHECK_FALSE(in_shell(body));
    // words whose expansion changes something or sees the process
    for (const char* body : {"echo \"${x=1}\"", "echo \"${x:?}\"", "echo $((i += 1))", "echo \"$((1))\"",
                             "echo \"$RANDOM\"", "echo \"$-\"", "echo \"$(cd /)\"", "echo ${x}", "echo $(echo)",
                             "echo *", "echo /proc/self/task/?", "echo [a]", "$cmd", "\"echo\" hi"})
        CHECK_FALSE(in_shell(body));
}

TEST_CASE("launch: a function named like the builtin runs instead, in a child", "[launch]") {
    Functions functions;
    functions.define("echo", std::make_shared<const ast::Command>(), "");
    CHECK_FALSE(in_shell("echo hi", functions));
    CHECK(in_shell("printf hi", functions));
}
