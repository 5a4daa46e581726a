// trap.cpp: `trap`, the shell's signal handlers.
// The disposition itself is installed by Shell::set_trap with sigaction(2):
// a trapped signal gets a handler that only records its arrival; the
// command runs between commands (shell/os/signals.cpp, the executor). An
// ignored signal (trap '' INT) is ignored in the children too, because
// SIG_IGN survives execve(2), while a caught one is reset to the default
// in children, because a handler cannot survive execve.
#include <signal.h>

#include <string>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"
#include "shell/sys/sys.hpp"

namespace forksh::builtins {

const std::string_view trap_help =
    "Run a command when a signal arrives, or when the shell exits.\n"
    "  trap 'CMD' INT TERM   run CMD on SIGINT or SIGTERM (names or numbers)\n"
    "  trap 'CMD' EXIT       run CMD when the shell exits (also `0`)\n"
    "  trap '' INT           ignore SIGINT (the commands it runs ignore it too)\n"
    "  trap - INT            back to the default action (also `trap INT`), or to\n"
    "                        ignored if it was ignored when the shell started\n"
    "  trap                  list traps as commands that set them again\n"
    "  trap -p INT           show one; trap -l lists signal names\n"
    "KILL and STOP cannot be caught or ignored: the kernel always acts on them.\n"
    "A script cannot trap a signal ignored when it started (POSIX; silently).\n"
    "Subshells, $( ) and programs get '' as ignored, a CMD trap as the default.\n"
    "Exit status 0, or 1 for an invalid signal. System call: sigaction(2).\n";

namespace {

std::string condition_name(int sig) { return sig == 0 ? "EXIT" : sys::signal_name(sig, false); }

void print_trap(Shell& sh, int sig) {
    const Trap& t = sh.traps().get(sig);
    if (t.action == TrapAction::Default) return;
    sh.out().print("trap -- {} {}\n", shell_quote(t.action == TrapAction::Ignore ? std::string() : t.command),
                   condition_name(sig));
}

bool unsigned_integer(const std::string& w) {
    return !w.empty() && w.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

int trap(Shell& sh, const Args& args) {
    size_t i = 1;
    if (i < args.count() && args[i] == "-l") {
        sh.out().clear_failure();
        for (int s = 1; s <= 31; ++s) sh.out().print("{}\n", sys::signal_name(s, false));
        return finish(sh, args, 0);
    }
    bool print = false;
    if (i < args.count() && args[i] == "-p") {
        print = true;
        ++i;
    }
    if (i < args.count() && args[i] == "--") ++i;
    if (print || i == args.count()) {
        sh.out().clear_failure();
        int status = 0;
        if (i == args.count()) {
            for (int s = 0; s < sh.traps().size(); ++s) print_trap(sh, s);
        } else {
            for (; i < args.count(); ++i) {
                int sig = sys::signal_number(args[i]);
                if (sig < 0 || sig >= sh.traps().size())
                    status = soft_fail(sh, args, args[i] + ": invalid signal specification");
                else
                    print_trap(sh, sig);
            }
        }
        return finish(sh, args, status);
    }

    // POSIX: when the first operand is an unsigned number (or `-`), every
    // operand is a condition to reset; bash also resets with a lone name.
    Trap action;
    if (unsigned_integer(args[i]) || args.count() - i == 1) {
        action.action = TrapAction::Default;
    } else {
        const std::string& cmd = args[i++];
        if (cmd == "-")
            action.action = TrapAction::Default;
        else if (cmd.empty())
            action.action = TrapAction::Ignore;
        else
            action = Trap{TrapAction::Command, cmd};
    }
    int status = 0;
    for (; i < args.count(); ++i) {
        int sig = sys::signal_number(args[i]);
        if (sig < 0 || sig >= sh.traps().size()) {
            status = soft_fail(sh, args, args[i] + ": invalid signal specification");
            continue;
        }
        if (!sh.set_trap(sig, action)) status = soft_fail(sh, args, args[i] + ": cannot be caught or ignored");
    }
    return status;
}

}  // namespace forksh::builtins
