// registry.cpp: the table of builtins, alphabetical, for find() and all().
// To add a builtin: write builtins/NAME.cpp, declare its function and help
// text in builtins/list.hpp, and add one line here.
#include <algorithm>
#include <array>

#include "builtins/list.hpp"

namespace forksh::builtins {

namespace {

// A function-local static: the help texts live in other files, and this way
// they are certainly initialised before the table that refers to them.
std::span<const Builtin> table() {
    static const Builtin builtins[] = {
        {".", dot, Kind::Special, ". FILE [ARG...]", dot_help},
        {":", colon, Kind::Special, ": [ARG...]", colon_help},
        {"[", bracket, Kind::Regular, "[ EXPRESSION ]", bracket_help},
        {"alias", alias, Kind::Regular, "alias [NAME[=VALUE]...]", alias_help},
        {"bg", bg, Kind::Regular, "bg [%JOB...]", bg_help},
        {"break", break_, Kind::Special, "break [N]", break_help},
        {"cd", cd, Kind::Regular, "cd [-L|-P] [DIR|-]", cd_help},
        {"command", command, Kind::Regular, "command [-p] [-v|-V] NAME [ARG...]", command_help},
        {"continue", continue_, Kind::Special, "continue [N]", continue_help},
        {"declare", declare, Kind::Regular, "declare [-aAfFgiprx] [+aAirx] [NAME[=VALUE]...]", declare_help},
        {"dirs", dirs, Kind::Regular, "dirs [-clpv] [+N|-N]", dirs_help},
        {"disown", disown, Kind::Regular, "disown [-h] [-a] [-r] [%JOB...]", disown_help},
        {"echo", echo, Kind::Regular, "echo [-neE] [ARG...]", echo_help},
        {"eval", eval, Kind::Special, "eval [ARG...]", eval_help},
        {"exec", exec, Kind::Special, "exec [COMMAND [ARG...]]", exec_help},
        {"exit", exit_, Kind::Special, "exit [N]", exit_help},
        {"explain", explain, Kind::Regular, "explain 'COMMAND-LINE'", explain_help},
        {"export", export_, Kind::Special, "export [-p] [-n] [NAME[=VALUE]...]", export_help},
        {"false", false_, Kind::Regular, "false", false_help},
        {"fg", fg, Kind::Regular, "fg [%JOB]", fg_help},
        {"follow", follow, Kind::Regular, "follow [-o OUT.html] LINE...", follow_help},
        {"getopts", getopts, Kind::Regular, "getopts OPTSTRING NAME [ARG...]", getopts_help},
        {"hash", hash, Kind::Regular, "hash [-r] [NAME...]", hash_help},
        {"help", help, Kind::Regular, "help [NAME...]", help_help},
        {"history", history, Kind::Regular, "history [-c] [-d N] [N]", history_help},
        {"jobs", jobs, Kind::Regular, "jobs [-lprs] [%JOB...]", jobs_help},
        {"kill", kill, Kind::Regular, "kill [-s SIG | -n NUM | -SIG] PID|%JOB... | kill -l [STATUS]", kill_help},
        {"let", let, Kind::Regular, "let ARG...", let_help},
        {"local", local, Kind::Regular, "local [-aAirx] NAME[=VALUE]...", local_help},
        {"mapfile", mapfile, Kind::Regular, "mapfile [-t] [-d DELIM] [-n N] [-O ORIGIN] [-s N] [-u FD] [ARRAY]", mapfile_help},
        {"pinfo", pinfo, Kind::Regular, "pinfo [PID | %JOB]", pinfo_help},
        {"popd", popd, Kind::Regular, "popd [-n] [+N|-N]", popd_help},
        {"printf", printf, Kind::Regular, "printf [-v NAME] FORMAT [ARG...]", printf_help},
        {"ptree", ptree, Kind::Regular, "ptree [-a | PID]", ptree_help},
        {"pushd", pushd, Kind::Regular, "pushd [-n] [+N|-N|DIR]", pushd_help},
        {"pwd", pwd, Kind::Regular, "pwd [-L|-P]", pwd_help},
        {"read", read, Kind::Regular, "read [-rs] [-a ARRAY] [-p PROMPT] [-d DELIM] [-n N|-N N] [-t SECS] [-u FD] [NAME...]", read_help},
        {"readarray", mapfile, Kind::Regular, "readarray [-t] [-d DELIM] [-n N] [-O ORIGIN] [-s N] [-u FD] [ARRAY]", mapfile_help},
        {"readonly", readonly, Kind::Special, "readonly [-p] [NAME[=VALUE]...]", readonly_help},
        {"return", return_, Kind::Special, "return [N]", return_help},
        {"set", set, Kind::Special, "set [-abCefmnuvx] [-o NAME] [--] [ARG...]", set_help},
        {"shift", shift, Kind::Special, "shift [N]", shift_help},
        {"shopt", shopt, Kind::Regular, "shopt [-pqsu] [NAME...]", shopt_help},
        {"source", dot, Kind::Regular, "source FILE [ARG...]", source_help},
        {"test", test, Kind::Regular, "test EXPRESSION", test_help},
        {"timeline", timeline, Kind::Regular, "timeline EVENTS OUT.html|OUT.json", timeline_help},
        {"times", times, Kind::Special, "times", times_help},
        {"trap", trap, Kind::Special, "trap [-lp] [[ACTION] CONDITION...]", trap_help},
        {"true", true_, Kind::Regular, "true", true_help},
        {"type", type, Kind::Regular, "type NAME...", type_help},
        {"typeset", declare, Kind::Regular, "typeset [-aAfFgiprx] [+aAirx] [NAME[=VALUE]...]", declare_help},
        {"ulimit", ulimit, Kind::Regular, "ulimit [-HSa] [-cdefilmnqrstuvx] [LIMIT]", ulimit_help},
        {"umask", umask, Kind::Regular, "umask [-S] [MODE]", umask_help},
        {"unalias", unalias, Kind::Regular, "unalias [-a] NAME...", unalias_help},
        {"unset", unset, Kind::Special, "unset [-f|-v] NAME...", unset_help},
        {"wait", wait, Kind::Regular, "wait [PID|%JOB...]", wait_help},
    };
    return builtins;
}

}  // namespace

const Builtin* find(std::string_view name) {
    std::span<const Builtin> t = table();
    auto it = std::lower_bound(t.begin(), t.end(), name,
                               [](const Builtin& b, std::string_view n) { return b.name < n; });
    return it != t.end() && it->name == name ? &*it : nullptr;
}

std::span<const Builtin> all() { return table(); }

}  // namespace forksh::builtins
