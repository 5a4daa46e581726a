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
    return decide_launch(c).launch;
}
}  // namespace

TEST_CASE("launch: builtins, functions, assignments and compound commands never fork", "[launch]") {
    for (CommandKind k : {CommandKind::Assignments, CommandKind::Builtin, CommandKind::Function, CommandKind::Compound})
        for (bool r : {false, true})
            for (bool jc : {false, true})
                for (bool tail : {false, true}) CHECK(launch(k, r, jc, tail) == Launch::InShell);
}

TEST_CASE("an external command: spawn, fork + execve, or exec in place", "[launch]") {
    CHECK(launch(CommandKind::External, false, false, false) == Launch::Spawn);
    // Redirections (file actions) and job control (SETPGROUP, tcsetpgrp) fit posix_spawn.
    CHECK(launch(CommandKind::External, true, false, false) == Launch::Spawn);
    CHECK(launch(CommandKind::External, false, true, false) == Launch::Spawn);
    CHECK(launch(CommandKind::External, true, true, true) == Launch::ExecInPlace);  // a child with nothing left
    CHECK(launch(CommandKind::External, false, false, true) == Launch::ExecInPlace);
    CHECK(launch(CommandKind::NotFound, false, false, false) == Launch::NotFound);
}

TEST_CASE("launch: what posix_spawn cannot do makes the command fork, and says why", "[launch]") {
    LaunchContext c;
    c.has_redirects = true;
    c.redirects_fit = false;
    c.redirects_misfit = LaunchReason::HereDocument;
    LaunchDecision d = decide_launch(c);
    CHECK(d.launch == Launch::ForkExec);
    CHECK(d.why == LaunchReason::HereDocument);
    c.pipeline_stage = true;  // a stage forks a child that then execs in place
    CHECK(decide_launch(c).launch == Launch::Fork);
    c = LaunchContext{};
    c.spawn_sets_signals = false;
    c.background_without_job_control = true;
    CHECK(decide_launch(c).launch == Launch::Spawn);  // the vfork child sets them to ignored itself
    c.method = SpawnMethod::PosixSpawn;
    CHECK(decide_launch(c).launch == Launch::ForkExec);
    CHECK(decide_launch(c).why == LaunchReason::BackgroundNeedsIgnore);
    c = LaunchContext{};
    c.pipeline_stage = true;
    c.words_pure = false;  // $( ) in a word: expanded by the forked child, as before
    CHECK(decide_launch(c).launch == Launch::Fork);
}

TEST_CASE("launch: set -o spawn=fork forks every program, vfork and posix_spawn spawn", "[launch]") {
    LaunchContext c;
    c.method = SpawnMethod::Fork;
    CHECK(decide_launch(c).launch == Launch::ForkExec);
    c.pipeline_stage = true;
    CHECK(decide_launch(c).launch == Launch::Fork);
    c.method = SpawnMethod::Vfork;
    CHECK(decide_launch(c).launch == Launch::Spawn);
    c.method = SpawnMethod::PosixSpawn;
    CHECK(decide_launch(c).launch == Launch::Spawn);
    c.in_child_tail = true;
    c.pipeline_stage = false;
    c.method = SpawnMethod::Fork;
    CHECK(decide_launch(c).launch == Launch::ExecInPlace);  // no process to start at all
}

TEST_CASE("launch: redirections posix_spawn's file actions can do", "[launch]") {
    auto fits = [](const char* line, bool noclobber = false) {
        ast::List list = parse_program(line);
        const auto& simple = std::get<ast::SimpleCommand>(list.items[0].and_or.first.commands[0].node);
        return redirects_fit(simple.redirects, noclobber).fit;
    };
    CHECK(fits("cat <in >out 2>&1 3<>rw 4>>log 5>&-"));
    CHECK(fits("cat >\"$HOME/x\" <${f%.c}.h"));
    CHECK_FALSE(fits("cat <<EOF\nx\nEOF\n"));        // the shell writes the text
    CHECK_FALSE(fits("cat <<<word"));
    CHECK_FALSE(fits("cat >out", true));               // set -C looks before it opens
    CHECK(fits("cat >|out", true));
    CHECK_FALSE(fits("cat >$(echo out)"));             // a child expands $( )
    CHECK_FALSE(fits("cat >${out=x}"));                // an assignment stays in the child
    CHECK_FALSE(open_misfit("/dev/null", true));
    CHECK_FALSE(open_misfit("/etc/passwd", false));
    CHECK_FALSE(open_misfit("/etc", false));                                 // reading a directory: the read fails
    CHECK(open_misfit("/etc", true) == LaunchReason::WritesDirectory);       // a forked child says EISDIR
    CHECK_FALSE(open_misfit("/tmp/forksh-no-such-file", true));             // created by the open
    CHECK(open_misfit("/tmp/forksh-no-such-file", false) == LaunchReason::CannotOpen);  // missing input
    CHECK(open_misfit("/dev/tty", false) == LaunchReason::OpenMayBlock);     // a device could block
}

TEST_CASE("launch: a subshell forks, unless a child would only wait for it", "[launch]") {
    CHECK(launch(CommandKind::Subshell, false, false, false) == Launch::Fork);
    CHECK(launch(CommandKind::Subshell, false, false, true) == Launch::InShell);
}

TEST_CASE("launch: only a lone last command may take a child's place", "[launch]") {
    CHECK(child_tail_ok(parse_program("cd /tmp; ls"), false));
    CHECK_FALSE(child_tail_ok(parse_program("cd /tmp; ls"), true));  // the EXIT trap runs after it
    CHECK_FALSE(child_tail_ok(parse_program("ls &"), false));
    CHECK_FALSE(child_tail_ok(parse_program("ls && wc"), false));
    CHECK_FALSE(child_tail_ok(parse_program("! ls"), false));
    CHECK_FALSE(child_tail_ok(parse_program("ls | wc"), false));
}

TEST_CASE("launch: $(< file) is read by the shell itself", "[launch]") {
    CHECK(substitution_reads_file(parse_program("< notes")) != nullptr);
    CHECK(substitution_reads_file(parse_program("cat < notes")) == nullptr);
    CHECK(substitution_reads_file(parse_program("< a < b")) == nullptr);
}

TEST_CASE("launch: a pipeline and an and-or list keep their source text", "[launch][parser]") {
    ast::List list = parse_program("( sleep 5 ) &\n{ a; } | b  && until false; do c; done\n");
    REQUIRE(list.items.size() == 2);
    CHECK(list.items[0].and_or.first.text == "( sleep 5 )");
    CHECK(list.items[1].and_or.first.text == "{ a; } | b");
    CHECK(list.items[1].and_or.text == "{ a; } | b  && until false; do c; done");
    ast::List here = parse_program("cat <<END &\nbody\nEND\n");
    CHECK(here.items[0].and_or.first.text == "cat <<END");
}
