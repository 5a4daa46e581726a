// trace_event.hpp: how a call site records one trace event.
//
//   trace::event("dup2", "dup2 {from} -> {to}").num("from", from).num("to", to).emit();
//
// The event is data first: a kind, named fields, and a text template whose
// {name} holes are filled from those fields. emit() then writes it once, in
// the trace's one format: the text line (`[trace PID] dup2 4 -> 1`, the same
// words the text trace always had) or a record in an event file
// (trace_record.hpp) that `timeline` draws. Fields the template does not
// name (a raw wait status, the pid behind "2006 (wc)") go only into the record.
// With the trace off, every step returns at once: nothing is formatted, and
// emit() writes nothing.
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

namespace forksh::trace {

// Who did what a line tells, when it is not the process writing it: a
// spawned child, whose steps the shell writes (Event::by). pid 0: the writer.
struct Actor {
    pid_t pid = 0, parent = 0, group = 0;
};

class Event {
  public:
    // `kind` names the event for explain mode and the picture ("fork",
    // "execve", ...); `text` is the template, with {key} for each field shown.
    // Both must outlive the event (string literals at every call site).
    Event(std::string_view kind, std::string_view text);
    Event& num(const char* key, long long value);
    Event& str(const char* key, std::string_view value);
    // A list (argv): items kept apart in the record, "a, b" in the text.
    Event& list(const char* key, const std::vector<std::string>& items);
    // The line of a process that has just become `program` (execve):
    // "[trace PID program] ...".
    Event& as(std::string_view program);
    // A line about what another process did: the shell writes the steps of
    // a child it made with vfork or posix_spawn, which writes nothing itself
    // (it borrows the shell's memory), once that child has called execve.
    // The line then carries the child's pid, parent and group.
    Event& by(const Actor& actor);
    // For the picture only: written as a record, never as a text line (the
    // text trace keeps the lines students and golden tests know).
    Event& record_only();
    // Write it: one write(2), whole, to the trace's descriptor.
    void emit();

    struct Field {
        const char* key;
        bool is_number;
        long long number;
        std::string text;
    };

  private:
    bool active_;
    bool record_only_ = false;
    std::string_view kind_, text_, as_;
    Actor actor_;
    std::vector<Field> fields_;
};

inline Event event(std::string_view kind, std::string_view text) { return Event(kind, text); }

// The text of an event: `text` with each {key} replaced by that field's value
// (a list as "a, b"); "{{" and "}}" are plain braces. An unknown key stays as
// it is written, so a slip shows in the trace instead of ending the shell.
std::string render_text(std::string_view text, const std::vector<Event::Field>& fields);

}  // namespace forksh::trace
