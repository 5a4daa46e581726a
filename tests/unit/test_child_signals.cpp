// What a child of the shell gets, signal by signal (shell/os/signals.hpp):
// the posix_spawn default set, and `trap -` back to the entry disposition.
// Each TEST_CASE runs in a process of its own under CTest, so changing this
// process's dispositions here touches no other case.
#include <signal.h>

#include <catch2/catch.hpp>

#include "shell/os/signals.hpp"
#include "shell/state/traps.hpp"

using namespace forksh;

namespace {
bool is_ignored_now(int sig) {
    struct sigaction sa {};
    ::sigaction(sig, nullptr, &sa);
    return sa.sa_handler == SIG_IGN;
}
}  // namespace

TEST_CASE("signals: a trap's command: the spawned program gets the default", "[signals]") {
    signals::remember_start_dispositions();
    Traps traps(SIGRTMAX);
    traps.set(SIGUSR1, Trap{TrapAction::Command, "echo x"});
    signals::catch_trap(SIGUSR1);
    sigset_t to_default;
    CHECK(signals::spawn_defaults(traps, &to_default));
    CHECK(sigismember(&to_default, SIGUSR1));
    CHECK_FALSE(sigismember(&to_default, SIGUSR2));
    signals::set_default(SIGUSR1);
}

TEST_CASE("signals: trap '' stays ignored in the spawned program", "[signals]") {
    signals::remember_start_dispositions();
    Traps traps(SIGRTMAX);
    traps.set(SIGUSR2, Trap{TrapAction::Ignore, ""});
    signals::ignore(SIGUSR2);
    sigset_t to_default;
    CHECK(signals::spawn_defaults(traps, &to_default));
    CHECK_FALSE(sigismember(&to_default, SIGUSR2));
    signals::set_default(SIGUSR2);
}

TEST_CASE("signals: what the shell ignores for itself is reset to the default in the child", "[signals]") {
    signals::remember_start_dispositions();
    Traps traps(SIGRTMAX);
    signals::ignore(SIGTERM);  // as an interactive shell does, no trap
    sigset_t to_default;
    CHECK(signals::spawn_defaults(traps, &to_default));
    CHECK(sigismember(&to_default, SIGTERM));
    signals::set_default(SIGTERM);
}

TEST_CASE("signals: ignored on entry, caught by the shell: posix_spawn cannot, trap - ignores again", "[signals]") {
    ::signal(SIGURG, SIG_IGN);  // as if the shell had been started so
    signals::remember_start_dispositions();
    CHECK(signals::ignored_at_start(SIGURG));
    CHECK(signals::inherited_ignored(SIGURG));
    Traps traps(SIGRTMAX);
    signals::catch_trap(SIGURG);  // an interactive shell may trap it
    traps.set(SIGURG, Trap{TrapAction::Command, "echo x"});
    sigset_t to_default;
    // A trap's command: the child gets the default, which posix_spawn can do.
    CHECK(signals::spawn_defaults(traps, &to_default));
    CHECK(sigismember(&to_default, SIGURG));
    // No trap, but still caught: the child must get it ignored, which
    // posix_spawn cannot do (the caller forks instead).
    traps.set(SIGURG, Trap{});
    CHECK_FALSE(signals::spawn_defaults(traps, &to_default));
    signals::reset_to_inherited(SIGURG);
    CHECK(is_ignored_now(SIGURG));
    ::signal(SIGURG, SIG_DFL);
}

TEST_CASE("signals: a script's background job: posix_spawn cannot ignore INT and QUIT, the vfork child can", "[signals]") {
    ::signal(SIGINT, SIG_DFL);  // as from a terminal
    ::signal(SIGQUIT, SIG_DFL);
    signals::remember_start_dispositions();
    Traps traps(SIGRTMAX);
    sigset_t to_default, to_ignore;
    CHECK_FALSE(signals::spawn_defaults(traps, &to_default, true));  // posix_spawn: the shell forks
    CHECK(signals::spawn_defaults(traps, &to_default, true, &to_ignore));
    CHECK(sigismember(&to_ignore, SIGINT));
    CHECK(sigismember(&to_ignore, SIGQUIT));
    CHECK_FALSE(sigismember(&to_ignore, SIGTERM));
    CHECK_FALSE(sigismember(&to_default, SIGINT));
    // In the foreground nothing is to be ignored.
    CHECK(signals::spawn_defaults(traps, &to_default, false, &to_ignore));
    CHECK_FALSE(sigismember(&to_ignore, SIGINT));
}
