// alias.cpp: `alias` and `unalias`. No system calls: the alias table
// (shell/state/aliases.hpp) is consulted by the parser when it reads a word in
// command position, so an alias only affects lines read after it is defined.
#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view alias_help =
    "Define or show aliases: short names the parser replaces by text.\n"
    "  alias                  list all, as name='value' lines, quoted so that\n"
    "                         each is valid input to `alias` again (POSIX)\n"
    "  alias -p               the same, each line starting with `alias ` (bash)\n"
    "  alias ll='ls -l'       define ll\n"
    "  alias ll               show one\n"
    "An alias is replaced when the line is read, before any expansion, and only\n"
    "for the first word of a command. A value ending in a space makes the next\n"
    "word an alias candidate too. Functions are usually the better tool.\n"
    "Exit status 0, or 1 if a name shown is not an alias.\n";

const std::string_view unalias_help =
    "Remove aliases.\n"
    "  unalias NAME...   remove these\n"
    "  unalias -a        remove all\n"
    "Exit status 0, or 1 if a NAME was not an alias.\n";

int alias(Shell& sh, const Args& args) {
    size_t i = 1;
    std::string_view prefix;  // POSIX prints `name=value`; -p adds bash's `alias `
    while (i < args.count() && (args[i] == "-p" || args[i] == "--")) {
        bool end = args[i] == "--";
        if (!end) prefix = "alias ";
        ++i;
        if (end) break;
    }
    Aliases& table = sh.aliases();
    sh.out().clear_failure();
    if (i == args.count()) {
        for (const auto& [name, value] : table.all()) sh.out().print("{}{}={}\n", prefix, name, shell_quote(value));
        return finish(sh, args, 0);
    }
    int status = 0;
    for (; i < args.count(); ++i) {
        const std::string& w = args[i];
        size_t eq = w.find('=');
        if (eq != std::string::npos && eq > 0) {
            table.define(w.substr(0, eq), w.substr(eq + 1));
        } else if (const std::string* value = table.find(w)) {
            sh.out().print("{}{}={}\n", prefix, w, shell_quote(*value));
        } else {
            status = sh.fail(args, w + ": not found");
        }
    }
    return finish(sh, args, status);
}

int unalias(Shell& sh, const Args& args) {
    bool all = false;
    int status = 0;
    size_t first = parse_options(sh, args, "a", "", [&](char, const std::string&) { all = true; }, status);
    if (first == 0) return status;
    if (all) {
        sh.aliases().clear();
        return 0;
    }
    if (first == args.count()) return sh.usage_error(args, "missing alias name");
    for (size_t i = first; i < args.count(); ++i)
        if (!sh.aliases().remove(args[i])) status = sh.fail(args, args[i] + ": not found");
    return status;
}

}  // namespace forksh::builtins
