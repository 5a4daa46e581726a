// declare.cpp: `declare` and `typeset` (bash), and `local` with the same
// flags: variable attributes (-a -A -i -r -x, + to take one away), values
// (arrays too: `declare -A m=([k]=v)`), `declare -p`, whose output can be
// read back by the shell, and `declare -f`, functions as they were written. No system calls.
#include <fmt/format.h>

#include <optional>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"
#include "shell/text/names.hpp"

namespace forksh::builtins {

const std::string_view declare_help =
    "Set variables' values and attributes, or show them (bash).\n"
    "  declare NAME[=VALUE]...     inside a function, NAME becomes local (-g: global)\n"
    "  declare -a NAME=(x y)       an indexed array; -A: an associative one (string keys)\n"
    "  declare -i NAME=EXPR        an integer: every assignment is arithmetic\n"
    "  declare -r / -x NAME        readonly / exported (+x stops exporting, +i ...)\n"
    "  declare -p [NAME...]        show them as declare commands the shell can read back\n"
    "  declare -F [NAME...]        function names; -f [NAME...]: their definitions\n"
    "typeset is the same command. An array is never exported: the environment\n"
    "execve(2) passes is a list of NAME=value strings, with no room for one.\n"
    "Exit status 0, or 1 for an invalid name, a readonly variable or a missing NAME.\n";

namespace {

struct Flags {
    bool print = false;     // -p
    bool functions = false; // -f
    bool function_names = false;  // -F
    bool global = false;    // -g
    // Attributes to give (true) or take away (false).
    std::optional<bool> indexed, assoc, integer, readonly, exported;
    bool any_attribute() const { return indexed || assoc || integer || readonly || exported; }
};

// -aAifFgprx and +aAirx, up to the first operand (or --).
size_t parse_flags(Shell& sh, const Args& args, Flags& flags, bool is_local, int& status) {
    size_t i = 1;
    for (; i < args.count(); ++i) {
        const std::string& word = args[i];
        if (word == "--") return i + 1;
        if (word.size() < 2 || (word[0] != '-' && word[0] != '+')) break;
        bool on = word[0] == '-';
        for (char c : std::string_view(word).substr(1)) {
            switch (c) {
            case 'a': flags.indexed = on; break;
            case 'A': flags.assoc = on; break;
            case 'i': flags.integer = on; break;
            case 'r': flags.readonly = on; break;
            case 'x': flags.exported = on; break;
            case 'p': flags.print = on; break;
            case 'f': flags.functions = on; break;
            case 'F': flags.function_names = on; break;
            case 'g':
                if (!is_local) {
                    flags.global = on;
                    break;
                }
                [[fallthrough]];
            default:
                status = sh.usage_error(args, fmt::format("{}{}: invalid option", word[0], c));
                return 0;
            }
        }
    }
    return i;
}

// The inside of `(...)` as declare gets it ('x' [k]='v' "y z"): items,
// each with its key when it has one. Quotes and backslashes are removed.
struct Item {
    std::optional<std::string> key;
    std::string value;
};

// One shell-quoted word from `text` at `i`, up to a blank (or, for a key,
// up to `]`).
std::string unquote_word(std::string_view text, size_t& i, char stop) {
    std::string word;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != stop) {
        char c = text[i++];
        if (c == '\'') {
            while (i < text.size() && text[i] != '\'') word += text[i++];
            ++i;
        } else if (c == '"') {
            while (i < text.size() && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < text.size() && std::string_view("\\\"$`").find(text[i + 1]) != std::string_view::npos) ++i;
                word += text[i++];
            }
            ++i;
        } else if (c == '\\' && i < text.size()) {
            word += text[i++];
        } else {
            word += c;
        }
    }
    return word;
}

std::vector<Item> compound_items(std::string_view text) {
    std::vector<Item> items;
    size_t i = 0;
    for (;;) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
        if (i >= text.size()) return items;
        Item item;
        if (text[i] == '[') {
            size_t start = i++;
            std::string key = unquote_word(text, i, ']');
            if (i + 1 < text.size() && text[i] == ']' && text[i + 1] == '=') {
                item.key = std::move(key);
                i += 2;
            } else {
                i = start;
            }
        }
        item.value = unquote_word(text, i, '\0');
        items.push_back(std::move(item));
    }
}

class Declare {
  public:
    Declare(Shell& sh, const Args& args, bool is_local) : sh_(sh), args_(args), is_local_(is_local) {}

    int run() {
        size_t first = parse_flags(sh_, args_, flags_, is_local_, status_);
        if (first == 0) return status_;
        if (is_local_ && sh_.vars().scope_depth() == 0) return sh_.fail(args_, "not in a function");
        if (flags_.functions || flags_.function_names) return functions(first);
        if (first == args_.count()) return is_local_ && !flags_.print ? 0 : list();
        // Inside a function a declared name is local, unless -g.
        bool local = (is_local_ || !flags_.global) && sh_.vars().scope_depth() > 0;
        for (size_t i = first; i < args_.count(); ++i) {
            if (flags_.print) {
                print(args_[i]);
            } else {
                operand(args_[i], local);
            }
        }
        return finish(sh_, args_, status_);
    }

  private:
    // declare -p NAME
    void print(const std::string& name) {
        const Variable* var = sh_.vars().find(name);
        if (var == nullptr) {
            status_ = soft_fail(sh_, args_, name + ": not found");
            return;
        }
        sh_.out().print("{}\n", declaration(name, *var));
    }

    // declare / declare -p / declare -x ...: every variable (with the
    // attributes asked for) as a declare command.
    int list() {
        for (const auto& [name, var] : sh_.vars().sorted()) {
            if (flags_.indexed && *flags_.indexed && var->kind != VarKind::Indexed) continue;
            if (flags_.assoc && *flags_.assoc && var->kind != VarKind::Assoc) continue;
            if (flags_.integer && *flags_.integer && !var->integer) continue;
            if (flags_.readonly && *flags_.readonly && !var->readonly) continue;
            if (flags_.exported && *flags_.exported && !var->exported) continue;
            sh_.out().print("{}\n", declaration(name, *var));
        }
        return finish(sh_, args_, 0);
    }

    // -F: names (`declare -f NAME` with none given); -f NAME: 0 when it is a function.
    int functions(size_t first) {
        const auto& all = sh_.functions().all();
        if (first == args_.count()) {
            for (const auto& entry : all) show_function(entry.first);
            return finish(sh_, args_, 0);
        }
        int status = 0;
        for (size_t i = first; i < args_.count(); ++i) {
            if (all.find(args_[i]) == all.end()) {
                status = 1;
                continue;
            }
            if (flags_.function_names)
                sh_.out().print("{}\n", args_[i]);
            else
                show_function(args_[i]);
        }
        return finish(sh_, args_, status);
    }

    // declare -F: `declare -f NAME`; declare -f: the definition as it was
    // written (bash prints its own layout of it instead).
    void show_function(const std::string& name) {
        const std::string& text = sh_.functions().text_of(name);
        if (flags_.function_names || text.empty())
            sh_.out().print("declare -f {}\n", name);
        else
            sh_.out().print("{}\n", text);
    }

    // NAME, NAME=value, NAME+=value, NAME=(items).
    void operand(const std::string& word, bool local) {
        size_t eq = word.find('=');
        bool append = eq != std::string::npos && eq > 0 && word[eq - 1] == '+';
        std::string name = word.substr(0, eq == std::string::npos ? eq : eq - (append ? 1 : 0));
        if (!check_name(sh_, args_, name, status_)) return;
        Variables& vars = sh_.vars();
        const Variable* old = vars.find(name);
        if (old != nullptr && old->readonly && (eq != std::string::npos || flags_.any_attribute() || is_local_)) {
            if (!(flags_.readonly && *flags_.readonly && eq == std::string::npos)) {
                status_ = fail_readonly(sh_, args_, name);
                return;
            }
        }
        if (flags_.readonly && !*flags_.readonly && old != nullptr && old->readonly) {
            status_ = fail_readonly(sh_, args_, name);
            return;
        }
        if (local && !vars.make_local(name)) return;
        old = vars.find(name);
        if (old != nullptr && ((flags_.indexed && *flags_.indexed && old->kind == VarKind::Assoc) ||
                               (flags_.assoc && *flags_.assoc && old->kind == VarKind::Indexed))) {
            status_ = soft_fail(sh_, args_, fmt::format("{}: cannot convert {} array to {}", name,
                                                        old->kind == VarKind::Assoc ? "associative" : "indexed",
                                                        old->kind == VarKind::Assoc ? "indexed" : "associative"));
            return;
        }
        Variable& var = vars.declare(name);
        if (flags_.integer) var.integer = *flags_.integer;
        if (flags_.indexed && *flags_.indexed) vars.make_array(name, VarKind::Indexed, false);
        if (flags_.assoc && *flags_.assoc) vars.make_array(name, VarKind::Assoc, false);
        if (eq != std::string::npos) assign(name, word.substr(eq + 1), append);
        if (flags_.exported) vars.set_exported(name, *flags_.exported);
        if (flags_.readonly && *flags_.readonly) vars.set_readonly(name);
    }

    void assign(const std::string& name, const std::string& value, bool append) {
        Variables& vars = sh_.vars();
        const Variable* var = vars.find(name);
        // An array: `declare -a x='(1 2)'`, or `declare -r x=(1 2)` as the
        // executor hands it over (array_operand: every item single-quoted).
        // `declare x='(1 2)'` stays a string, as in bash. (A string typed
        // as "('1')" is taken for an array: the one text both can give.)
        bool compound = value.size() >= 2 && value.front() == '(' && value.back() == ')' &&
                        (var->is_array() || (flags_.indexed && *flags_.indexed) || value == "()" ||
                         value.starts_with("('") || value.starts_with("(['"));
        if (!compound) {
            std::string text = value;
            if (append) {
                const std::string* old = vars.get(name);
                if (old != nullptr) text = var->integer ? "(" + *old + ")+(" + value + ")" : *old + value;
            }
            vars.set(name, std::move(text));
            return;
        }
        bool assoc = var->kind == VarKind::Assoc;
        std::vector<Item> items = compound_items(std::string_view(value).substr(1, value.size() - 2));
        vars.make_array(name, assoc ? VarKind::Assoc : VarKind::Indexed, !append);
        var = vars.find(name);
        if (assoc) {
            for (size_t i = 0; i < items.size(); ++i) {
                if (items[i].key) {
                    vars.set_key(name, *items[i].key, items[i].value);
                    continue;
                }
                std::string key = items[i].value;  // bash 5.1's key value pairs
                std::string item_value = i + 1 < items.size() && !items[i + 1].key ? items[++i].value : std::string();
                vars.set_key(name, key, item_value);
            }
            return;
        }
        int64_t next = var->indexed.empty() ? 0 : var->indexed.rbegin()->first + 1;
        for (Item& item : items) {
            if (item.key) next = vars.evaluate_integer(*item.key);
            vars.set_element(name, next++, std::move(item.value));
        }
    }

    Shell& sh_;
    const Args& args_;
    bool is_local_;
    Flags flags_;
    int status_ = 0;
};

}  // namespace

int declare(Shell& sh, const Args& args) { return Declare(sh, args, false).run(); }

int local(Shell& sh, const Args& args) { return Declare(sh, args, true).run(); }

}  // namespace forksh::builtins
