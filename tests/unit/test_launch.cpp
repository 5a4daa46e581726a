// test_launch.cpp: the one launch decision (shell/os/launch.hpp), which the
// executor runs and `explain` reports, and the source text a job is labelled
// with (ast::Pipeline::text, ast::AndOr::text).
#include <catch2/catch.hpp>

#include "shell/os/launch.hpp"
#include "shell/syntax/parser.hpp"

using namespace forksh;

namespace {
Launch launch(CommandKind kind, bool redirects, bool job_control, bool tail) {
    LaunchContext c;
    c.kind = kind;
    c.has_redirects = redirects;
    c.job_control = job_control;
    c.in_child_tail = tail;
    return choose_launch(c);
}
}  // namespace

TEST_CASE("builtins, functions, assignments and compound commands never fork", "[launch]") {
    for (CommandKind k : {CommandKind::Assignments, CommandKind::Builtin, CommandKind::Function, CommandKind::Compound})
        for (bool r : {false, true})
            for (bool jc : {false, true})
                for (bool tail : {false, true}) CHECK(launch(k, r, jc, tail) == Launch::InShell);
}

TEST_CASE("an external command: spawn, fork + execve, or exec in place", "[launch]") {
    CHECK(launch(CommandKind::External, false, false, false) == Launch::Spawn);
    CHECK(launch(CommandKind::External, true, false, false) == Launch::ForkExec);   // redirections: in the child
    CHECK(launch(CommandKind::External, false, true, false) == Launch::ForkExec);   // setpgid in the child
    CHECK(launch(CommandKind::External, true, true, true) == Launch::ExecInPlace);  // a child with nothing left
    CHECK(launch(CommandKind::External, false, false, true) == Launch::ExecInPlace);
    CHECK(launch(CommandKind::NotFound, false, false, false) == Launch::NotFound);
}

TEST_CASE("a subshell forks, unless a child would only wait for it", "[launch]") {
    CHECK(launch(CommandKind::Subshell, false, false, false) == Launch::Fork);
    CHECK(launch(CommandKind::Subshell, false, false, true) == Launch::InShell);
}

TEST_CASE("only a lone last command may take a child's place", "[launch]") {
    CHECK(child_tail_ok(parse_program("cd /tmp; ls"), false));
    CHECK_FALSE(child_tail_ok(parse_program("cd /tmp; ls"), true));  // the EXIT trap runs after it
    CHECK_FALSE(child_tail_ok(parse_program("ls &"), false));
    CHECK_FALSE(child_tail_ok(parse_program("ls && wc"), false));
    CHECK_FALSE(child_tail_ok(parse_program("! ls"), false));
    CHECK_FALSE(child_tail_ok(parse_program("ls | wc"), false));
}

TEST_CASE("$(< file) is read by the shell itself", "[launch]") {
    CHECK(substitution_reads_file(parse_program("< notes")) != nullptr);
    CHECK(substitution_reads_file(parse_program("cat < notes")) == nullptr);
    CHECK(substitution_reads_file(parse_program("< a < b")) == nullptr);
}

TEST_CASE("a pipeline and an and-or list keep their source text", "[launch][parser]") {
    ast::List list = parse_program("( sleep 5 ) &\n{ a; } | b  && until false; do c; done\n");
    REQUIRE(list.items.size() == 2);
    CHECK(list.items[0].and_or.first.text == "( sleep 5 )");
    CHECK(list.items[1].and_or.first.text == "{ a; } | b");
    CHECK(list.items[1].and_or.text == "{ a; } | b  && until false; do c; done");
    ast::List here = parse_program("cat <<END &\nbody\nEND\n");
    CHECK(here.items[0].and_or.first.text == "cat <<END");
}
