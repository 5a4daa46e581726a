// history.cpp: the command history on top of the GNU History library
// (readline/history.h: add_history, read_history, append_history,
// history_truncate_file, history_expand). System calls: open(2) with mode
// 0600 to create the file; the library does the reading and writing.
#include "shell/state/history.hpp"
#include "shell/sys/sys.hpp"

#include <fcntl.h>
#include <readline/history.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace forksh::history {

namespace {

// Entries added since start-up (or since `history -c`): what exit appends.
long added_this_session = 0;

// `$!`, `${!name}` and `[!...]` are shell syntax, not history events.
int inhibit_expansion(char* string, int i) {
    if (i > 0 && string[i - 1] == '$') return 1;
    if (i > 1 && string[i - 1] == '{' && string[i - 2] == '$') return 1;
    if (i > 0 && string[i - 1] == '[') return 1;
    return 0;
}

bool has_word(std::string_view list, std::string_view word) {
    size_t pos = 0;
    while (pos <= list.size()) {
        size_t end = list.find(':', pos);
        if (end == std::string_view::npos) end = list.size();
        if (list.substr(pos, end - pos) == word) return true;
        pos = end + 1;
    }
    return false;
}

}  // namespace

void init() {
    using_history();
    // "#<seconds>" before each entry in the file marks where an entry
    // starts, so entries of several lines come back whole.
    history_comment_char = '#';
    history_write_timestamps = 1;
    history_multiline_entries = 1;
    history_inhibit_expansion_function = inhibit_expansion;
}

void set_max_entries(long n) {
    if (n < 0)
        unstifle_history();
    else
        stifle_history(static_cast<int>(n));
}

bool add(std::string_view command, const std::string* histcontrol) {
    std::string text(command);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    if (text.empty()) return false;
    std::string control = histcontrol ? *histcontrol : "ignoreboth";
    bool ignore_space = has_word(control, "ignorespace") || has_word(control, "ignoreboth");
    bool ignore_dups = has_word(control, "ignoredups") || has_word(control, "ignoreboth");
    bool erase_dups = has_word(control, "erasedups");
    if (ignore_space && text[0] == ' ') return false;
    if (ignore_dups && history_length > 0) {
        HIST_ENTRY* last = history_get(history_base + history_length - 1);
        if (last && last->line && text == last->line) return false;
    }
    if (erase_dups) {
        for (int i = history_length - 1; i >= 0; --i) {
            HIST_ENTRY* e = history_get(history_base + i);
            if (e && e->line && text == e->line) {
                HIST_ENTRY* gone = remove_history(i);
                if (gone) free_history_entry(gone);
            }
        }
    }
    add_history(text.c_str());
    ++added_this_session;
    return true;
}

std::vector<Entry> entries() {
    std::vector<Entry> out;
    for (int i = 0; i < history_length; ++i) {
        HIST_ENTRY* e = history_get(history_base + i);
        if (e && e->line) out.push_back(Entry{history_base + i, e->line});
    }
    return out;
}

void clear() {
    clear_history();
    added_this_session = 0;
}

bool remove(int number) {
    int index = number - history_base;
    if (index < 0 || index >= history_length) return false;
    HIST_ENTRY* gone = remove_history(index);
    if (gone) free_history_entry(gone);
    if (added_this_session > history_length) added_this_session = history_length;
    return true;
}

bool load(const std::string& path) {
    int r = read_history(path.c_str());
    return r == 0 || r == ENOENT;
}

bool append_to_file(const std::string& path, long max_entries) {
    long count = added_this_session < history_length ? added_this_session : history_length;
    if (count <= 0) return true;
    // append_history opens without O_CREAT: create the file first, private
    // to its owner (commands may contain passwords).
    int fd = sys::open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) return false;
    sys::close(fd);
    bool ok = append_history(static_cast<int>(count), path.c_str()) == 0;
    if (ok) added_this_session = 0;
    if (max_entries >= 0) history_truncate_file(path.c_str(), static_cast<int>(max_entries));
    return ok;
}

Expansion expand(std::string& line, std::string& error) {
    if (line.find('!') == std::string::npos && (line.empty() || line[0] != '^')) return Expansion::None;
    char* output = nullptr;
    std::string input = line;
    int r = history_expand(input.data(), &output);
    std::string result = output ? output : "";
    std::free(output);
    switch (r) {
        case 0: return Expansion::None;
        case 1: line = result; return Expansion::Expanded;
        case 2: line = result; return Expansion::PrintOnly;
        default: error = result; return Expansion::Error;
    }
}

}  // namespace forksh::history
