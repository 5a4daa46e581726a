// shopt.cpp: `shopt` (bash): show and change the shell's own options that
// are not `set -o` options. forksh has the pathname-expansion ones
// (shell/state/options.hpp, used by shell/expand/glob.cpp): dotglob,
// extglob (also read by the lexer and the matcher), failglob, globstar,
// nocaseglob, nullglob. No system call.
#include <string>
#include <vector>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"
#include "shell/text/bash_habits.hpp"

namespace forksh::builtins {

const std::string_view shopt_help =
    "Show or change bash's optional behaviours of pathname expansion (all off\n"
    "unless you turn them on, so a POSIX script globs as POSIX says):\n"
    "  dotglob     `*` also matches names starting with `.` (never . and ..)\n"
    "  extglob     bash's groups in patterns: ?(a|b) zero or one, *(a|b) any\n"
    "              number, +(a|b) one or more, @(a|b) one, !(a|b) anything\n"
    "              else; read from the next line on ([[ == ]] has them always)\n"
    "  failglob    a pattern that matches nothing is an error (status 1; a script\n"
    "              stops there), instead of staying as it was written\n"
    "  globstar    `**` as a whole path component matches any number of\n"
    "              directories: **/*.c is every .c file below here\n"
    "  nocaseglob  patterns match letters of either case\n"
    "  nullglob    a pattern that matches nothing is removed (no word at all)\n"
    "  shopt              list every option, on or off\n"
    "  shopt -s NAME...   turn on;   shopt -u NAME...   turn off\n"
    "  shopt NAME...      show them; status 0 only if all are on\n"
    "  -p   show as shopt -s/-u commands that restore them\n"
    "  -q   show nothing: only the status says whether all NAMEs are on\n"
    "Exit status 0; 1 for an option that is off (when asked) or unknown;\n"
    "2 for a bad option letter. (bash's -o, for set -o's options: use set.)\n";

namespace {

struct ShoptRequest {
    bool set = false;    // -s
    bool unset = false;  // -u
    bool print = false;  // -p
    bool quiet = false;  // -q
};

void show(Shell& sh, const OptionInfo& o, const ShoptRequest& request) {
    bool on = sh.options().*o.field;
    if (request.quiet) return;
    if (request.print)
        sh.out().print("shopt {} {}\n", on ? "-s" : "-u", o.name);
    else
        sh.out().print("{:<15}\t{}\n", o.name, on ? "on" : "off");
}

// No NAME: every option, or with -s (-u) those that are on (off).
int show_all(Shell& sh, const Args& args, const ShoptRequest& request) {
    sh.out().clear_failure();
    for (const OptionInfo& o : shopt_table()) {
        bool on = sh.options().*o.field;
        if ((request.set && !on) || (request.unset && on)) continue;
        show(sh, o, request);
    }
    return finish(sh, args, 0);
}

}  // namespace

int shopt(Shell& sh, const Args& args) {
    ShoptRequest request;
    int status = 0;
    size_t first = parse_options(sh, args, "supq", "", [&](char c, const std::string&) {
        if (c == 's') request.set = true;
        if (c == 'u') request.unset = true;
        if (c == 'p') request.print = true;
        if (c == 'q') request.quiet = true;
    }, status);
    if (first == 0) return status;
    if (request.set && request.unset) return sh.fail(args, "cannot set and unset shell options simultaneously");
    if (first == args.count()) return show_all(sh, args, request);

    sh.out().clear_failure();
    for (size_t i = first; i < args.count(); ++i) {
        const OptionInfo* o = find_shopt(args[i]);
        if (o == nullptr) {
            status = sh.fail(args, args[i] + ": invalid shell option name (" +
                                       std::string(bash_habit_hint(BashHabit::ShoptOption)) + ")");
            continue;
        }
        if (request.set || request.unset) {
            sh.options().*o->field = request.set;
            continue;
        }
        show(sh, *o, request);
        if (!(sh.options().*o->field)) status = 1;
    }
    return finish(sh, args, status);
}

}  // namespace forksh::builtins
