// fd.cpp: UniqueFd closes through the sys layer, so the trace sees it.
#include "shell/sys/fd.hpp"

#include "shell/sys/sys.hpp"

namespace forksh {

void UniqueFd::reset(int fd) {
    if (fd_ >= 0) sys::close(fd_);
    fd_ = fd;
}

}  // namespace forksh
