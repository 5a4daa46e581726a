// history.cpp: `history`: show or clear the command history (the list the
// up-arrow walks and `!n` numbers). No system calls of its own; the file
// ($HISTFILE) is read at start-up and appended to at exit (shell/state/history.cpp).
#include <string>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/state/history.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view history_help =
    "Show the command history, numbered as `!n` counts.\n"
    "  history      every entry;  history 10  the last 10\n"
    "  history -c   forget every entry (the file keeps what earlier sessions saved)\n"
    "  history -d N forget entry N\n"
    "Entries are kept in $HISTFILE (default ~/.forksh_history, mode 0600), at most\n"
    "$HISTSIZE of them; $HISTCONTROL (default ignoreboth) leaves out lines starting\n"
    "with a space and repeats of the previous line. A command typed over several\n"
    "lines is one entry.\n";

int history(Shell& sh, const Args& args) {
    bool clear = false;
    std::string remove;
    int status = 0;
    size_t first = parse_options(sh, args, "c", "d", [&](char c, const std::string& arg) {
        if (c == 'c') clear = true;
        if (c == 'd') remove = arg;
    }, status);
    if (first == 0) return status;
    if (clear) {
        history::clear();
        return 0;
    }
    if (!remove.empty()) {
        long long n = 0;
        if (!parse_decimal(remove, n) || !history::remove(static_cast<int>(n)))
            return sh.fail(args, remove + ": history position out of range");
        return 0;
    }
    if (args.count() > first + 1) return sh.usage_error(args, "too many arguments");
    std::vector<history::Entry> entries = history::entries();
    size_t from = 0;
    if (first < args.count()) {
        long long n = 0;
        if (!parse_decimal(args[first], n) || n < 0)
            return sh.fail(args, args[first] + ": numeric argument required", 2);
        if (static_cast<size_t>(n) < entries.size()) from = entries.size() - static_cast<size_t>(n);
    }
    for (size_t i = from; i < entries.size(); ++i)
        sh.out().print("{:5}  {}\n", entries[i].number, entries[i].line);
    return finish(sh, args, 0);
}

}  // namespace forksh::builtins
