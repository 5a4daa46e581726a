// shell_fds.cpp: the registry of the shell's own descriptors (see shell_fds.hpp).
// System calls: fcntl(F_DUPFD_CLOEXEC), close(2) when a descriptor moves.
#include "shell/sys/shell_fds.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

namespace forksh::sys {

namespace {
std::vector<int*>& holders() {
    static std::vector<int*> h;
    return h;
}
}  // namespace

void register_shell_fd(int* holder) {
    if (std::find(holders().begin(), holders().end(), holder) == holders().end()) holders().push_back(holder);
}

void unregister_shell_fd(int* holder) { std::erase(holders(), holder); }

bool is_shell_fd(int fd) {
    if (fd < 0) return false;
    for (int* h : holders())
        if (*h == fd) return true;
    return false;
}

void move_shell_fd(int fd) {
    for (int* h : holders()) {
        if (*h != fd) continue;
        // F_DUPFD_CLOEXEC takes the lowest free number >= the floor; `fd`
        // itself is taken (it is the original), so the copy cannot be `fd`.
        int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, fd >= shell_fd_floor ? fd + 1 : shell_fd_floor);
        if (moved < 0) moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 10);
        // Out of descriptors: the shell's copy is given up rather than let
        // the user's redirection receive the shell's own writes.
        ::close(fd);
        *h = moved;
    }
}

}  // namespace forksh::sys
