// echo.cpp: `echo`, with bash's options (-n, -e, -E).
// One write(2) to standard output for the whole line.
#include <string>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/text/escapes.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view echo_help =
    "Write the arguments, separated by spaces and followed by a newline.\n"
    "  -n  no newline at the end\n"
    "  -e  interpret backslash escapes: \\n \\t \\\\ \\a \\b \\e \\f \\r \\v, \\0NNN (octal),\n"
    "      \\xHH (hex), and \\c, which stops all further output\n"
    "  -E  do not interpret escapes (the default)\n"
    "Options may be combined (-ne); the first word that is not an option ends them.\n"
    "echo differs between shells (dash always interprets escapes): portable\n"
    "scripts use printf instead.\n"
    "Exit status 0, or 1 when the output cannot be written. System call: write(2).\n";

int echo(Shell& sh, const Args& args) {
    bool newline = true, escapes = false;
    size_t i = 1;
    // Only words made entirely of n, e and E letters are options: `echo -nx`
    // prints "-nx".
    for (; i < args.count(); ++i) {
        const std::string& w = args[i];
        if (w.size() < 2 || w[0] != '-' || w.find_first_not_of("neE", 1) != std::string::npos) break;
        for (size_t j = 1; j < w.size(); ++j) {
            if (w[j] == 'n') newline = false;
            if (w[j] == 'e') escapes = true;
            if (w[j] == 'E') escapes = false;
        }
    }
    std::string text;
    bool stopped = false;
    for (size_t k = i; k < args.count() && !stopped; ++k) {
        if (k > i) text += ' ';
        if (escapes)
            stopped = !append_escapes(args[k], text, echo_escapes);
        else
            text += args[k];
    }
    if (newline && !stopped) text += '\n';
    sh.out().clear_failure();
    sh.out().write(text);
    return finish(sh, args, 0);
}

}  // namespace forksh::builtins
