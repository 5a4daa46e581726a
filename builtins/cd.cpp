// cd.cpp: `cd` and `pwd`.
//
// The current directory belongs to the process (the kernel keeps it), which
// is why cd must be a builtin: `/bin/cd` would change its own directory and
// exit. System calls: chdir(2), stat(2) (CDPATH candidates, checking $PWD),
// getcwd(3) (for -P and when $PWD cannot be trusted).
//
// Logical mode (-L, the default) keeps $PWD as the user typed the path, so
// after `cd /tmp/link/..` you are in /tmp, not in the parent of the link's
// target: `..` is processed as text before chdir. Physical mode (-P) resolves
// symbolic links: $PWD becomes what getcwd reports.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "builtins/cd.hpp"
#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"
#include "shell/sys/sys.hpp"

namespace forksh::builtins {

const std::string_view cd_help =
    "Change the shell's current directory (chdir(2)).\n"
    "  cd        go to $HOME\n"
    "  cd -      go to $OLDPWD, the previous directory, and print it\n"
    "  cd DIR    a relative DIR is looked up in each directory of $CDPATH\n"
    "            (colon-separated, like PATH); the result is printed when found there\n"
    "  -L        logical (default): `..` removes the last component of the path\n"
    "            as written, so symbolic links are followed back the way you came\n"
    "  -P        physical: resolve symbolic links; $PWD is what getcwd(3) says\n"
    "Sets PWD to the new directory and OLDPWD to the old one.\n"
    "Exit status 0, or 1 if the directory cannot be entered.\n"
    "Only a builtin can do this: a child process's directory dies with it.\n";

const std::string_view pwd_help =
    "Print the current directory.\n"
    "  -L   (default) $PWD, when it names the current directory without . or ..\n"
    "  -P   the physical path, with symbolic links resolved (getcwd(3))\n"
    "Exit status 0, or 1 if the directory cannot be determined.\n";

namespace {

std::string physical_cwd() {
    std::vector<char> buf(4096);
    for (;;) {
        if (::getcwd(buf.data(), buf.size()) != nullptr) return buf.data();
        if (errno != ERANGE) return {};
        buf.resize(buf.size() * 2);
    }
}

bool is_directory(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// True when `pwd` is an absolute path without . or .. components that names
// the current directory (same device and inode as ".").
bool pwd_is_clean(const std::string* pwd) {
    if (pwd == nullptr || pwd->empty() || (*pwd)[0] != '/') return false;
    std::string p = *pwd + "/";
    return p.find("/./") == std::string::npos && p.find("/../") == std::string::npos;
}

bool pwd_is_valid(const std::string* pwd) {
    if (!pwd_is_clean(pwd)) return false;
    struct stat a {}, b {};
    return ::stat(pwd->c_str(), &a) == 0 && ::stat(".", &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

// Remove `.` components and let `..` eat the component before it, as text
// (POSIX cd, step 8). The path is absolute. POSIX also asks that what `..`
// eats be a directory (stat(2) follows links): `cd nosuch/..` fails, as in
// bash, instead of quietly staying where it is. Sets `error` (an errno) then.
std::string canonical_text(const std::string& path, int& error) {
    error = 0;
    std::vector<std::string> parts;
    size_t i = 0;
    while (i < path.size()) {
        size_t slash = path.find('/', i);
        if (slash == std::string::npos) slash = path.size();
        std::string part = path.substr(i, slash - i);
        i = slash + 1;
        if (part.empty() || part == ".") continue;
        if (part == "..") {
            if (parts.empty()) continue;
            std::string eaten;
            for (const std::string& p : parts) eaten += "/" + p;
            struct stat st;
            if (::stat(eaten.c_str(), &st) != 0) {
                error = errno;
            } else if (!S_ISDIR(st.st_mode)) {
                error = ENOTDIR;
            }
            if (error) return {};
            parts.pop_back();
            continue;
        }
        parts.push_back(std::move(part));
    }
    std::string result;
    for (const std::string& p : parts) result += "/" + p;
    // POSIX lets a path start with exactly two slashes mean something special;
    // Linux gives it no meaning, so "//" is folded like any other run.
    return result.empty() ? "/" : result;
}

bool starts_with_dot_component(const std::string& dir) {
    return dir == "." || dir == ".." || dir.rfind("./", 0) == 0 || dir.rfind("../", 0) == 0;
}

// CDPATH (POSIX cd, step 5): a relative name that does not start with . or
// .. is looked for in each directory of $CDPATH (stat(2)); the first that
// holds it is the target. `print` becomes true when that came from a
// non-empty entry: cd shows where it went. Otherwise the target is `dir`.
std::string search_cdpath(const Variables& vars, const std::string& dir, bool& print) {
    const std::string* cdpath = vars.get("CDPATH");
    if (cdpath == nullptr || dir[0] == '/' || starts_with_dot_component(dir)) return dir;
    size_t start = 0;
    while (start <= cdpath->size()) {
        size_t colon = cdpath->find(':', start);
        if (colon == std::string::npos) colon = cdpath->size();
        std::string entry = cdpath->substr(start, colon - start);
        start = colon + 1;
        std::string candidate = entry.empty() ? dir : entry + (entry.back() == '/' ? "" : "/") + dir;
        if (is_directory(candidate)) {
            if (!entry.empty()) print = true;
            return candidate;
        }
    }
    return dir;
}

// chdir(2) to `target`; the new $PWD in `new_pwd`. Physical: what getcwd
// says. Logical: `..` is taken off the text first (relative to `old_pwd`),
// and when that path does not exist (`..` after a link to a removed
// directory...) the path as given is tried, as bash does. Returns 0, or the
// errno of the first chdir that failed.
int enter_directory(const std::string& target, bool physical, const std::string& old_pwd, std::string& new_pwd) {
    if (physical) {
        if (::chdir(target.c_str()) != 0) return errno;
        new_pwd = physical_cwd();
        return 0;
    }
    int error = 0;
    std::string logical = canonical_text(target[0] == '/' ? target : old_pwd + "/" + target, error);
    if (!error && ::chdir(logical.c_str()) == 0) {
        new_pwd = std::move(logical);
        return 0;
    }
    int error_number = error ? error : errno;
    if (::chdir(target.c_str()) != 0) return error_number;
    new_pwd = physical_cwd();
    return 0;
}

}  // namespace

std::string current_directory(Shell& sh) {
    const std::string* pwd_var = sh.vars().get("PWD");
    return pwd_is_valid(pwd_var) ? *pwd_var : physical_cwd();
}

int change_directory(Shell& sh, const Args& args, std::string dir, bool physical, bool dash_is_oldpwd) {
    Variables& vars = sh.vars();
    bool print = false;
    if (dir == "-" && dash_is_oldpwd) {
        const std::string* old = vars.get("OLDPWD");
        if (old == nullptr || old->empty()) return sh.fail(args, "OLDPWD not set");
        dir = *old;
        print = true;
    }
    if (dir.empty()) return sh.fail(args, "null directory");

    std::string target = search_cdpath(vars, dir, print);
    const std::string* pwd_var = vars.get("PWD");
    std::string old_pwd = pwd_is_valid(pwd_var) ? *pwd_var : physical_cwd();
    // The current directory was removed: getcwd fails, but $PWD still says
    // where we were, so `cd ..` goes to its parent (as in dash).
    if (old_pwd.empty() && pwd_is_clean(pwd_var)) old_pwd = *pwd_var;
    std::string new_pwd;
    if (int error_number = enter_directory(target, physical, old_pwd, new_pwd))
        return sh.fail(args, dir + ": " + sys::error_text(error_number));
    // Readonly PWD/OLDPWD: the directory still changed; bash and dash stay quiet.
    vars.set("OLDPWD", old_pwd);
    vars.set("PWD", new_pwd);
    if (print) {
        sh.out().clear_failure();
        sh.out().print("{}\n", new_pwd);
        return finish(sh, args, 0);
    }
    return 0;
}

int cd(Shell& sh, const Args& args) {
    bool physical = false;
    int status = 0;
    // The last of -L and -P wins; POSIX -e (with -P) is accepted and changes nothing here.
    size_t i = parse_options(sh, args, "LPe", "", [&](char c, const std::string&) {
        if (c != 'e') physical = c == 'P';
    }, status);
    if (i == 0) return status;
    if (args.count() - i > 1) return sh.fail(args, "too many arguments");

    if (i < args.count()) return change_directory(sh, args, args[i], physical);
    const std::string* home = sh.vars().get("HOME");
    if (home == nullptr || home->empty()) return sh.fail(args, "HOME not set");
    return change_directory(sh, args, *home, physical, false);  // HOME=- is a directory named -
}

int pwd(Shell& sh, const Args& args) {
    bool physical = false;
    int status = 0;
    size_t first = parse_options(
        sh, args, "LP", "", [&](char c, const std::string&) { physical = c == 'P'; }, status);
    if (first == 0) return status;
    // Operands are ignored, as dash and bash do (POSIX gives pwd none).
    std::string dir;
    const std::string* pwd_var = sh.vars().get("PWD");
    if (!physical && pwd_is_valid(pwd_var)) {
        dir = *pwd_var;
    } else {
        dir = physical_cwd();
        int error_number = errno;
        // A removed current directory has no physical path; -L still knows
        // the logical one (dash prints it; bash fails).
        if (dir.empty() && !physical && pwd_is_clean(pwd_var)) dir = *pwd_var;
        if (dir.empty()) return sh.fail(args, "getcwd: " + sys::error_text(error_number));
    }
    sh.out().clear_failure();
    sh.out().print("{}\n", dir);
    return finish(sh, args, 0);
}

}  // namespace forksh::builtins
