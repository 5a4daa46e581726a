// tilde.cpp: home directories for `~` and `~user`. Calls getpwuid(3), getpwnam(3).
#include "shell/expand/tilde.hpp"

#include <pwd.h>
#include <unistd.h>

namespace forksh {

std::optional<std::string> tilde_home(std::string_view user, const Variables& vars) {
    if (user.empty()) {
        if (const std::string* home = vars.get("HOME")) return *home;
        if (const passwd* pw = ::getpwuid(::getuid()); pw != nullptr && pw->pw_dir != nullptr)
            return std::string(pw->pw_dir);
        return std::nullopt;
    }
    std::string name(user);
    if (const passwd* pw = ::getpwnam(name.c_str()); pw != nullptr && pw->pw_dir != nullptr)
        return std::string(pw->pw_dir);
    return std::nullopt;
}

}  // namespace forksh
