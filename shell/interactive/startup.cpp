// startup.cpp: /etc/profile, ~/.profile, $ENV and ~/.forkshrc, in that
// order, each run in the shell itself like `.` (no fork: the point of a
// start-up file is to change this shell's variables, aliases and options).
// System calls: access(R_OK) to skip a missing file; open/read in `.`.
#include "shell/interactive/startup.hpp"

#include <unistd.h>

#include <string>

#include "shell/base/diag.hpp"
#include "shell/exec/exec.hpp"
#include "shell/interactive/prompt.hpp"
#include "shell/shell.hpp"
#include "shell/syntax/parser.hpp"

namespace forksh {

namespace {

void source_if_readable(Shell& sh, const std::string& path) {
    if (path.empty() || ::access(path.c_str(), R_OK) != 0) return;
    try {
        sh.source_file(path, nullptr);
    } catch (const ShellError& e) {
        report(e.what());
    } catch (const CommandInterrupted&) {
    }
}

// $ENV after parameter expansion, as POSIX says ("ENV=$HOME/.shrc").
std::string env_file(Shell& sh) {
    const std::string* env = sh.vars().get("ENV");
    if (!env || env->empty()) return "";
    try {
        return expand_parameters(sh, *env);
    } catch (const ShellError& e) {
        report(e.what());
    } catch (const ParseError& e) {
        report(e.what());
    }
    return "";
}

}  // namespace

void read_startup_files(Shell& sh, const StartupSettings& settings) {
    const std::string* home_var = sh.vars().get("HOME");
    std::string home = home_var ? *home_var : "";
    if (settings.login && !settings.noprofile) {
        source_if_readable(sh, "/etc/profile");
        // Read again: /etc/profile may have set HOME.
        home_var = sh.vars().get("HOME");
        home = home_var ? *home_var : "";
        if (!home.empty()) source_if_readable(sh, home + "/.profile");
    }
    if (!settings.interactive) return;
    std::string rc = settings.login || settings.norc || home.empty() ? "" : home + "/.forkshrc";
    std::string env = settings.no_env ? "" : env_file(sh);
    if (env != rc) source_if_readable(sh, env);  // ENV=~/.forkshrc: read once
    source_if_readable(sh, rc);
}

}  // namespace forksh
