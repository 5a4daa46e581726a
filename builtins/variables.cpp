// variables.cpp: `export`, `readonly` and `unset` (and local's help).
// No system calls here: an exported variable reaches children because the
// executor hands the environment to execve(2) (Variables::environment()).
#include <fmt/format.h>

#include <algorithm>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view export_help =
    "Mark variables for the environment of the commands the shell runs.\n"
    "  export NAME=value   assign and export\n"
    "  export NAME         export (creating it without a value if needed)\n"
    "  export -p | export  list exported variables as `export NAME='value'`\n"
    "  export -n NAME      stop exporting NAME (bash)\n"
    "The environment is a list of NAME=value strings passed to execve(2); a child\n"
    "gets a copy, so it can never change the shell's variables.\n"
    "Exit status 0, or 1 for an invalid name or a readonly variable.\n";

const std::string_view readonly_help =
    "Make variables unchangeable for the rest of the shell's life.\n"
    "  readonly NAME=value   assign, then lock\n"
    "  readonly NAME         lock\n"
    "  readonly -p           list them as `readonly NAME='value'`\n"
    "Assigning to or unsetting a readonly variable is an error.\n"
    "Exit status 0, or 1 for an invalid name or a readonly variable.\n";

const std::string_view unset_help =
    "Remove variables or functions.\n"
    "  unset NAME...      (or -v) variables\n"
    "  unset -f NAME...   functions\n"
    "Unsetting a name that is not set is not an error. Readonly variables\n"
    "cannot be unset. Exit status 0, or 1 if something could not be unset.\n";

const std::string_view local_help =
    "Inside a function: make variables local to it.\n"
    "  local NAME=value ...   local with a value\n"
    "  local NAME ...         local, keeping the outer value until assigned\n"
    "  local -a NAME=(x y)    with declare's flags: -a -A -i -r -x (see help declare)\n"
    "The outer variable comes back when the function returns. Scoping is\n"
    "dynamic: functions called from this one see the local.\n"
    "Exit status 0; 1 outside a function or for an invalid name.\n";

namespace {

// `export -p`, `readonly -p` (and either with no operand): every marked
// variable as a command that sets it again, `export NAME='value'`.
int list_marked(Shell& sh, const Args& args, bool is_export) {
    std::string_view word = is_export ? "export" : "readonly";
    sh.out().clear_failure();
    for (const auto& [name, var] : sh.vars().sorted()) {
        if (is_export ? !var->exported : !var->readonly) continue;
        if (var->is_array())  // as bash: `readonly a=''` would read back as a string
            sh.out().print("{}\n", declaration(name, *var));
        else if (var->has_value)
            sh.out().print("{} {}={}\n", word, name, shell_quote(var->value));
        else
            sh.out().print("{} {}\n", word, name);
    }
    return finish(sh, args, 0);
}

// Shared by export and readonly: NAME or NAME=value words.
int mark(Shell& sh, const Args& args, bool is_export) {
    bool unexport = false;
    int status = 0;
    size_t first = parse_options(
        sh, args, is_export ? "pn" : "p", "",
        [&](char c, const std::string&) {
            if (c == 'n') unexport = true;  // -p changes nothing: no names lists, with or without it
        },
        status);
    if (first == 0) return status;
    if (first == args.count()) return list_marked(sh, args, is_export);
    for (size_t i = first; i < args.count(); ++i) {
        const std::string& w = args[i];
        size_t eq = w.find('=');
        std::string name = w.substr(0, eq);
        if (!check_name(sh, args, name, status)) continue;
        if (eq != std::string::npos && !set_variable(sh, args, name, w.substr(eq + 1), status)) continue;
        if (is_export)
            sh.vars().set_exported(name, !unexport);
        else
            sh.vars().set_readonly(name);
    }
    return status;
}

// unset 'a[i]', unset 'm[key]' (bash): one element; `a[@]` is the whole array.
int unset_element(Shell& sh, const Args& args, const std::string& word) {
    size_t open = word.find('[');
    std::string name = word.substr(0, open);
    std::string key = word.substr(open + 1, word.size() - open - 2);
    int status = 0;
    if (!check_name(sh, args, name, status)) return status;
    Variables& vars = sh.vars();
    const Variable* var = vars.find(name);
    Variables::Result result = Variables::Result::Ok;
    if (key == "@" || key == "*") {
        result = vars.unset(name);
    } else if (var != nullptr && var->kind == VarKind::Assoc) {
        result = vars.unset_key(name, key);
    } else {
        int64_t index = vars.evaluate_integer(key);
        if (index < 0 && var != nullptr && var->kind == VarKind::Indexed && !var->indexed.empty())
            index += var->indexed.rbegin()->first + 1;
        if (index < 0) return sh.fail(args, fmt::format("{}: bad array subscript", word));
        result = vars.unset_element(name, index);
    }
    return result == Variables::Result::Readonly ? fail_readonly(sh, args, name) : 0;
}

}  // namespace

int export_(Shell& sh, const Args& args) { return mark(sh, args, true); }
int readonly(Shell& sh, const Args& args) { return mark(sh, args, false); }

int unset(Shell& sh, const Args& args) {
    bool functions = false;
    int status = 0;
    size_t first = parse_options(
        sh, args, "fv", "", [&](char c, const std::string&) { functions = c == 'f'; }, status);
    if (first == 0) return status;
    for (size_t i = first; i < args.count(); ++i) {
        const std::string& name = args[i];
        if (functions) {
            sh.functions().remove(name);
            continue;
        }
        if (!functions && name.find('[') != std::string::npos && name.back() == ']') {
            status = std::max(status, unset_element(sh, args, name));
            continue;
        }
        if (!check_name(sh, args, name, status)) continue;
        if (sh.vars().unset(name) == Variables::Result::Readonly) status = fail_readonly(sh, args, name);
    }
    return status;
}

// local is declare's: builtins/declare.cpp.

}  // namespace forksh::builtins
