// Unit tests for shell/proc_info: the parsers on fixed text, and the readers
// against processes the test makes itself (a zombie, a stopped child).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>

#include "shell/os/proc_info.hpp"
#include "shell/text/visible.hpp"

using namespace forksh;

namespace {

// Wait until `pid` shows state `want` in /proc (up to ~2 s).
char wait_for_state(pid_t pid, char want) {
    char state = '?';
    for (int i = 0; i < 200; ++i) {
        std::optional<proc::Stat> s = proc::read_stat(pid);
        state = s ? s->state : '?';
        if (state == want) break;
        ::usleep(10000);
    }
    return state;
}

}  // namespace

TEST_CASE("proc_info: stat: comm with spaces and parentheses is taken up to the last ')'", "[proc_info]") {
    std::string text =
        "4242 (a (weird) name) S 1 4242 4200 34816 4242 4194560 100 0 0 0 1 2 0 0 20 0 3 0 "
        "987654 12345678 321 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
    std::optional<proc::Stat> s = proc::parse_stat(text);
    REQUIRE(s);
    CHECK(s->pid == 4242);
    CHECK(s->comm == "a (weird) name");
    CHECK(s->state == 'S');
    CHECK(s->ppid == 1);
    CHECK(s->pgrp == 4242);
    CHECK(s->session == 4200);
    CHECK(s->tty_nr == 34816);
    CHECK(s->tpgid == 4242);
    CHECK(s->num_threads == 3);
    CHECK(s->start_time == 987654);
    CHECK(s->vsize == 12345678);
    CHECK(s->rss_pages == 321);
    CHECK_FALSE(proc::parse_stat("garbage"));
    CHECK_FALSE(proc::parse_stat("1 (x) S 1"));
}

TEST_CASE("proc_info: state letters become words", "[proc_info]") {
    CHECK(proc::state_word('R') == "running");
    CHECK(proc::state_word('S') == "sleeping");
    CHECK(proc::state_word('D') == "disk sleep");
    CHECK(proc::state_word('T') == "stopped");
    CHECK(proc::state_word('t') == "tracing stop");
    CHECK(proc::state_word('Z') == "zombie");
    CHECK(proc::state_word('I') == "idle");
    CHECK(proc::state_word('X') == "dead");
    CHECK(proc::state_word('?') == "unknown");
}

TEST_CASE("proc_info: signal masks decode to names, lowest signal first", "[proc_info]") {
    // Bit n-1 is signal n: 0x2 is SIGINT (2), 0x10000 is SIGCHLD (17).
    CHECK(proc::decode_signal_mask("0000000000010002") == std::vector<std::string>{"SIGINT", "SIGCHLD"});
    CHECK(proc::decode_signal_mask("0000000000000000").empty());
    CHECK(proc::decode_signal_mask("0000000000004001") == std::vector<std::string>{"SIGHUP", "SIGTERM"});
    CHECK(proc::decode_signal_mask("zz").empty());
}

TEST_CASE("proc_info: fd targets are classified", "[proc_info]") {
    CHECK(proc::classify_fd_target("/dev/pts/3") == "terminal");
    CHECK(proc::classify_fd_target("/dev/tty") == "terminal");
    CHECK(proc::classify_fd_target("pipe:[12345]") == "pipe");
    CHECK(proc::classify_fd_target("socket:[678]") == "socket");
    CHECK(proc::classify_fd_target("anon_inode:[eventfd]") == "anon");
    CHECK(proc::classify_fd_target("/dev/null") == "device");
    CHECK(proc::classify_fd_target("/") == "directory");
    CHECK(proc::classify_fd_target("/tmp/gone (deleted)") == "file");
}

TEST_CASE("proc_info: maps are summed up by purpose", "[proc_info]") {
    std::string maps =
        "55d0a0000000-55d0a0002000 r--p 00000000 08:01 100 /usr/bin/prog\n"
        "55d0a0002000-55d0a0006000 r-xp 00002000 08:01 100 /usr/bin/prog\n"
        "55d0a1000000-55d0a1021000 rw-p 00000000 00:00 0   [heap]\n"
        "7f0000000000-7f0000010000 r-xp 00000000 08:01 200 /usr/lib/x86_64-linux-gnu/libc.so.6\n"
        "7f0000010000-7f0000011000 rw-p 00010000 08:01 200 /usr/lib/x86_64-linux-gnu/libc.so.6\n"
        "7f0000020000-7f0000024000 rw-p 00000000 00:00 0 \n"
        "7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0   [stack]\n"
        "7ffc00100000-7ffc00102000 r-xp 00000000 00:00 0   [vdso]\n";
    proc::MapsSummary m = proc::summarize_maps(maps, "/usr/bin/prog");
    CHECK(m.regions == 8);
    CHECK(m.program_kb == 24);
    CHECK(m.text_kb == 16);
    CHECK(m.heap_kb == 132);
    CHECK(m.stack_kb == 132);
    CHECK(m.library_kb == 68);
    CHECK(m.libraries == std::vector<std::string>{"/usr/lib/x86_64-linux-gnu/libc.so.6"});
    CHECK(m.anonymous_kb == 16);
    CHECK(m.other_kb == 8);
}

TEST_CASE("proc_info: a child that exits unreaped is a zombie in /proc", "[proc_info]") {
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) ::_exit(7);
    CHECK(wait_for_state(pid, 'Z') == 'Z');
    std::optional<proc::Stat> s = proc::read_stat(pid);
    REQUIRE(s);
    CHECK(s->ppid == ::getpid());
    CHECK(proc::command_line(pid, *s).find("<defunct>") != std::string::npos);
    CHECK(proc::read_cmdline(pid).empty());  // a zombie has no memory left to show
    std::vector<proc::Stat> all = proc::snapshot();
    std::vector<const proc::Stat*> kids = proc::children_of(all, ::getpid());
    CHECK(std::any_of(kids.begin(), kids.end(), [&](const proc::Stat* k) { return k->pid == pid && k->state == 'Z'; }));
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(WEXITSTATUS(status) == 7);
    CHECK_FALSE(proc::read_stat(pid));  // reaped: gone from /proc
}

TEST_CASE("proc_info: a stopped child shows T, one task, and its own command line", "[proc_info]") {
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        for (;;) ::pause();
    }
    ::kill(pid, SIGSTOP);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, WUNTRACED) == pid);
    CHECK(WIFSTOPPED(status));
    CHECK(wait_for_state(pid, 'T') == 'T');
    CHECK(proc::read_tasks(pid) == std::vector<pid_t>{pid});
    std::optional<std::map<std::string, std::string>> st = proc::read_status(pid);
    REQUIRE(st);
    CHECK(st->at("State").rfind("T", 0) == 0);
    CHECK(st->at("Threads") == "1");
    CHECK(proc::read_cmdline(pid) == proc::read_cmdline(::getpid()));  // a fork: same arguments
    ::kill(pid, SIGKILL);
    REQUIRE(::waitpid(pid, &status, 0) == pid);
}

TEST_CASE("proc_info: visible() shows control bytes and invalid UTF-8 as octal, keeps UTF-8", "[proc_info]") {
    CHECK(visible("ls\033[31m red") == "ls\\033[31m red");
    CHECK(visible("a\nb") == "a\\012b");
    CHECK(visible("caf\xc3\xa9") == "caf\xc3\xa9");
    CHECK(visible("x\x9b" "2J\xff") == "x\\2332J\\377");
    CHECK(visible("back\\slash") == "back\\134slash");
}

TEST_CASE("proc_info: our own descriptors, memory and tasks are readable", "[proc_info]") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::vector<proc::FdEntry> entries = proc::read_fds(::getpid()).value();
    auto it = std::find_if(entries.begin(), entries.end(), [&](const proc::FdEntry& e) { return e.fd == fds[0]; });
    REQUIRE(it != entries.end());
    CHECK(it->kind == "pipe");
    CHECK(it->target.rfind("pipe:[", 0) == 0);
    ::close(fds[0]);
    ::close(fds[1]);

    std::optional<std::map<std::string, std::string>> st = proc::read_status(::getpid());
    REQUIRE(st);
    CHECK(proc::kb_value(*st, "VmRSS") > 0);
    CHECK(proc::kb_value(*st, "NoSuchKey") == -1);

    std::optional<proc::MapsSummary> maps = proc::read_maps(::getpid());
    REQUIRE(maps);
    CHECK(maps->program_kb > 0);
    CHECK(maps->stack_kb > 0);

    if (std::optional<std::map<std::string, long>> roll = proc::read_smaps_rollup(::getpid())) {
        CHECK(roll->count("Rss") == 1);
        CHECK(roll->at("Rss") > 0);
    }
    CHECK(proc::read_tasks(::getpid()).front() == ::getpid());
    std::vector<pid_t> pids = proc::all_pids();
    CHECK(std::binary_search(pids.begin(), pids.end(), ::getpid()));
}
