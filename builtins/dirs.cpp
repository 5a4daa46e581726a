// dirs.cpp: `pushd`, `popd` and `dirs` (bash): a stack of directories to
// come back to. Entry 0 is always the current directory; the entries below
// it are kept in Shell::directory_stack(), bottom first, as bash keeps them.
// Changing directory goes through cd's own code (cd.hpp): CDPATH, `-`,
// PWD and OLDPWD behave exactly as with cd. System calls: those of cd,
// chdir(2) and getcwd(3); none for dirs.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "builtins/cd.hpp"
#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view pushd_help =
    "Save the current directory on the directory stack and change to DIR\n"
    "(as cd DIR would), then show the stack as dirs does.\n"
    "  pushd       swap the two top entries (go back to the saved directory)\n"
    "  pushd +N    rotate the stack so that entry N (counting from 0 at the left\n"
    "              of `dirs`) comes to the top, and change to it; -N counts from\n"
    "              the right\n"
    "  -n          only add DIR to the stack (under the top), do not change directory\n"
    "Exit status 0; 1 if the directory cannot be entered or N is out of range;\n"
    "2 for a usage error. System calls: those of cd (chdir(2)).\n";

const std::string_view popd_help =
    "Remove the top entry of the directory stack and change to the new top\n"
    "(as cd would), then show the stack as dirs does.\n"
    "  popd +N     remove entry N (counting from 0 at the left of `dirs`);\n"
    "              -N counts from the right. Removing entry 0 changes directory\n"
    "  -n          remove without changing directory\n"
    "Exit status 0; 1 when the stack is empty (\"directory stack empty\") or N\n"
    "is out of range; 2 for a usage error. System calls: those of cd (chdir(2)).\n";

const std::string_view dirs_help =
    "Show the directory stack: the current directory first, then the entries\n"
    "pushd saved. Your home directory is written ~.\n"
    "  -c   clear the stack (the current directory stays entry 0)\n"
    "  -l   full paths, without ~\n"
    "  -p   one entry per line\n"
    "  -v   one entry per line, with its number (what pushd +N and popd +N use)\n"
    "  +N   show entry N only, counting from 0 at the left; -N from the right\n"
    "Exit status 0; 1 when N is out of range; 2 for a usage error. No system call\n"
    "(but getcwd(3) when $PWD is not the current directory).\n";

namespace {

// +N or -N: `from_left` for +N. False when `word` is not one.
bool parse_index(const std::string& word, long long& index, bool& from_left) {
    if (word.size() < 2 || (word[0] != '+' && word[0] != '-')) return false;
    from_left = word[0] == '+';
    return parse_decimal(std::string_view(word).substr(1), index) && index >= 0 && word[1] != '+' &&
           word[1] != '-';
}

// Entry N of the whole stack (0: the current directory) as a position in
// directory_stack (which is bottom first, without entry 0): -1 for entry 0,
// nullopt when out of range.
std::optional<long long> position(size_t saved, long long index, bool from_left) {
    long long entries = static_cast<long long>(saved) + 1;
    if (index >= entries) return std::nullopt;
    long long entry = from_left ? index : entries - 1 - index;
    return entry == 0 ? -1 : static_cast<long long>(saved) - entry;
}

// bash's wording: "directory stack empty" when nothing was saved, else the
// index is out of range.
int out_of_range(Shell& sh, const Args& args, const std::string& word) {
    if (sh.directory_stack().empty()) return sh.fail(args, "directory stack empty");
    return sh.fail(args, word + ": directory stack index out of range");
}

// `~/src` for $HOME/src, as bash shows it; `long_form` (-l) keeps it whole.
std::string shown(Shell& sh, const std::string& dir, bool long_form) {
    const std::string* home = sh.vars().get("HOME");
    if (long_form || home == nullptr || home->size() <= 1 || !dir.starts_with(*home)) return dir;
    if (dir.size() != home->size() && dir[home->size()] != '/') return dir;
    return "~" + dir.substr(home->size());
}

struct DirsFormat {
    bool long_form = false;  // -l
    bool per_line = false;   // -p
    bool numbered = false;   // -v
};

// The whole stack, entry 0 first: what dirs, pushd and popd print.
int print_stack(Shell& sh, const Args& args, const DirsFormat& format) {
    std::vector<std::string> entries{current_directory(sh)};
    const std::vector<std::string>& saved = sh.directory_stack();
    entries.insert(entries.end(), saved.rbegin(), saved.rend());
    std::string text;
    for (size_t k = 0; k < entries.size(); ++k) {
        std::string dir = shown(sh, entries[k], format.long_form);
        if (format.numbered)
            text += fmt::format("{:2}  {}\n", k, dir);
        else
            text += dir + (format.per_line || k + 1 == entries.size() ? "\n" : " ");
    }
    sh.out().clear_failure();
    sh.out().write(text);
    return finish(sh, args, 0);
}

// pushd +N / -N: rotate the whole stack (entry 0 included) until entry N is
// on top, then go there; with -n the new top is dropped instead and the
// current directory stays entry 0 (bash does exactly this).
int rotate(Shell& sh, const Args& args, const std::string& word, long long index, bool from_left, bool no_cd) {
    std::vector<std::string>& saved = sh.directory_stack();
    std::optional<long long> at = position(saved.size(), index, from_left);
    if (!at || saved.empty()) return out_of_range(sh, args, word);
    if (*at == -1) return no_cd ? 0 : print_stack(sh, args, {});
    // As a list with entry 0 first: entry N to the front, the ones before it
    // to the back.
    std::vector<std::string> whole{current_directory(sh)};
    whole.insert(whole.end(), saved.rbegin(), saved.rend());
    std::rotate(whole.begin(), whole.begin() + (static_cast<long long>(saved.size()) - *at), whole.end());
    saved.assign(whole.rbegin(), whole.rend() - 1);
    if (no_cd) return 0;
    if (change_directory(sh, args, whole.front(), false, false) != 0) return 1;
    return print_stack(sh, args, {});
}

}  // namespace

int pushd(Shell& sh, const Args& args) {
    bool no_cd = false;
    std::optional<std::string> operand;
    for (size_t i = 1; i < args.count(); ++i) {
        const std::string& w = args[i];
        long long index = 0;
        bool from_left = false;
        if (w == "-n") {
            no_cd = true;
        } else if (w == "--") {
            continue;
        } else if (operand) {
            return sh.fail(args, "too many arguments");
        } else if (w.size() > 1 && (w[0] == '+' || w[0] == '-') && !parse_index(w, index, from_left)) {
            return sh.usage_error(args, w + ": invalid number");
        } else {
            operand = w;
        }
    }
    std::vector<std::string>& saved = sh.directory_stack();
    long long index = 0;
    bool from_left = false;
    if (operand && parse_index(*operand, index, from_left))
        return rotate(sh, args, *operand, index, from_left, no_cd);
    if (!operand) {
        // Swap the two top entries: go back to the saved directory.
        if (saved.empty()) return no_cd ? 0 : sh.fail(args, "no other directory");
        std::string here = current_directory(sh);
        if (no_cd) return 0;
        if (change_directory(sh, args, saved.back(), false, false) != 0) return 1;
        saved.back() = here;
        return print_stack(sh, args, {});
    }
    if (no_cd) {
        saved.push_back(*operand);
    } else {
        std::string here = current_directory(sh);
        if (change_directory(sh, args, *operand) != 0) return 1;
        saved.push_back(here);
    }
    return print_stack(sh, args, {});
}

int popd(Shell& sh, const Args& args) {
    bool no_cd = false;
    std::string word = "+0";
    long long index = 0;
    bool from_left = true;
    for (size_t i = 1; i < args.count(); ++i) {
        const std::string& w = args[i];
        if (w == "-n") {
            no_cd = true;
        } else if (w == "--") {
            continue;
        } else if (parse_index(w, index, from_left)) {
            word = w;
        } else if (w.size() > 1 && (w[0] == '+' || w[0] == '-')) {
            return sh.usage_error(args, w + ": invalid number");
        } else {
            return sh.usage_error(args, w + ": invalid argument");
        }
    }
    std::vector<std::string>& saved = sh.directory_stack();
    std::optional<long long> at = position(saved.size(), index, from_left);
    if (saved.empty()) return sh.fail(args, "directory stack empty");
    if (!at) return out_of_range(sh, args, word);
    if (*at == -1) {
        // Entry 0 goes: the top saved entry becomes the current directory.
        if (!no_cd && change_directory(sh, args, saved.back(), false, false) != 0) return 1;
        saved.pop_back();
    } else {
        saved.erase(saved.begin() + *at);
    }
    return print_stack(sh, args, {});
}

int dirs(Shell& sh, const Args& args) {
    DirsFormat format;
    bool clear = false;
    std::optional<std::string> entry;
    long long index = 0;
    bool from_left = false;
    for (size_t i = 1; i < args.count(); ++i) {
        const std::string& w = args[i];
        if (w == "-c") clear = true;
        else if (w == "-l") format.long_form = true;
        else if (w == "-p") format.per_line = true;
        else if (w == "-v") format.numbered = format.per_line = true;
        else if (parse_index(w, index, from_left)) entry = w;
        else if (w.size() > 1 && (w[0] == '+' || w[0] == '-')) return sh.usage_error(args, w + ": invalid number");
        else return sh.usage_error(args, w + ": invalid option");
    }
    std::vector<std::string>& saved = sh.directory_stack();
    if (clear) {
        saved.clear();
        return 0;
    }
    if (!entry) return print_stack(sh, args, format);
    std::optional<long long> at = position(saved.size(), index, from_left);
    if (saved.empty() && index > 0) return sh.fail(args, "directory stack empty");
    if (!at) return sh.fail(args, entry->substr(1) + ": directory stack index out of range");
    std::string dir = shown(sh, *at == -1 ? current_directory(sh) : saved[static_cast<size_t>(*at)], format.long_form);
    long long number = *at == -1 ? 0 : static_cast<long long>(saved.size()) - *at;
    sh.out().clear_failure();
    if (format.numbered)
        sh.out().print("{:2}  {}\n", number, dir);
    else
        sh.out().print("{}\n", dir);
    return finish(sh, args, 0);
}

}  // namespace forksh::builtins
