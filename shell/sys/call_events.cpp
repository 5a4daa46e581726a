// call_events.cpp: the trace lines of call_events.hpp. Writes only through
// the trace (trace.cpp); makes no system call of its own.
#include "shell/sys/call_events.hpp"

#include <fcntl.h>

#include "shell/sys/trace.hpp"

namespace forksh::sys::events {

std::string open_flags_text(int flags) {
    std::string text = (flags & O_ACCMODE) == O_RDONLY ? "read"
                       : (flags & O_ACCMODE) == O_WRONLY ? "write" : "read-write";
    if (flags & O_CREAT) text += ", create";
    if (flags & O_TRUNC) text += ", truncate";
    if (flags & O_APPEND) text += ", append";
    if (flags & O_EXCL) text += ", must not exist";
    return text;
}

std::string_view program_name(std::string_view path) {
    size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

void execve(const std::string& path, const std::vector<std::string>& argv, pid_t group, const trace::Actor& by) {
    // The [trace PID NAME] is the pid and the name the new program has.
    trace::event("execve", "execve {path} [{argv}] (group {group})")
        .by(by)
        .as(program_name(path))
        .str("path", path)
        .list("argv", argv)
        .num("group", group)
        .emit();
}

void open(const std::string& path, int flags, int fd, const trace::Actor& by) {
    trace::event("open", "open {path} ({mode}) -> fd {fd}")
        .by(by)
        .str("path", path)
        .str("mode", open_flags_text(flags))
        .num("cloexec", (flags & O_CLOEXEC) != 0)
        .num("fd", fd)
        .emit();
}

void dup2(int from, int to, const trace::Actor& by) {
    trace::event("dup2", "dup2 {from} -> {to}").by(by).num("from", from).num("to", to).emit();
}

void close(int fd, const trace::Actor& by) { trace::event("close", "close {fd}").by(by).num("fd", fd).emit(); }

void setpgid(pid_t pid, pid_t pgid, pid_t who, pid_t group, const trace::Actor& by) {
    trace::event("setpgid", "setpgid({pid}, {pgid}): {who} is in group {group}")
        .by(by)
        .num("pid", pid)
        .num("pgid", pgid)
        .num("who", who)
        .num("group", group)
        .emit();
}

void tcsetpgrp(pid_t group, const trace::Actor& by) {
    trace::event("tcsetpgrp", "tcsetpgrp: terminal now belongs to group {group}").by(by).num("group", group).emit();
}

}  // namespace forksh::sys::events
