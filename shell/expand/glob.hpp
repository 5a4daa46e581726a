// glob.hpp: pathname expansion (XCU 2.6.6, 2.13.3). System calls: opendir(3),
// readdir(3), closedir(3) and lstat(2) on the directories the pattern walks.
//
// Why not glob(3): the expander's patterns carry quoting as backslash
// escapes (`"*"*` arrives as `\**`), and we want exactly the matcher of
// pattern.hpp, also used by `case`, with its rules for `/` and leading dots.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace forksh {

// Append to `out` the existing paths that `pattern` (pattern.hpp syntax)
// matches, sorted byte-wise (strcmp). Returns how many were added (0: no
// match; the caller then keeps the word, with quote removal).
// The pattern is walked one `/`-separated component at a time: a component
// without wildcards is taken as it is (after unescaping), one with wildcards
// is matched against the entries of the directory so far. Wildcards never
// match `/`, and a leading `.` must be matched by a literal `.`. Unreadable
// directories are skipped silently.
//
// `flags` are bash's shopt options (all off: POSIX). dotglob: a leading `.`
// needs no literal `.` (but `.` and `..` still do). globstar: a component
// that is exactly `**` matches any number of directories, none included
// (symbolic links to directories are listed, not entered, as in bash 5.2).
// nocase: letters match either case (ASCII).
struct GlobFlags {
    bool dotglob = false;
    bool globstar = false;
    bool nocase = false;
    bool extglob = false;  // ?(a|b) *(..) +(..) @(..) !(..) in components
};
size_t glob_expand(std::string_view pattern, std::vector<std::string>& out, GlobFlags flags = {});

}  // namespace forksh
