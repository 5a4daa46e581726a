// proc_info.hpp: reading /proc, the kernel's window onto every process.
//
// Pure readers for ptree, pinfo and the lessons: each function opens a file
// under /proc/PID, parses it, and returns plain data (nothing is cached, and
// nothing here changes any process). A process may vanish between two reads;
// every reader then returns nullopt or an empty result, never throws.
// System calls: open(2)/read(2) (through std::ifstream), readlink(2),
// opendir(3)/readdir(3).
#pragma once

#include <sys/types.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace forksh::proc {

// /proc/PID/stat, the fields a teacher needs (proc(5) numbers them).
struct Stat {
    pid_t pid = 0;
    std::string comm;      // (2) the program name, at most 15 bytes
    char state = '?';      // (3) R S D T t Z X I
    pid_t ppid = 0;        // (4) parent
    pid_t pgrp = 0;        // (5) process group
    pid_t session = 0;     // (6)
    int tty_nr = 0;        // (7) controlling terminal (0: none)
    pid_t tpgid = 0;       // (8) foreground group of that terminal (-1: none)
    long num_threads = 0;  // (20)
    unsigned long long start_time = 0;  // (22) clock ticks after boot
    unsigned long vsize = 0;            // (23) bytes
    long rss_pages = 0;                 // (24)
};

std::optional<Stat> read_stat(pid_t pid);
// Parse the text of a stat file (exposed for tests). The comm field may hold
// spaces and parentheses, so it is taken up to the LAST ')'.
std::optional<Stat> parse_stat(std::string_view text);

// "running" for 'R', "sleeping" for 'S', "disk sleep" for 'D', "stopped" for
// 'T', "tracing stop" for 't', "zombie" for 'Z', "idle" for 'I', "dead" for
// 'X' (and "unknown" otherwise).
std::string_view state_word(char state);

// /proc/PID/status as "Name" -> "value" (values trimmed, units kept: "1234 kB").
std::optional<std::map<std::string, std::string>> read_status(pid_t pid);
// A "1234 kB" value in kB, or -1.
long kb_value(const std::map<std::string, std::string>& status, const std::string& key);

// /proc/PID/cmdline split at NULs. Empty for a zombie or a kernel thread.
std::vector<std::string> read_cmdline(pid_t pid);
// The command line joined with spaces; "[comm]" when cmdline is empty (a
// kernel thread) and "[comm] <defunct>" for a zombie, as ps shows them.
std::string command_line(pid_t pid, const Stat& stat);

// Every pid in /proc, in increasing order (threads not included).
std::vector<pid_t> all_pids();
// The program file a process runs: readlink(2) of /proc/PID/exe ("" if unknown).
std::string exe_path(pid_t pid);
// A snapshot of every process's stat. Processes that vanish while it is
// taken are left out.
std::vector<Stat> snapshot();
// Direct children of `pid` in a snapshot, ordered by pid.
std::vector<const Stat*> children_of(const std::vector<Stat>& all, pid_t pid);

// One entry of /proc/PID/fd: the descriptor, what the link names
// ("/dev/pts/0", "pipe:[12345]", "socket:[678]", "anon_inode:[eventfd]"),
// and its kind: "terminal", "pipe", "file", "directory", "device",
// "socket", "anon", or "other".
struct FdEntry {
    int fd = -1;
    std::string target;
    std::string kind;
};
// Its open descriptors; nullopt when this user may not read /proc/PID/fd
// (another user's process): not the same as none.
std::optional<std::vector<FdEntry>> read_fds(pid_t pid);
std::string classify_fd_target(std::string_view target);

// /proc/PID/maps summed up by what each region is for.
struct MapsSummary {
    long text_kb = 0;      // the program's own executable code (r-x of the main binary)
    long program_kb = 0;   // all regions of the main binary (code, constants, data)
    long heap_kb = 0;      // [heap]: malloc's brk area
    long stack_kb = 0;     // [stack] of the main thread
    long library_kb = 0;   // regions of shared libraries (.so files)
    long anonymous_kb = 0; // anonymous mappings (big mallocs, thread stacks, ...)
    long other_kb = 0;     // [vdso], [vvar], other files
    int regions = 0;
    std::vector<std::string> libraries;  // distinct .so paths, in map order
};
std::optional<MapsSummary> read_maps(pid_t pid);
// Summarise maps text, given the path of the main executable (tests).
MapsSummary summarize_maps(std::string_view text, std::string_view exe);

// Thread ids in /proc/PID/task (the first is the pid itself: the main thread).
std::vector<pid_t> read_tasks(pid_t pid);

// /proc/PID/smaps_rollup as "Rss" -> kB, "Shared_Clean" -> kB, ... (Linux 4.14).
std::optional<std::map<std::string, long>> read_smaps_rollup(pid_t pid);

// A signal mask as /proc/PID/status prints it (SigBlk, SigIgn, SigCgt: hex,
// bit n-1 for signal n) decoded to names: {"SIGINT", "SIGCHLD"}.
std::vector<std::string> decode_signal_mask(std::string_view hex);

}  // namespace forksh::proc
