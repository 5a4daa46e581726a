// history.hpp: the command history: one list, kept by the GNU History
// library (the part of Readline that knows nothing of terminals), so the line
// editor's up-arrow, `!!` and the `history` builtin all see the same entries.
//
// A command that took several lines (an `if` typed over three lines, a
// here-document) is one entry, newlines included. In the file, each entry is
// preceded by a "#<time>" line, which is how the library tells where a
// multi-line entry ends when it reads the file back.
//
// The file ($HISTFILE, default ~/.forksh_history) is read at start-up and
// *appended to* at exit with only this session's new entries, then trimmed:
// two shells that exit one after the other both keep their commands.
// System calls: open (creating the file with mode 0600), read and write
// inside the library.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace forksh::history {

struct Entry {
    int number;        // as `history` and `!n` count
    std::string line;  // the command, maybe several lines
};

// Once, before any other call.
void init();

// Keep at most `n` entries ($HISTSIZE); n < 0 means no limit.
void set_max_entries(long n);

// Add a command (a trailing newline is removed) unless $HISTCONTROL says not
// to: "ignorespace" (lines starting with a space), "ignoredups" (the same as
// the previous entry), "ignoreboth" (both, the default when HISTCONTROL is
// unset), "erasedups" (remove older copies). Returns true when added.
bool add(std::string_view command, const std::string* histcontrol);

std::vector<Entry> entries();
// Remove every entry (`history -c`); nothing of this session is appended later.
void clear();
// Remove the entry numbered `number`; false when there is none.
bool remove(int number);

// Read the file, if it exists; false on an error other than "no such file".
bool load(const std::string& path);
// Append this session's new entries to the file (creating it with mode 0600),
// then trim the file to its last `max_entries` entries (< 0: no trimming).
bool append_to_file(const std::string& path, long max_entries);

// History expansion (`!!`, `!n`, `!-n`, `!prefix`, `!?text`, `^old^new`).
enum class Expansion {
    None,      // no `!` event in the line: unchanged
    Expanded,  // `line` was replaced; echo it before running it
    PrintOnly, // `:p`: show the result, do not run it
    Error,     // `error` says why ("!foo: event not found")
};
Expansion expand(std::string& line, std::string& error);

}  // namespace forksh::history
