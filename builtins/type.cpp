// type.cpp: `type`, `hash` and `command`: how the shell resolves a name.
//
// A command name is looked up in this order: alias (when the line is read),
// reserved word, special builtin, function, regular builtin, and finally the
// directories of $PATH, with stat(2)/access(2) per directory (see
// shell/os/path_search.cpp). The answer of a PATH search is remembered in the
// hash table so the next run of the same name costs no system calls.
// `command NAME` runs NAME skipping functions, so a function `ls` can call
// the real ls with `command ls`.
#include <unistd.h>

#include <array>
#include <string>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view type_help =
    "Tell how each NAME would be interpreted as a command: alias, shell\n"
    "keyword, function, builtin, or a program file found in $PATH (shown with\n"
    "its path; `hashed` when the shell remembered it).\n"
    "Exit status 0, or 127 if a NAME is not found (as dash).\n";

const std::string_view hash_help =
    "Show or change the table of remembered command locations.\n"
    "  hash          list: hits (times used) and path\n"
    "  hash NAME...  look NAME up in $PATH now and remember it\n"
    "  hash -r       forget everything (after installing a program earlier in PATH)\n"
    "Each PATH search costs a stat(2) per directory; the table avoids repeating it.\n"
    "Exit status 0, or 1 if a NAME is not found (as dash).\n";

const std::string_view command_help =
    "Run a command or describe it, ignoring shell functions.\n"
    "  command NAME ARGS   run the builtin or program NAME even if a function\n"
    "                      has that name (a special builtin loses its special\n"
    "                      properties)\n"
    "  command -v NAME     print how NAME resolves: its path, its name for a\n"
    "                      builtin, function or keyword, or the alias definition\n"
    "  command -V NAME     describe NAME, as type does\n"
    "  -p                  search a default PATH that finds the standard utilities\n"
    "Exit status: that of the command; for -v/-V, 0 or 127 if not found;\n"
    "127 if NAME cannot be found to run.\n";

namespace {

constexpr std::array<std::string_view, 17> keywords = {
    "!", "{", "}", "case", "do", "done", "elif", "else", "esac", "fi", "for", "if", "in", "then", "time", "until", "while"};

bool is_keyword(std::string_view name) {
    for (std::string_view k : keywords)
        if (k == name) return true;
    return false;
}

// bash's reserved words, which forksh has too unless in strict POSIX mode.
bool is_bash_keyword(std::string_view name) {
    return name == "[[" || name == "]]" || name == "function" || name == "select";
}

enum class Kind2 { Alias, Keyword, Function, Special, Builtin, Hashed, File, None };

struct Resolved {
    Kind2 kind = Kind2::None;
    std::string text;  // alias value, or path
};

Resolved resolve(Shell& sh, const std::string& name, bool use_default_path, bool aliases_too) {
    if (aliases_too)
        if (const std::string* a = sh.aliases().find(name)) return {Kind2::Alias, *a};
    if (is_keyword(name) || (is_bash_keyword(name) && !sh.options().posix)) return {Kind2::Keyword, {}};
    const Builtin* b = find(name);
    if (b != nullptr && b->kind == Kind::Special) return {Kind2::Special, {}};
    if (sh.functions().find(name) != nullptr) return {Kind2::Function, {}};
    if (b != nullptr) return {Kind2::Builtin, {}};
    if (name.find('/') != std::string::npos) {
        if (::access(name.c_str(), X_OK) == 0) return {Kind2::File, name};
        return {};
    }
    if (!use_default_path) {
        auto it = sh.path_cache().all().find(name);
        if (it != sh.path_cache().all().end()) return {Kind2::Hashed, it->second.path};
    }
    const std::string* path = sh.vars().get("PATH");
    std::string search_path = use_default_path ? standard_path() : std::string(path_or_default(path));
    if (auto found = PathCache::search(name, search_path)) return {Kind2::File, *found};
    return {};
}

// `type NAME` / `command -V NAME`; returns false when not found.
bool describe(Shell& sh, const std::string& name, bool use_default_path) {
    Resolved r = resolve(sh, name, use_default_path, true);
    switch (r.kind) {
    case Kind2::Alias: sh.out().print("{} is an alias for {}\n", name, r.text); break;
    case Kind2::Keyword: sh.out().print("{} is a shell keyword\n", name); break;
    case Kind2::Function: sh.out().print("{} is a shell function\n", name); break;
    case Kind2::Special: sh.out().print("{} is a special shell builtin\n", name); break;
    case Kind2::Builtin: sh.out().print("{} is a shell builtin\n", name); break;
    case Kind2::Hashed: sh.out().print("{} is hashed ({})\n", name, r.text); break;
    case Kind2::File: sh.out().print("{} is {}\n", name, r.text); break;
    // As dash: the answer is the output (stdout), and "not found" is status
    // 127, the status of running that name (bash writes it to stderr, 1).
    case Kind2::None: sh.out().print("{}: not found\n", name); return false;
    }
    return true;
}

}  // namespace

int type(Shell& sh, const Args& args) {
    // No options (as dash: `type -x` looks for a command named -x), only `--`.
    size_t i = 1;
    if (i < args.count() && args[i] == "--") ++i;
    int status = 0;
    sh.out().clear_failure();
    for (; i < args.count(); ++i)
        if (!describe(sh, args[i], false)) status = 127;
    return finish(sh, args, status);
}

int hash(Shell& sh, const Args& args) {
    bool reset = false;
    int status = 0;
    size_t first = parse_options(sh, args, "r", "", [&](char, const std::string&) { reset = true; }, status);
    if (first == 0) return status;
    PathCache& cache = sh.path_cache();
    if (reset) cache.clear();
    if (first == args.count()) {
        if (reset || cache.all().empty()) return 0;
        sh.out().clear_failure();
        sh.out().write("hits\tcommand\n");
        for (const auto& [name, entry] : cache.all()) sh.out().print("{:>4}\t{}\n", entry.hits, entry.path);
        return finish(sh, args, 0);
    }
    for (size_t i = first; i < args.count(); ++i) {
        const std::string& name = args[i];
        // Builtins and functions are never looked up in PATH: nothing to remember.
        if (find(name) != nullptr || sh.functions().find(name) != nullptr) continue;
        if (name.find('/') != std::string::npos) continue;
        cache.forget(name);
        if (!sh.find_command(name)) status = sh.fail(args, name + ": not found");
    }
    return status;
}

int command(Shell& sh, const Args& args) {
    bool use_default_path = false, brief = false, verbose = false;
    int status = 0;
    size_t i = parse_options(sh, args, "pvV", "", [&](char c, const std::string&) {
        if (c == 'p') use_default_path = true;
        if (c == 'v') brief = true;
        if (c == 'V') verbose = true;
    }, status);
    if (i == 0) return status;
    if (i == args.count()) return 0;
    if (brief || verbose) {
        sh.out().clear_failure();
        for (; i < args.count(); ++i) {
            const std::string& name = args[i];
            if (verbose) {
                if (!describe(sh, name, use_default_path)) status = 127;
                continue;
            }
            Resolved r = resolve(sh, name, use_default_path, true);
            switch (r.kind) {
            case Kind2::Alias: sh.out().print("alias {}={}\n", name, shell_quote(r.text)); break;
            case Kind2::Keyword:
            case Kind2::Function:
            case Kind2::Special:
            case Kind2::Builtin: sh.out().print("{}\n", name); break;
            case Kind2::Hashed:
            case Kind2::File: sh.out().print("{}\n", r.text); break;
            case Kind2::None: status = 127; break;
            }
        }
        return finish(sh, args, status);
    }
    std::vector<std::string> argv(args.all().begin() + static_cast<long>(i), args.all().end());
    return sh.run_command_skipping_functions(argv, use_default_path);
}

}  // namespace forksh::builtins
