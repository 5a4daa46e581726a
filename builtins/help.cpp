// help.cpp: `help [NAME...]`: the builtins' usage lines and explanations,
// from the table in registry.cpp. No system calls.
#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view help_help =
    "Show help for builtins.\n"
    "  help        list every builtin with its usage line\n"
    "  help NAME   the usage line and an explanation of NAME, with the system\n"
    "              calls it makes\n"
    "A builtin runs inside the shell process, without fork(2): that is the only\n"
    "way for cd, export or exit to change the shell itself.\n"
    "Exit status 0, or 1 if a NAME is not a builtin.\n";

int help(Shell& sh, const Args& args) {
    sh.out().clear_failure();
    if (args.count() == 1) {
        sh.out().write("forksh builtins (`help NAME` for more; * marks POSIX special builtins):\n");
        for (const Builtin& b : all()) sh.out().print("{} {}\n", b.kind == Kind::Special ? '*' : ' ', b.usage);
        return finish(sh, args, 0);
    }
    int status = 0;
    for (size_t i = 1; i < args.count(); ++i) {
        const Builtin* b = find(args[i]);
        if (b == nullptr) {
            status = sh.fail(args, "no help for '" + args[i] + "': not a builtin (try `type " + args[i] + "`)");
            continue;
        }
        sh.out().print("{}{}\n{}", b->usage, b->kind == Kind::Special ? "   (special builtin)" : "", b->help);
    }
    return finish(sh, args, status);
}

}  // namespace forksh::builtins
