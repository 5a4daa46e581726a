// stack_guard.cpp: stack_guard.hpp. System calls: getrlimit(2), once.
#include "shell/base/stack_guard.hpp"

#include <sys/resource.h>

#include <cstdint>

namespace forksh::stack {

namespace {
std::uintptr_t top = 0;      // 0: not noted (unit tests): never full
std::size_t usable = 0;      // the limit less the reserve
// Left for what runs below the last guarded frame: libc, a signal handler,
// a fork, the deepest unguarded stretch of a step.
constexpr std::size_t reserve = 1024 * 1024;

// How many bytes of stack are in use below main() now.
std::size_t in_use() {
    if (top == 0) return 0;
    auto here = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
    return here < top ? top - here : 0;
}
}  // namespace

void note_base(const void* base) {
    struct rlimit limit {};
    std::size_t size = 8 * 1024 * 1024;  // Linux's usual default
    if (::getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) size = limit.rlim_cur;
    // Unlimited, or more than the kernel leaves below the stack for it to
    // grow into before other mappings start (at least 128 MiB): 128 MiB.
    if (size > 128u * 1024 * 1024) size = 128u * 1024 * 1024;
    usable = size > 2 * reserve ? size - reserve : size / 2;
    top = reinterpret_cast<std::uintptr_t>(base);
}

bool nearly_full() { return top != 0 && in_use() > usable; }

}  // namespace forksh::stack
