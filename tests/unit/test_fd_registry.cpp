// test_fd_registry.cpp: the registry of the shell's own descriptors
// (shell/sys/fd.hpp) and the quoting of a line in a syntax error
// (shell/base/diag.hpp).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <string>

#include "shell/base/diag.hpp"
#include "shell/sys/fd.hpp"

using namespace forksh;

TEST_CASE("fd: a registered fd is moved out of the way and its owner sees the new number", "[fd]") {
    int fd = fd_registry::dup_high(0);
    REQUIRE(fd >= fd_registry::floor);
    int owned = fd;
    fd_registry::Adopted registered(owned);
    CHECK(fd_registry::is_shell_fd(fd));
    CHECK(fd_registry::move_out_of_the_way(fd));
    CHECK(owned != fd);
    CHECK(owned >= fd_registry::floor);
    CHECK(::fcntl(fd, F_GETFD) < 0);                  // the old number is free for the user
    CHECK((::fcntl(owned, F_GETFD) & FD_CLOEXEC) != 0);  // the copy stays close-on-exec
    CHECK(fd_registry::is_shell_fd(owned));
    CHECK_FALSE(fd_registry::is_shell_fd(fd));
    ::close(owned);
}

TEST_CASE("fd: a number the shell does not own is left alone", "[fd]") {
    int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    CHECK_FALSE(fd_registry::is_shell_fd(fd));
    CHECK(fd_registry::move_out_of_the_way(fd));
    CHECK(::fcntl(fd, F_GETFD) >= 0);
    ::close(fd);
}

TEST_CASE("fd: a forgotten fd is no longer the shell's", "[fd]") {
    int fd = fd_registry::dup_high(0);
    {
        fd_registry::Adopted registered(fd);
        CHECK(fd_registry::is_shell_fd(fd));
    }
    CHECK_FALSE(fd_registry::is_shell_fd(fd));
    ::close(fd);
}

TEST_CASE("diag: a syntax error quotes control bytes and invalid UTF-8 escaped", "[diag]") {
    CHECK(quote_source_line("echo (\x1b[31m\xff", 6) == "    echo (\\x1b[31m\\xff\n         ^\n");
    CHECK(quote_source_line("\tif true; fi\n", 11) == "    \tif true; fi\n    \t         ^\n");
    CHECK(quote_source_line("x=\xc3\xa9 )", 5) == "    x=\xc3\xa9 )\n       ^\n");
}

TEST_CASE("diag: a syntax error in a long line quotes a window around the caret", "[diag]") {
    std::string line(100000, 'a');
    line += " )";
    std::string quoted = quote_source_line(line, static_cast<int>(line.size()));
    CHECK(quoted.size() < 300);
    CHECK(quoted.rfind("    ...", 0) == 0);
    CHECK(quoted.find("a )\n") != std::string::npos);
    // The caret sits under the ')' : same column in both lines.
    size_t nl = quoted.find('\n');
    CHECK(quoted.find(')') == quoted.find('^') - (nl + 1));
}
