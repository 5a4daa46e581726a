// output.cpp: write(2) loops.
#include "shell/base/output.hpp"

#include <cerrno>
#include <unistd.h>

namespace forksh {

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

}  // namespace forksh
