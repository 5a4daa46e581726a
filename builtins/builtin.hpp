// builtin.hpp: the contract between the executor and the builtins.
//
// A builtin is a function that runs inside the shell process (no fork), so
// it can change the shell itself: cd changes the shell's directory, export
// its variables, exit ends it. It sees the shell only through the Shell
// facade (shell/shell.hpp). This header includes no engine headers, so the
// executor (a lower layer) can include it to find and call builtins.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace forksh {
class Shell;
}

namespace forksh::builtins {

// The command's words after expansion; args[0] is the builtin's name.
class Args {
  public:
    explicit Args(std::vector<std::string> words) : words_(std::move(words)) {}
    const std::string& operator[](size_t i) const { return words_[i]; }
    size_t count() const { return words_.size(); }
    const std::string& name() const { return words_[0]; }
    std::span<const std::string> rest(size_t from = 1) const {
        return from < words_.size() ? std::span<const std::string>(words_).subspan(from)
                                    : std::span<const std::string>();
    }
    const std::vector<std::string>& all() const { return words_; }

  private:
    std::vector<std::string> words_;
};

using Fn = int (*)(Shell& sh, const Args& args);

// POSIX "special" builtins differ from regular ones: their variable
// assignments persist (`IFS=: set -- $x`), and an error in one ends a
// non-interactive shell.
enum class Kind { Special, Regular };

struct Builtin {
    std::string_view name;
    Fn fn;
    Kind kind;
    std::string_view usage;  // "umask [-S] [mode]"
    std::string_view help;   // a few lines for `help NAME`: what, options, status, system calls
};

// nullptr when `name` is not a builtin.
const Builtin* find(std::string_view name);
// Every builtin, sorted by name.
std::span<const Builtin> all();

}  // namespace forksh::builtins
