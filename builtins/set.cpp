// set.cpp: `set` (options, positional parameters, listing variables) and
// `shift`. No system calls; options that change how the shell treats
// processes (-m job control, -o trace) take effect through
// Shell::options_changed(); `-o trace=FILE` opens FILE (trace::set_target).
#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"
#include "shell/sys/trace.hpp"

namespace forksh::builtins {

const std::string_view set_help =
    "Set shell options and positional parameters, or list variables.\n"
    "  set                 list all variables as NAME='value' (re-readable)\n"
    "  set -o / set +o     list options as a table / as commands that restore them\n"
    "  set -e / set +e     turn an option on / off (also -o NAME, +o NAME)\n"
    "  set -- a b c        set $1 $2 $3 (and $#); `set --` clears them\n"
    "Options: -a allexport  -b notify  -C noclobber  -e errexit (exit when a\n"
    "command fails)  -f noglob  -m monitor (job control)  -n noexec  -u nounset\n"
    "(error on unset variables)  -v verbose  -x xtrace (print commands as run);\n"
    "-o pipefail, -o vi, -o emacs, -o trace (show each system call: fork, execve,\n"
    "waitpid...), -o subreaper, -o spawn=vfork|posix_spawn|fork (how programs start),\n"
    "-o posix (strict POSIX: bash's extensions that change a POSIX script are off).\n"
    "Exit status 0, or 2 for an invalid option.\n";

const std::string_view shift_help =
    "Shift the positional parameters left by N (default 1): $N+1 becomes $1.\n"
    "Exit status 0; 1 if N is greater than $#; 2 if N is not a number.\n";

namespace {

// -i and -s describe how the shell was started; they cannot be changed.
bool changeable(const OptionInfo& o) { return o.field != &Options::interactive && o.field != &Options::stdin_commands; }

void list_options(Shell& sh, bool as_commands) {
    for (const OptionInfo& o : option_table()) {
        bool on = sh.options().*o.field;
        if (as_commands && !changeable(o)) continue;
        if (as_commands)
            sh.out().print("set {}o {}\n", on ? '-' : '+', o.name);
        else
            sh.out().print("{:<16}{}\n", o.name, on ? "on" : "off");
    }
    for (const ValuedOptionValue& v : valued_options(sh.options())) {
        if (as_commands)
            sh.out().print("set -o {}={}\n", v.name, v.value);
        else
            sh.out().print("{:<16}{}\n", v.name, v.value);
    }
}

// -o NAME or +o NAME. 0, or the usage error for a name that is not an option.
int set_named_option(Shell& sh, const Args& args, const std::string& name, bool on) {
    Options& options = sh.options();
    // forksh: `set -o trace=FILE` sends the trace to FILE (t.html and t.json
    // are drawn when this shell exits, trace.hpp).
    if (on && name.starts_with("trace=") && name.size() > 6) {
        std::string error;
        if (!trace::set_target(name.substr(6), error)) return sh.fail(args, "-o trace: " + error, 1);
        options.trace = true;
        return 0;
    }
    ValuedOption valued = set_valued_option(options, name);
    if (valued == ValuedOption::BadValue)
        return sh.usage_error(args, name + ": invalid option value (spawn=vfork, posix_spawn or fork)");
    if (valued == ValuedOption::Set) return 0;
    const OptionInfo* o = find_option(name);
    if (o == nullptr || !changeable(*o)) return sh.usage_error(args, name + ": invalid option name");
    options.*o->field = on;
    // vi and emacs editing modes exclude each other.
    if (on && o->field == &Options::vi) options.emacs = false;
    if (on && o->field == &Options::emacs) options.vi = false;
    return 0;
}

// One word of option letters, -abc or +abc, at args[i]. An `o` takes the
// next word as its name (i moves past it), or with none lists the options.
// 0, or the usage error for an unknown letter or name; `changed` is set as
// soon as one option changed.
int set_option_word(Shell& sh, const Args& args, size_t& i, bool& changed) {
    const std::string& w = args[i];
    bool on = w[0] == '-';
    for (size_t j = 1; j < w.size(); ++j) {
        char c = w[j];
        if (c == 'o' && i + 1 >= args.count()) {
            list_options(sh, !on);
            continue;
        }
        if (c == 'o') {
            if (int error = set_named_option(sh, args, args[++i], on)) return error;
            changed = true;
            continue;
        }
        const OptionInfo* o = find_option(c);
        if (o == nullptr || !changeable(*o)) return sh.usage_error(args, std::string(1, w[0]) + c + ": invalid option");
        sh.options().*o->field = on;
        changed = true;
    }
    return 0;
}

}  // namespace

int set(Shell& sh, const Args& args) {
    Variables& vars = sh.vars();
    sh.out().clear_failure();
    if (args.count() == 1) {
        for (const auto& [name, var] : vars.sorted())
            if (var->is_array())
                sh.out().print("{}={}\n", name, array_text(*var));
            else if (var->has_value)
                sh.out().print("{}={}\n", name, shell_quote(var->value));
        return finish(sh, args, 0);
    }
    Options& options = sh.options();
    bool changed = false, set_positional = false;
    size_t i = 1;
    for (; i < args.count(); ++i) {
        const std::string& w = args[i];
        if (w == "--") {
            ++i;
            set_positional = true;
            break;
        }
        if (w == "-") {
            // POSIX: `set -` turns off -x and -v and ends the options.
            options.xtrace = options.verbose = false;
            changed = true;
            ++i;
            break;
        }
        if (w == "+") {
            // `set +` changes nothing and ends the options (dash and bash):
            // `set + a b` sets $1 and $2, `set +` alone keeps them.
            ++i;
            break;
        }
        if (w.size() < 2 || (w[0] != '-' && w[0] != '+')) break;
        // An error leaves the options changed so far as they are, unannounced.
        if (int error = set_option_word(sh, args, i, changed)) return error;
    }
    if (i < args.count()) set_positional = true;
    if (set_positional)
        vars.special().positional.assign(args.all().begin() + static_cast<long>(i), args.all().end());
    if (changed) {
        vars.set_allexport(options.allexport);
        sh.options_changed();
    }
    return finish(sh, args, 0);
}

int shift(Shell& sh, const Args& args) {
    if (args.count() > 2) return sh.usage_error(args, "too many arguments");
    long long n = 1;
    if (args.count() == 2 && (!parse_decimal(args[1], n) || n < 0))
        return sh.fail(args, args[1] + ": numeric argument required", 2);
    auto& positional = sh.vars().special().positional;
    if (static_cast<unsigned long long>(n) > positional.size()) return sh.fail(args, "can't shift that many");
    positional.erase(positional.begin(), positional.begin() + n);
    return 0;
}

}  // namespace forksh::builtins
