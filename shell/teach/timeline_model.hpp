// timeline_model.hpp: what a saved trace says happened, as processes, pipes
// and moments, ready to draw (timeline_html.cpp) or export (timeline_json.cpp).
// Built from the records of an event file (shell/sys/trace_record.hpp) alone:
// nothing here looks at /proc or at live processes.
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

#include "shell/sys/trace_record.hpp"

namespace forksh::timeline {

// One process: its lane. Times are indexes into Model::events (the picture
// gives every event its own column) and, for the JSON, nanoseconds.
struct Process {
    pid_t pid = 0;
    pid_t parent = 0;     // the process that forked or spawned it (0: unknown, a root)
    int depth = 0;        // nesting under its parent, for the lane's indent
    size_t born = 0;      // the fork or spawn event, or its first event
    long long exited = -1;  // its own "exit" record (a subshell's _exit); -1 unknown
    long long reaped = -1;  // the parent's waitpid that collected it; -1 never seen
    size_t last = 0;      // its last event of any kind
    pid_t group = 0;      // process group (after setpgid, if any)
    std::string status;   // "exited 0", "killed by SIGINT" ...
    // What the shell called it when it reaped it, for a copy of the shell
    // that ran no program: "subshell", "$(date)" (trace::who's name).
    std::string role;
    // What it runs, in order: "forksh" (a copy of its parent), then each
    // program it became with execve, with the event index of the change.
    std::vector<std::pair<size_t, std::string>> names;
    // --follow (task-* records): a thread is a lane of its own inside its
    // process; `tgid` is that process's pid (0: this lane is a process).
    pid_t tgid = 0;
    // An orphan: the event where its parent died and `adopted_by` (a
    // subreaper, or PID 1) became its parent.
    long long adopted_at = -1;
    pid_t adopted_by = 0;
    pid_t reaper = 0;  // who reaped it, when not its parent (0: unknown or its parent)
    // A process that was not followed, drawn only because it adopted or
    // reaped one that was (PID 1, a subreaper above the shell).
    bool outside = false;
};

// A pipe drawn from the process that writes it to the process that reads it:
// each side is the moment the end was put on its descriptor (dup2 onto 1 or
// 0, or a spawn that inherited it).
struct PipeLink {
    int pipe = 0;  // 1, 2, ... in the order pipe2 made them
    pid_t writer = 0, reader = 0;
    int writer_fd = 1, reader_fd = 0;
    size_t written_at = 0, read_at = 0;
};

// The terminal's foreground group from `at` on (tcsetpgrp).
struct Foreground {
    size_t at = 0;
    pid_t group = 0;
};

struct Model {
    std::vector<trace::Record> events;  // sorted by time
    std::vector<std::string> fd_tables;  // per event: the actor's descriptors after it ("" if unchanged)
    std::vector<Process> processes;     // parents before children (lane order)
    std::vector<PipeLink> pipes;
    std::vector<Foreground> foreground;
    std::vector<std::string> commands;  // the command lines, in order of first event
};

// Reads an event file; false with `error` set if it cannot be read or holds no record.
bool load_events(const std::string& path, std::vector<trace::Record>& out, std::string& error);
Model build_model(std::vector<trace::Record> events);

// Renderings (timeline_html.cpp, timeline_json.cpp).
std::string render_html(const Model& model);
std::string render_json(const Model& model);
// A ptree-like text (timeline_tree.cpp): each process and thread under its
// parent, with its programs, lifetime, end and reaper (the `follow` builtin).
std::string render_tree(const Model& model);

// load, build, render by the name of `out` (.html or .json), write it.
// `replace`: an existing `out` may be replaced (never a symbolic link).
bool render_file(const std::string& events_path, const std::string& out, bool replace, std::string& error);

// A JSON string literal, safe inside an HTML <script> as well ("<" escaped,
// so no "</script>" can end it).
std::string json_string(std::string_view text);

}  // namespace forksh::timeline
