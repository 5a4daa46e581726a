// test_trace_record.cpp: the trace's event records (shell/sys/trace_record.hpp)
// and the text a record's template renders to (shell/sys/trace_event.hpp).
#include <catch2/catch.hpp>

#include <string>

#include "shell/sys/trace_event.hpp"
#include "shell/sys/trace_record.hpp"

using namespace forksh;

TEST_CASE("trace: a record survives its line, tabs, newlines and argv included", "[trace]") {
    trace::Record r;
    r.ns = 1234567890123;
    r.pid = 42;
    r.ppid = 7;
    r.pgid = 42;
    r.kind = "execve";
    r.as = "printf";
    r.command = "printf 'a\\tb\\n' | wc -l";
    r.text = "execve /usr/bin/printf [printf, a\tb\n]";
    r.fields = {{"path", "/usr/bin/printf"}, {"argv", std::string("printf") + trace::list_separator + "a\tb\n\\"}};
    std::string line = trace::encode(r);
    CHECK(line.back() == '\n');
    CHECK(line.find('\n') == line.size() - 1);  // one line, whatever the values hold
    auto back = trace::decode(line);
    REQUIRE(back);
    CHECK(back->ns == r.ns);
    CHECK(back->pid == 42);
    CHECK(back->ppid == 7);
    CHECK(back->pgid == 42);
    CHECK(back->kind == "execve");
    CHECK(back->as == "printf");
    CHECK(back->command == r.command);
    CHECK(back->text == r.text);
    CHECK(back->field("argv") == r.fields[1].second);
    CHECK(back->field("missing").empty());
}

TEST_CASE("trace: a torn or foreign line is not a record", "[trace]") {
    CHECK_FALSE(trace::decode("[trace 42] fork -> child 43 (starts in group 42)\n"));
    CHECK_FALSE(trace::decode("R1\t12\t42\t7"));
    CHECK_FALSE(trace::decode("R1\tx\t42\t7\t42\tfork\t\t\tfork"));
    CHECK(trace::decode("R1\t12\t42\t7\t42\tfork\t\t\tfork -> child 43\tchild=43")->number("child") == 43);
}

TEST_CASE("trace: an event's text is its template filled from its fields", "[trace]") {
    using F = trace::Event::Field;
    CHECK(trace::render_text("dup2 {from} -> {to}", {F{"from", true, 4, {}}, F{"to", true, 1, {}}}) ==
          "dup2 4 -> 1");
    CHECK(trace::render_text("execve {path} [{argv}]",
                             {F{"path", false, 0, "/usr/bin/ls"}, F{"argv", false, 0, "ls\x1f-l"}}) ==
          "execve /usr/bin/ls [ls, -l]");
    // An unknown key stays visible instead of vanishing; {{ is a brace.
    CHECK(trace::render_text("{{x}} {nope}", {}) == "{x} {nope}");
}
