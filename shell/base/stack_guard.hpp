// stack_guard.hpp: the shell's recursion (the parser, the executor, the
// expander, arithmetic) is bounded by the stack it really has, not by a
// guess: main() notes where its stack starts and how far it may grow
// (getrlimit(RLIMIT_STACK)), and a recursive step that finds less than a
// reserve left stops with "nesting too deep" instead of running into a
// SIGSEGV. So `ulimit -s` bigger gives deeper nesting, and no nesting, of
// any construct, crashes the shell.
#pragma once

#include <cstddef>

namespace forksh::stack {

// Call first thing in main(): the stack's top and its limit.
void note_base(const void* top);
// True when less than the reserve is left below this frame.
bool nearly_full();

}  // namespace forksh::stack
