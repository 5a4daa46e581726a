// stack_guard.cpp: stack_guard.hpp. System calls: getrlimit(2), once;
// mmap(2) and mprotect(2) for the shell's own stack.
#include "shell/base/stack_guard.hpp"

#include <sys/mman.h>
#include <sys/resource.h>
#include <ucontext.h>
#include <unistd.h>

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

namespace {
// 256 MiB of address space: about 100,000 levels of ( ) for the parser and
// the executor, with room to spare; a 64-bit process has plenty.
constexpr std::size_t own_size = 256u * 1024 * 1024;

struct Call {
    int (*fn)(int, char**);
    int argc;
    char** argv;
    int result;
    ucontext_t back;  // where main() waits
};
Call call;

// makecontext(3) passes int arguments only, so the call is in a global.
void trampoline() { call.result = call.fn(call.argc, call.argv); }

bool sanitized() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    return false;
}
}  // namespace

int run_on_own_stack(int (*fn)(int, char**), int argc, char** argv) {
    if (sanitized()) return fn(argc, argv);
    // The lowest page stays unmapped (PROT_NONE): a step past every guard
    // faults there instead of writing over whatever lies below.
    void* base = ::mmap(nullptr, own_size, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (base == MAP_FAILED) return fn(argc, argv);
    long page = ::sysconf(_SC_PAGESIZE);
    ::mprotect(base, static_cast<std::size_t>(page), PROT_NONE);
    ucontext_t on_own;
    if (::getcontext(&on_own) != 0) return fn(argc, argv);
    on_own.uc_stack.ss_sp = base;
    on_own.uc_stack.ss_size = own_size;
    on_own.uc_link = &call.back;  // when trampoline returns, back to main()
    call = Call{fn, argc, argv, 0, {}};
    ::makecontext(&on_own, trampoline, 0);
    top = reinterpret_cast<std::uintptr_t>(base) + own_size;
    usable = own_size - reserve - static_cast<std::size_t>(page);
    if (::swapcontext(&call.back, &on_own) != 0) {
        note_base(__builtin_frame_address(0));
        return fn(argc, argv);
    }
    return call.result;
}

}  // namespace forksh::stack
