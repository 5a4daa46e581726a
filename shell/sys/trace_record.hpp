// trace_record.hpp: one trace event as data, and its line in an event file.
// `--trace=FILE.events` (and the .events file behind FILE.html / FILE.json)
// holds one record per line, written with one write(2) each:
//   R1 <tab> ns <tab> pid <tab> ppid <tab> pgid <tab> kind <tab> as <tab> command <tab> text
//      <tab> key=value ...
// ns is CLOCK_MONOTONIC in nanoseconds; `as` is the program the process has
// just become (execve lines), else empty; `command` the command line the
// event belongs to; `text` the line the text trace prints. A tab, newline or
// backslash inside a value is written \t, \n, \\; a list value (argv) keeps
// its items apart with the byte 0x1f.
// Plain data and text only: the timeline renderer reads records back with
// decode(), so the two sides of the format live in this one file pair.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace forksh::trace {

// Separates the items of a list field (argv) inside one value.
constexpr char list_separator = '\x1f';

struct Record {
    long long ns = 0;
    pid_t pid = 0, ppid = 0, pgid = 0;
    std::string kind, as, command, text;
    std::vector<std::pair<std::string, std::string>> fields;

    // The value of `key` ("" when absent).
    std::string_view field(std::string_view key) const;
    bool has(std::string_view key) const;
    // The value of `key` as a number (`fallback` when absent or not a number).
    long long number(std::string_view key, long long fallback = -1) const;
};

// The record as one line, newline included.
std::string encode(const Record& record);
// A line back into a record; nullopt if it is not one (another version, a
// torn line of a process killed mid-write).
std::optional<Record> decode(std::string_view line);

}  // namespace forksh::trace
