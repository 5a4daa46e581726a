// stack_guard.hpp: the shell's recursion (the parser, the executor, the
// expander, arithmetic) is bounded by the stack it really has, not by a
// guess: main() runs the shell on a stack of its own (run_on_own_stack) and
// notes where it starts and how large it is, and a recursive step that finds
// less than a reserve left stops with "nesting too deep" instead of running
// into a SIGSEGV. No nesting, of any construct, crashes the shell.
#pragma once

#include <cstddef>

namespace forksh::stack {

// Call first thing in main(): the stack's top and its limit.
void note_base(const void* top);

// Runs fn(argc, argv) on a stack of the shell's own, far larger than the 8
// MiB the kernel gives a process by default, so a program nested 10,000
// levels deep runs as in dash, and returns what fn returned. The stack is
// reserved address space (mmap(2) with MAP_NORESERVE): only the pages a
// deep program touches cost memory, and a fork copies them on write as any
// other. The programs the shell starts get the usual stack (execve gives
// each a new one), and `ulimit -s` still means what it says for them.
// Notes the new stack's top and size for nearly_full(). Falls back to the
// stack it is on when the reservation fails (or under AddressSanitizer,
// which cannot follow a switch of stacks).
int run_on_own_stack(int (*fn)(int, char**), int argc, char** argv);
// True when less than the reserve is left below this frame.
bool nearly_full();

}  // namespace forksh::stack
