// trace.hpp: the teaching trace (`forksh --trace`, `set -o trace`).
// One line per process-level event, written by the process that acts:
//   [trace 4242] fork -> child 4243 (group 4242)
//   [trace 4243] execve /usr/bin/ls [ls, -l]
// The bracket always holds the pid of the acting process, and every other
// pid or group id in a line is a plain decimal word, so a test can map each
// distinct number to P1, P2, ... and compare traces between runs.
// Only shell/sys/sys.cpp (and the SIGCHLD bookkeeping) emit lines, so the
// executor carries no tracing code of its own.
#pragma once

#include <fmt/format.h>

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace forksh::trace {

struct Settings {
    bool enabled = false;
    bool explain = false;  // first occurrence of each event kind gets a sentence
    int fd = 2;            // where lines go (--trace=FILE, FORKSH_TRACE_FD=N)
};

Settings& settings();
inline bool on() { return settings().enabled; }
// Turn explain mode on or off. Call before forking (Shell::options_changed
// does): the "already explained" flags are shared with every child.
void set_explain(bool on);

// Write one trace line: "[trace PID] text". `kind` names the event ("fork",
// "execve", ...) so that explain mode can add its sentence the first time.
void emit(std::string_view kind, std::string_view text);

template <typename... T>
void line(std::string_view kind, fmt::format_string<T...> format, T&&... args) {
    if (on()) emit(kind, fmt::format(format, std::forward<T>(args)...));
}

// The sentence explain mode prints for an event kind ("" if none).
std::string_view explanation(std::string_view kind);
// Every event kind that has an explanation (for tests and `help trace`).
std::span<const std::string_view> kinds();

}  // namespace forksh::trace
