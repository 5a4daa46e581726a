// call_events.hpp: the trace line of each system call that starts a
// program, written in one place for both kinds of writer: the process that
// made the call (sys.cpp), and the shell writing the steps of a child it
// made with vfork or posix_spawn, which cannot write them itself (spawn.cpp,
// with `by` naming the child). So a spawned child's lines read exactly like
// a forked child's.
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

#include "shell/sys/trace_event.hpp"

namespace forksh::sys::events {

// "write, create, truncate" for O_WRONLY|O_CREAT|O_TRUNC: what an open asks for.
std::string open_flags_text(int flags);
// "wc" for /usr/bin/wc: the name a process has after execve.
std::string_view program_name(std::string_view path);

void execve(const std::string& path, const std::vector<std::string>& argv, pid_t group,
            const trace::Actor& by = {});
void open(const std::string& path, int flags, int fd, const trace::Actor& by = {});
void dup2(int from, int to, const trace::Actor& by = {});
void close(int fd, const trace::Actor& by = {});
// setpgid(pid, pgid) that worked: `who` is now in `group` (both resolved from 0).
void setpgid(pid_t pid, pid_t pgid, pid_t who, pid_t group, const trace::Actor& by = {});
void tcsetpgrp(pid_t group, const trace::Actor& by = {});

}  // namespace forksh::sys::events
