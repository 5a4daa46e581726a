// cd.hpp: cd's rules (CDPATH, `-`, logical `..`, PWD and OLDPWD), for the
// builtins that change directory too: pushd and popd (dirs.cpp) go where cd
// would go, with no second copy of those rules.
#pragma once

#include <string>

#include "builtins/builtin.hpp"

namespace forksh::builtins {

// What cd DIR does, after cd's own option and HOME handling: `-` is $OLDPWD
// (printed) when `dash_is_oldpwd`, a relative DIR is looked up in $CDPATH, then chdir(2) and PWD,
// OLDPWD. Messages name args.name() ("pushd: /nope: No such file or
// directory"). Returns 0 or 1.
int change_directory(Shell& sh, const Args& args, std::string dir, bool physical = false,
                     bool dash_is_oldpwd = true);

// The current directory as cd keeps it: $PWD when it names it, else getcwd(3).
std::string current_directory(Shell& sh);

}  // namespace forksh::builtins
