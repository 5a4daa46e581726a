// startup.hpp: the files a shell reads before its first command.
#pragma once

namespace forksh {

class Shell;

struct StartupSettings {
    bool login = false;        // -l, --login, or argv[0] starting with '-'
    bool interactive = false;
    bool norc = false;         // --norc: skip ~/.forkshrc
    bool noprofile = false;    // --noprofile: skip /etc/profile and ~/.profile
    bool no_env = false;       // started set-user-ID/set-group-ID: $ENV is not read (POSIX)
};

// A login shell (interactive or not, as in dash and bash): /etc/profile,
// then ~/.profile. An interactive shell: then the file named by $ENV
// (POSIX), and, when it is not a login shell, ~/.forkshrc (as bash reads
// ~/.bashrc). A missing or unreadable file is skipped in silence.
void read_startup_files(Shell& sh, const StartupSettings& settings);

}  // namespace forksh
