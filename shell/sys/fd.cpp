// fd.cpp: UniqueFd closes through the sys layer, so the trace sees it; the
// registry of shell-owned descriptors moves them with fcntl(F_DUPFD_CLOEXEC)
// and close(2).
#include "shell/sys/fd.hpp"

#include <fcntl.h>

#include <algorithm>
#include <cerrno>
#include <vector>

#include "shell/sys/sys.hpp"

namespace forksh {

void UniqueFd::reset(int fd) {
    if (fd_ >= 0) sys::close(fd_);
    fd_ = fd;
}

namespace fd_registry {

namespace {
// A handful of entries at most (script, nested `.` files, saved copies):
// a vector searched from the end beats any map.
std::vector<int*>& slots() {
    static std::vector<int*> registered;
    return registered;
}
}  // namespace

int dup_high(int fd) {
    int copy = sys::dup_above(fd, floor);
    if (copy < 0 && errno == EINVAL) copy = sys::dup_above(fd, 0);  // RLIMIT_NOFILE <= 10
    return copy;
}

void adopt(int& slot) { slots().push_back(&slot); }

void forget(int& slot) {
    auto& all = slots();
    auto it = std::find(all.rbegin(), all.rend(), &slot);
    if (it != all.rend()) all.erase(std::next(it).base());
}

bool is_shell_fd(int fd) {
    if (fd < 0) return false;
    for (int* slot : slots())
        if (*slot == fd) return true;
    return false;
}

bool move_out_of_the_way(int fd) {
    if (!is_shell_fd(fd)) return true;
    int moved = dup_high(fd);
    if (moved < 0) return false;
    // The duplicate shares the open file description (offset included), so
    // a reader goes on exactly where it was.
    for (int* slot : slots())
        if (*slot == fd) *slot = moved;
    sys::close(fd);
    return true;
}

}  // namespace fd_registry

}  // namespace forksh
