// tilde.hpp: tilde expansion (XCU 2.6.1): `~` and `~user` to home directories.
// System calls: getpwuid(3) when HOME is unset, getpwnam(3) for `~user`
// (both read /etc/passwd or NSS; they are not async-signal-safe, so never
// call this in a child between fork and exec).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "shell/state/variables.hpp"

namespace forksh {

// The home directory a tilde-prefix names: `user` is the text after the `~`
// (empty for `~` alone: $HOME, or the passwd entry of our uid when HOME is
// unset). nullopt for an unknown user: the word is then left unchanged.
std::optional<std::string> tilde_home(std::string_view user, const Variables& vars);

}  // namespace forksh
