// repl.hpp: the interactive read-eval-print loop (GNU Readline).
#pragma once

#include <string>

namespace forksh {

class Shell;

struct ReplSettings {
    bool norc = false;       // --norc: skip ~/.forkshrc
    bool login = false;      // a login shell: read /etc/profile and ~/.profile first
    bool noprofile = false;  // --noprofile: do not
    bool no_env = false;     // started set-user-ID/set-group-ID: $ENV is not read (POSIX)
    // The one line said once at start-up (name, version, where to begin);
    // empty with -q. FORKSH_QUIET=1 (environment or start-up file) also
    // silences it.
    std::string greeting;
};

// Runs until end of input or `exit`; returns the shell's exit status.
int run_interactive(Shell& sh, const ReplSettings& settings);

}  // namespace forksh
