// The Catch2 main() for tests/unit: each other file there adds TEST_CASEs.
// It notes the stack's top first, as forksh's main() does, so the nesting
// guards (shell/base/stack_guard.hpp) work in the unit tests too.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "shell/base/stack_guard.hpp"

int main(int argc, char* argv[]) {
    forksh::stack::note_base(__builtin_frame_address(0));
    return Catch::Session().run(argc, argv);
}
