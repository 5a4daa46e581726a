// test_timeline_model.cpp: the replay of a saved trace into lanes, pipes and
// zombie times (shell/teach/timeline_model.hpp), from hand-written records.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "shell/teach/timeline_model.hpp"

using namespace forksh;

namespace {
trace::Record rec(long long ns, pid_t pid, std::string kind, std::vector<std::pair<std::string, std::string>> fields,
                  std::string as = "") {
    trace::Record r;
    r.ns = ns;
    r.pid = pid;
    r.ppid = 1;
    r.pgid = 100;
    r.kind = std::move(kind);
    r.as = std::move(as);
    r.text = r.kind;
    r.fields = std::move(fields);
    return r;
}

const timeline::Process* find(const timeline::Model& m, pid_t pid) {
    for (const auto& p : m.processes)
        if (p.pid == pid) return &p;
    return nullptr;
}
}  // namespace

TEST_CASE("timeline: a pipeline's lanes, names and the pipe from writer to reader", "[timeline]") {
    // `a | b` as forksh traces it, written out of order as children do.
    std::vector<trace::Record> events = {
        rec(10, 100, "pipe2", {{"read", "3"}, {"write", "4"}}),
        rec(20, 100, "fork", {{"child", "101"}, {"group", "100"}}),
        rec(40, 100, "fork", {{"child", "102"}, {"group", "100"}}),
        rec(30, 101, "dup2", {{"from", "4"}, {"to", "1"}}),
        rec(35, 101, "execve", {{"path", "/bin/a"}}, "a"),
        rec(50, 102, "dup2", {{"from", "3"}, {"to", "0"}}),
        rec(55, 102, "execve", {{"path", "/bin/b"}}, "b"),
        rec(60, 100, "waitpid", {{"pid", "101"}, {"status", "0"}, {"result", "exited 0"}, {"who", "101 (a)"}}),
        rec(70, 100, "waitpid", {{"pid", "102"}, {"status", "256"}, {"result", "exited 1"}, {"who", "102 (b)"}}),
    };
    timeline::Model m = timeline::build_model(events);
    REQUIRE(m.processes.size() == 3);
    CHECK(m.processes[0].pid == 100);  // parents first
    const auto* a = find(m, 101);
    const auto* b = find(m, 102);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->parent == 100);
    CHECK(a->depth == 1);
    REQUIRE(a->names.size() == 2);
    CHECK(a->names[0].second == "forksh");
    CHECK(a->names[1].second == "a");
    CHECK(b->status == "exited 1");
    CHECK(a->exited == -1);  // a program's exit is not seen: no zombie drawn
    REQUIRE(m.pipes.size() == 1);
    CHECK(m.pipes[0].writer == 101);
    CHECK(m.pipes[0].writer_fd == 1);
    CHECK(m.pipes[0].reader == 102);
    CHECK(m.pipes[0].reader_fd == 0);
    // The table after the child's dup2: the pipe's write end on 1.
    CHECK(m.fd_tables[2].find("1: pipe 1 (write end)") != std::string::npos);
    // After its execve, the close-on-exec pipe ends are gone; the copy on 1 stays.
    CHECK(m.fd_tables[3] == "0: inherited\n1: pipe 1 (write end)\n2: inherited");
}

TEST_CASE("timeline: a subshell's _exit before its reap is a zombie, named as the shell knew it", "[timeline]") {
    std::vector<trace::Record> events = {
        rec(10, 100, "fork", {{"child", "101"}, {"group", "100"}}),
        rec(20, 101, "exit", {{"status", "3"}}),
        rec(900, 100, "waitpid", {{"pid", "101"}, {"status", "768"}, {"result", "exited 3"}, {"who", "101 (subshell)"}}),
    };
    timeline::Model m = timeline::build_model(events);
    const auto* s = find(m, 101);
    REQUIRE(s);
    CHECK(s->exited == 1);
    CHECK(s->reaped == 2);
    CHECK(s->role == "subshell");
    std::string json = timeline::render_json(m);
    CHECK(json.find("\"name\":\"zombie\"") != std::string::npos);
    CHECK(json.find("101 forksh (subshell)") != std::string::npos);
}

TEST_CASE("timeline: a stopped child is not reaped, and the page escapes what could end its script", "[timeline]") {
    std::vector<trace::Record> events = {
        rec(10, 100, "fork", {{"child", "101"}, {"group", "100"}}),
        rec(20, 100, "waitpid", {{"pid", "101"}, {"status", "4991"}, {"result", "stopped by SIGTSTP"}}),
    };
    events[0].command = "echo '</script><b>'";
    timeline::Model m = timeline::build_model(events);
    CHECK(find(m, 101)->reaped == -1);  // 4991: WIFSTOPPED
    std::string page = timeline::render_html(m);
    CHECK(page.find("</script><b>") == std::string::npos);
    CHECK(page.find("\\u003c/script>\\u003cb>") != std::string::npos);
}
