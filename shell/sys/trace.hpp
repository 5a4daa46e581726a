// trace.hpp: the teaching trace (`forksh --trace`, `set -o trace`).
// One line per process-level event, written by the process that acts:
//   [trace 4242] fork -> child 4243 (starts in group 4242)
//   [trace 4243 ls] execve /usr/bin/ls [ls, -l] (group 4242)
//   [trace 4242] waitpid -> 4243 (ls) exited 0
// The bracket always holds the pid of the acting process (and, on an execve
// line, the program it becomes), and every other pid or group id in a line
// is a plain decimal word, so a test can map each distinct number to P1,
// P2, ... and compare traces between runs.
// Only shell/sys/sys.cpp (and the SIGCHLD bookkeeping) emit lines, so the
// executor carries no tracing code of its own.
//
// Each event is recorded once, as data (trace_event.hpp: kind, fields, and a
// template for the words above), and written in one of two forms: the text
// line, or a record (trace_record.hpp) for --trace=FILE.events, .html and
// .json, which `timeline` draws as a picture of every process.
//
// Three promises, so that the trace never misleads:
//  - it has a descriptor of its own (registered with fd_registry, fd.hpp): a copy of stderr (or of
//    --trace=FILE) taken when the trace is turned on, numbered >= 200,
//    close-on-exec; a command's `2>file` or `2>&1` never catches trace lines;
//  - it changes no launch: the same fork, posix_spawn and execve calls run
//    with the trace on or off;
//  - causes come before effects: a forked child writes nothing until its
//    parent has written the `fork -> child N` line (release_child below).
#pragma once

#include <fmt/format.h>

#include <sys/types.h>

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shell/sys/trace_event.hpp"

namespace forksh::trace {

struct Settings {
    bool enabled = false;
    bool explain = false;  // first occurrence of each event kind gets a sentence
    int fd = 2;            // where lines go (--trace=FILE, FORKSH_TRACE_FD=N)
    bool fd_private = false;  // fd is the trace's own copy (>= 200, close-on-exec)
    // fd was given to the trace alone (--trace=FILE opened it, FORKSH_TRACE_FD
    // handed it over): once the trace has its own copy, it is closed.
    bool fd_given = false;
    // Write records (trace_record.hpp) instead of text lines: --trace=FILE.events,
    // and the event file behind --trace=FILE.html or FILE.json.
    bool records = false;
    // The command line the events belong to (JobTable::create sets it); a
    // forked child keeps its parent's, which is the command it runs.
    std::string command;
};

// A picture to draw when the shell that asked for it exits: --trace=t.html
// records into an events file in a private folder (mkdtemp, mode 0700), and
// at exit `timeline` turns that into t.html and the folder is removed.
struct PendingRender {
    pid_t owner = 0;  // the shell that set the target (its children must not draw)
    std::string events, out;
    std::string folder;   // the private folder that holds `events`
    bool replace = false;  // --trace=+t.html: an existing t.html may be replaced
};
std::vector<PendingRender>& pending_renders();

// Point the trace at `path` (--trace=FILE, `set -o trace=FILE`): text lines
// for most names, records for FILE.events, records then a picture at exit
// for FILE.html and FILE.json. The trace holds every argument of every
// command, so a new file is made for it alone: O_CREAT|O_EXCL|O_NOFOLLOW,
// mode 0600, and an existing file (or a symbolic link planted where it
// should go) is refused with a message that names it. `+FILE` adds to an
// existing text or events file (still never through a link), and lets a
// picture replace an existing FILE.html. Opens with O_APPEND, so that every
// process's write lands whole at the end. False with `error` set if it
// cannot open.
bool set_target(const std::string& path, std::string& error);
// The open(2) for a file the trace writes (the target, a picture): new
// (O_EXCL) unless `replace`, never through a symbolic link, mode 0600.
// `append`: keep what is there (O_APPEND) instead of truncating.
int open_private_file(const std::string& path, bool replace, bool append);
// explain's dry run (dry_run.hpp): from now on this process and its
// children write records into `fd` (a pipe), whatever the trace did before.
void record_into(int fd);
// True for the names that ask for a picture: *.html, *.json.
bool wants_picture(std::string_view path);

Settings& settings();
inline bool on() { return settings().enabled; }
// Turn the trace on or off (Shell::options_changed). Turning it on the first
// time copies settings().fd to a private descriptor (>= 200, close-on-exec,
// registered as the shell's own) and maps the page shared with children.
void enable(bool on);
// Turn explain mode on or off. Call before forking (Shell::options_changed
// does): the "already explained" flags are shared with every child.
void set_explain(bool on);

// Write one trace line: "[trace PID] text". `kind` names the event ("fork",
// "execve", ...) so that explain mode can add its sentence the first time.
void emit(std::string_view kind, std::string_view text);

// ---- causal order between a parent and its new child ----
// In the parent, after its `fork -> child N` line: let child N go on.
void release_child(pid_t child);
// In a new child, before it writes anything: wait (without a system call,
// on the shared page) until the parent has written the fork line. Gives up
// after a second, so a parent that died cannot hang the child.
void wait_for_release();

// ---- names, so a student need not map pids by hand ----
// Remember what `pid` runs ("wc", "( ... )"): lines about it then say
// "2006 (wc)". Bounded: the oldest names are forgotten.
void name_process(pid_t pid, std::string_view name);
// The same for a program: "/usr/bin/wc" is remembered as "wc".
void name_program(pid_t pid, std::string_view path);
// "2006 (wc)", or "2006" when no name is known.
std::string who(pid_t pid);

// Write one event once: as the text line, or as a record (trace_event.cpp
// calls it; call sites use trace::event(...)...emit()).
// `actor.pid` 0: the writing process acted.
void write_event(std::string_view kind, std::string_view as, const std::string& text,
                 const std::vector<Event::Field>& fields, const Actor& actor = {});

// The text-only form, kept for call sites that have no fields to give: the
// record then holds the text alone.
template <typename... T>
void line(std::string_view kind, fmt::format_string<T...> format, T&&... args) {
    if (on()) emit(kind, fmt::format(format, std::forward<T>(args)...));
}

// The words of explain mode live in the teach layer (shell/teach/
// sentences.hpp), above this one: it hands them down once at start-up.
struct Sentences {
    std::string_view (*of)(std::string_view kind) = nullptr;  // "" if none
    std::span<const std::string_view> (*kinds)() = nullptr;   // every kind that has one
};
void set_sentences(const Sentences& words);

}  // namespace forksh::trace
