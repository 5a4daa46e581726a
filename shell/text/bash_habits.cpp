// bash_habits.cpp: the texts of the bash-habit hints, and the check for a
// command name that can only be a bash construct, or that is one of help's
// concept words (`fork`, `zombie`). Pure string work.
#include "shell/text/bash_habits.hpp"

#include <cctype>

#include "shell/text/help_topics.hpp"
#include "shell/text/names.hpp"

namespace forksh {

std::string_view bash_habit_hint(BashHabit habit) {
    switch (habit) {
        case BashHabit::Array:
            return "arrays are a bash extension, off in strict POSIX mode (set +o posix turns them on); "
                   "in POSIX sh use set -- a b and \"$@\"";
        case BashHabit::FunctionKeyword:
            return "'function NAME {' is bash's syntax, off in strict POSIX mode: write NAME() { ...; }";
        case BashHabit::DoubleBracket:
            return "[[ ]] is bash's, off in strict POSIX mode: use [ ] (test)";
        case BashHabit::BraceRange:
            return "brace expansion is bash's, off in strict POSIX mode and under set +B: use $(seq 1 3)";
        // shopt has bash's pathname-expansion options only (and extglob; lastpipe,
        // ... are not built): `shopt NAME: invalid shell option name (...)`.
        case BashHabit::ShoptOption:
            return "forksh's shopt has bash's pathname-expansion options only (extglob among them): `shopt` lists them";
    }
    return "";
}

namespace {

// An integer (optionally negative) or one letter, from `s` at `i`.
bool range_end(std::string_view s, size_t& i) {
    size_t start = i;
    if (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) return ++i, true;
    if (i < s.size() && s[i] == '-') ++i;
    size_t digits = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == digits) i = start;
    return i > digits;
}

// {1..3}, {a..e}, {10..0..2}: the whole word, nothing around it.
bool is_brace_range(std::string_view s) {
    if (s.size() < 6 || s.front() != '{' || s.back() != '}') return false;
    size_t i = 1;
    if (!range_end(s, i)) return false;
    for (int part = 0; part < 2 && s.substr(i, 2) == ".."; ++part) {
        i += 2;
        if (!range_end(s, i)) return false;
    }
    return i + 1 == s.size();
}

// a[1]=x or a+=x: bash's element or append assignment, a command name to
// POSIX (in strict POSIX mode).
bool is_bash_assignment(std::string_view s) {
    if (s.empty() || !is_name_start(static_cast<unsigned char>(s[0]))) return false;
    size_t i = 1;
    while (i < s.size() && is_name_char(static_cast<unsigned char>(s[i]))) ++i;
    if (s.substr(i, 2) == "+=") return true;
    return i < s.size() && s[i] == '[' && s.find("]=", i) != std::string_view::npos;
}

}  // namespace

std::string bash_habit_suffix_for_command(std::string_view name) {
    if (name == "[[") return " (" + std::string(bash_habit_hint(BashHabit::DoubleBracket)) + ")";
    if (is_bash_assignment(name)) return " (" + std::string(bash_habit_hint(BashHabit::Array)) + ")";
    if (is_brace_range(name)) return " (" + std::string(bash_habit_hint(BashHabit::BraceRange)) + ")";
    // A student who types `fork` wants the idea: only said when no program
    // of that name was found, so a real `fork` on PATH still runs.
    if (find_help_topic(name) != nullptr) return " (try `help " + std::string(name) + "`)";
    return "";
}

}  // namespace forksh
