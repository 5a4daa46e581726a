// dry_run.cpp: the dry-run switch, the choice of what an open really opens
// in a dry run, and the throwaway copy that runs one (dry_run.hpp).
// System calls: stat(2); for run(): pipe2, fork, dup2, close, poll, read,
// kill, waitpid, sigprocmask, alarm, sigaction (not traced: see run()).
#include "shell/sys/dry_run.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <set>
#include <string>

#include "shell/sys/trace.hpp"

namespace forksh::sys::dry_run {

bool active = false;

namespace {
// Files the dry run opened for writing: they were not written, so a later
// read must not find the old contents (or fail because it does not exist).
std::set<std::string>& written() {
    static std::set<std::string> files;
    return files;
}
}  // namespace

void begin() { active = true; }

namespace {
long commands_left = command_budget;

// The copy's side: its descriptors, its trace, then the body.
[[noreturn]] void be_the_copy(const std::function<int()>& body, int out, int records, int seconds) {
    active = true;
    commands_left = command_budget;
    // A backstop for what the budget cannot see (a builtin that blocks):
    // SIGALRM at its default ends the copy.
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    ::sigaction(SIGALRM, &dfl, nullptr);
    ::alarm(static_cast<unsigned>(seconds));
    int null = ::open("/dev/null", O_RDONLY);
    if (null >= 0 && null != 0) {
        ::dup2(null, 0);
        ::close(null);
    }
    ::dup2(out, 1);
    ::dup2(out, 2);
    ::close(out);
    trace::record_into(records);
    int status = 0;
    try {
        status = body();
    } catch (...) {
        status = 2;
    }
    ::_exit(status & 0xff);
}

// Reads what `fd` has into `into`, up to `limit` bytes (the rest is read
// and dropped). False at end of file.
bool drain(int fd, std::string& into, size_t limit) {
    char buffer[8192];
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) return errno == EINTR || errno == EAGAIN;
    if (n == 0) return false;
    size_t room = into.size() < limit ? limit - into.size() : 0;
    into.append(buffer, std::min(room, static_cast<size_t>(n)));
    return true;
}

long long now_ms() {
    struct timespec t {};
    ::clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<long long>(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}
}  // namespace

bool spend() { return commands_left-- > 0; }

Result run(const std::function<int()>& body, int seconds) {
    Result result;
    int out[2], records[2];
    if (::pipe2(out, O_CLOEXEC) != 0) {
        result.error = errno;
        return result;
    }
    if (::pipe2(records, O_CLOEXEC) != 0) {
        result.error = errno;
        ::close(out[0]);
        ::close(out[1]);
        return result;
    }
    // SIGCHLD held: the copy's status is ours to collect, not the reaper's.
    sigset_t chld, old;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    ::sigprocmask(SIG_BLOCK, &chld, &old);
    pid_t copy = ::fork();
    if (copy == 0) {
        ::sigprocmask(SIG_SETMASK, &old, nullptr);
        ::close(out[0]);
        ::close(records[0]);
        be_the_copy(body, out[1], records[1], seconds);
    }
    ::close(out[1]);
    ::close(records[1]);
    result.copy = copy;
    if (copy < 0) {
        result.error = errno;
    } else {
        // Both pipes to their end: every process of the copy has exited
        // (or closed them), so the records are complete.
        constexpr size_t output_limit = 64 * 1024, records_limit = 8 * 1024 * 1024;
        struct pollfd fds[2] = {{out[0], POLLIN, 0}, {records[0], POLLIN, 0}};
        long long deadline = now_ms() + 1000LL * (seconds + 2);
        while (fds[0].fd >= 0 || fds[1].fd >= 0) {
            long long left = deadline - now_ms();
            if (left <= 0) {
                result.gave_up = true;
                ::kill(copy, SIGKILL);
                break;
            }
            int ready = ::poll(fds, 2, static_cast<int>(left));
            if (ready < 0 && errno != EINTR) break;
            for (int i = 0; i < 2; ++i) {
                if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
                bool more = i == 0 ? drain(fds[i].fd, result.output, output_limit)
                                   : drain(fds[i].fd, result.records, records_limit);
                if (!more) fds[i].fd = -1;
            }
        }
        int status = 0;
        while (::waitpid(copy, &status, 0) < 0 && errno == EINTR) {
        }
        if (WIFEXITED(status)) result.status = WEXITSTATUS(status);
        else if (WIFSIGNALED(status)) {
            result.status = 128 + WTERMSIG(status);
            if (WTERMSIG(status) == SIGALRM) result.gave_up = true;
        }
    }
    ::close(out[0]);
    ::close(records[0]);
    ::sigprocmask(SIG_SETMASK, &old, nullptr);
    return result;
}

namespace {
// The errno a write-open of `path` would get, checked without opening it
// (stat and access: root passes access checks, as it passes the open).
int write_error(const std::string& path, int flags) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if ((flags & O_CREAT) && (flags & O_EXCL)) return EEXIST;
        if (S_ISDIR(st.st_mode)) return EISDIR;
        return ::access(path.c_str(), W_OK) == 0 ? 0 : errno;
    }
    if (errno != ENOENT || !(flags & O_CREAT)) return errno;
    size_t slash = path.rfind('/');
    std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    return ::access(folder.c_str(), W_OK | X_OK) == 0 ? 0 : errno;
}
}  // namespace

OpenTarget open_target(const std::string& path, int flags) {
    const bool writes = (flags & O_ACCMODE) != O_RDONLY || (flags & (O_CREAT | O_TRUNC | O_APPEND)) != 0;
    if (writes) {
        if (int error = write_error(path, flags)) return {path, flags, error};
        written().insert(path);
        return {"/dev/null", flags & ~(O_CREAT | O_TRUNC | O_EXCL | O_APPEND), 0};
    }
    if (written().count(path)) return {"/dev/null", flags, 0};
    struct stat st {};
    // A missing file stays missing: the open fails as it would for real.
    if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) return {path, flags, 0};
    return {"/dev/null", flags, 0};
}

}  // namespace forksh::sys::dry_run
