// follow.cpp: the follower (follow.hpp). The shell's side: start (mmap of
// a page shared with every child, socketpair(2), fork(2) of the follower),
// stop (send, recv, waitpid(2)). A child's side: send(2) its pid, then
// futex(2) waits on the shared page until the follower has seized it. The
// follower's side: ptrace(2) (SEIZE, CONT, LISTEN, GETEVENTMSG),
// waitpid(2) with __WALL, poll(2) on the requests and a signalfd(2), and
// /proc/PID/{status,stat,cmdline,exe,comm} for what a task is and who its
// parent is now.
#include "shell/sys/follow.hpp"

#include <fcntl.h>
#include <linux/futex.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <map>
#include <new>
#include <vector>

#include "shell/base/output.hpp"
#include "shell/sys/dry_run.hpp"
#include "shell/sys/fd.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"

namespace forksh::follow {

namespace {

// The vfork child runs ask_to_be_seized on the shell's borrowed memory:
// no sanitizer instrumentation there (as spawn.cpp's child code).
#if defined(__clang__) || defined(__GNUC__)
#define FORKSH_CHILD_CODE __attribute__((no_sanitize("address", "undefined")))
#else
#define FORKSH_CHILD_CODE
#endif

constexpr size_t seized_slots = 256;

// Mapped MAP_SHARED before the follower and any child exist, so all of
// them see the same page. The follower puts each seized pid in a slot and
// bumps `generation`, a futex word the waiting children sleep on.
struct Page {
    std::atomic<int> active;
    std::atomic<int> generation;
    std::atomic<unsigned> next_slot;
    std::atomic<pid_t> seized[seized_slots];
};
Page* page = nullptr;
int request_fd = -1;  // the shell's end of the socketpair (children inherit it)
// A pidfd of the follower: readable once it has died, so that a child does
// not wait for a seize that will never come (the shell, suspended in vfork,
// cannot reap it, so "no such process" would come too late).
int follower_fd = -1;
pid_t follower = 0;
pid_t owner = 0;  // the shell that started the follower

enum Kind : int { Seize = 1, SeizeSpawned, SpawnWritten, Stop, Done };
struct Message {
    int kind;
    pid_t pid;
};

constexpr long long ms = 1000000LL;

long long now_ns() {
    struct timespec t {};
    ::clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec;
}

int futex(std::atomic<int>* word, int op, int value, const struct timespec* timeout) {
    return static_cast<int>(::syscall(SYS_futex, reinterpret_cast<int*>(word), op, value, timeout, nullptr, 0));
}

// ---- the follower ----

std::string read_text(const std::string& path) {
    std::string out;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return out;
    char buf[4096];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        out.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    return out;
}

// A number after "Key:\t" in /proc/PID/status; -1 when the task is gone.
pid_t status_field(pid_t pid, std::string_view key) {
    std::string text = read_text("/proc/" + std::to_string(pid) + "/status");
    size_t at = text.find("\n" + std::string(key) + ":\t");
    if (at == std::string::npos) return -1;
    return static_cast<pid_t>(std::atol(text.c_str() + at + key.size() + 3));
}

std::string comm_of(pid_t pid) {
    std::string c = read_text("/proc/" + std::to_string(pid) + "/comm");
    while (!c.empty() && c.back() == '\n') c.pop_back();
    return c;
}

// /proc/PID/stat after the name: state and parent. False when it is gone.
bool stat_of(pid_t pid, char& state, pid_t& parent) {
    std::string text = read_text("/proc/" + std::to_string(pid) + "/stat");
    size_t close = text.rfind(')');
    if (close == std::string::npos || close + 4 >= text.size()) return false;
    state = text[close + 2];
    parent = static_cast<pid_t>(std::atol(text.c_str() + close + 4));
    return true;
}

std::string base_name(const std::string& path) {
    size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool is_stop_signal(int sig) { return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU; }

struct Task {
    pid_t tgid = 0;
    pid_t parent = 0;  // the process it was born of, or that adopted it
    bool thread = false;
    // A copy of forksh (a child of the shell, or of a subshell): it writes
    // its own lines (fork, execve, _exit) until its execve, so the follower
    // writes none of those for it.
    bool self_recording = false;
    // A vfork child of a forksh: the forksh writes its steps and execve line
    // when it wakes after the execve; the child is held at its execve until
    // then, so that nothing its program does is written before them.
    bool spawned = false;
    bool written = false;  // spawn_written came (perhaps before the execve)
    long long held_since = 0;  // > 0: held at its execve
};

class Follower {
  public:
    Follower(int sock, pid_t shell) : sock_(sock), shell_(shell) {}
    [[noreturn]] void run();

  private:
    int sock_;
    pid_t shell_;
    std::map<pid_t, Task> tasks_;
    std::map<pid_t, int> early_;  // new tasks stopped before their parent's event came
    struct Zombie {
        pid_t pid, parent;
    };
    std::vector<Zombie> zombies_;
    // How often /proc is read for the zombies: every 1 ms after a new one
    // (a reaping is timed to about that), doubling up to 64 ms, so a zombie
    // nobody reaps does not keep the follower polling a thousand times a
    // second.
    int zombie_poll_ms_ = 1;
    bool stopping_ = false, reply_ = false;
    long long deadline_ = 0;

    void release(pid_t pid) {
        unsigned slot = page->next_slot.fetch_add(1) % seized_slots;
        page->seized[slot].store(pid);
        page->generation.fetch_add(1);
        futex(&page->generation, FUTEX_WAKE, INT_MAX, nullptr);
    }

    trace::Actor actor(pid_t pid, pid_t parent) const {
        pid_t group = ::getpgid(pid);
        return trace::Actor{pid, parent, group > 0 ? group : 0};
    }

    void refuse(pid_t pid, int error) {
        // One line, once: from now on no child asks.
        page->active.store(0);
        pid_t tracer = status_field(pid, "TracerPid");
        std::string why = tracer > 0 ? "it is traced already, by " + std::to_string(tracer)
                                     : std::string(std::strerror(error)) + " (see /proc/sys/kernel/yama/ptrace_scope)";
        write_all(2, "forksh: --follow: ptrace cannot follow " + std::to_string(pid) + ": " + why +
                         "; commands run unfollowed\n");
    }

    void seize(pid_t pid, bool spawned) {
        auto known = tasks_.find(pid);
        if (known == tasks_.end()) {
            if (page->active.load() == 0) return release(pid);
            long options = PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE | PTRACE_O_TRACEEXEC |
                           PTRACE_O_TRACEEXIT;
            if (::ptrace(PTRACE_SEIZE, pid, nullptr, reinterpret_cast<void*>(options)) != 0) {
                refuse(pid, errno);
                return release(pid);
            }
            Task t;
            t.tgid = pid;
            t.parent = status_field(pid, "PPid");
            t.self_recording = true;
            known = tasks_.emplace(pid, t).first;
        }
        // Asked again by a child followed since its birth (a subshell's
        // child): nothing to seize, but it may be a spawned one.
        known->second.spawned = spawned;
        release(pid);
    }

    void cont(pid_t pid, int sig) { ::ptrace(PTRACE_CONT, pid, nullptr, reinterpret_cast<void*>(static_cast<long>(sig))); }

    void on_birth(pid_t tid, int event) {
        unsigned long message = 0;
        ::ptrace(PTRACE_GETEVENTMSG, tid, nullptr, &message);
        pid_t child = static_cast<pid_t>(message);
        Task& parent = tasks_[tid];
        Task c;
        c.tgid = status_field(child, "Tgid");
        if (c.tgid <= 0) c.tgid = child;
        c.thread = c.tgid != child;
        c.parent = parent.tgid;
        c.self_recording = parent.self_recording && !c.thread;
        tasks_[child] = c;
        if (c.thread) {
            trace::event("task-thread", "clone -> thread {child} (a task sharing the memory of {tgid})")
                .by(actor(parent.tgid, status_field(parent.tgid, "PPid")))
                .num("child", child)
                .num("tgid", c.tgid)
                .num("by", tid)
                .emit();
        } else if (!parent.self_recording) {
            const char* how = event == PTRACE_EVENT_FORK ? "fork" : event == PTRACE_EVENT_VFORK ? "vfork" : "clone";
            trace::event("task-fork", "{how} -> child {child}")
                .by(actor(parent.tgid, status_field(parent.tgid, "PPid")))
                .str("how", how)
                .num("child", child)
                .num("by", tid)
                .num("group", ::getpgid(child))
                .emit();
        }
        auto early = early_.find(child);
        if (early != early_.end()) {
            int status = early->second;
            early_.erase(early);
            on_stop(child, status);
        }
    }

    void write_exec(pid_t pid, const Task& t) {
        std::string dir = "/proc/" + std::to_string(pid);
        char path[PATH_MAX];
        ssize_t n = ::readlink((dir + "/exe").c_str(), path, sizeof path - 1);
        std::string exe = n > 0 ? std::string(path, static_cast<size_t>(n)) : std::string();
        std::vector<std::string> argv;
        std::string cmdline = read_text(dir + "/cmdline");
        for (size_t start = 0; start < cmdline.size();) {
            size_t end = cmdline.find('\0', start);
            if (end == std::string::npos) end = cmdline.size();
            argv.push_back(cmdline.substr(start, end - start));
            start = end + 1;
        }
        std::string program = argv.empty() ? base_name(exe) : base_name(argv[0]);
        trace::event("task-exec", "execve {path} [{argv}]")
            .by(actor(pid, t.parent))
            .as(program)
            .str("path", exe)
            .list("argv", argv)
            .emit();
    }

    // Returns false when the task is held at its execve (not continued).
    bool on_exec(pid_t pid) {
        unsigned long former = 0;
        ::ptrace(PTRACE_GETEVENTMSG, pid, nullptr, &former);
        if (static_cast<pid_t>(former) != pid) tasks_.erase(static_cast<pid_t>(former));  // a thread's execve
        Task& t = tasks_[pid];
        t.thread = false;
        t.tgid = pid;
        if (t.self_recording) {
            // The forksh wrote this execve itself.
            t.self_recording = false;
            if (t.spawned && !t.written) {
                t.held_since = now_ns();
                return false;
            }
            return true;
        }
        write_exec(pid, t);
        return true;
    }

    void on_exit_stop(pid_t pid) {
        unsigned long message = 0;
        ::ptrace(PTRACE_GETEVENTMSG, pid, nullptr, &message);
        int status = static_cast<int>(message);
        Task& t = tasks_[pid];
        pid_t parent = status_field(t.tgid, "PPid");
        if (parent > 0 && !t.thread) t.parent = parent;
        if (t.self_recording) return;  // a forksh writes its own _exit
        if (t.thread)
            trace::event("task-exit", "thread {pid} of {tgid} ends: {result}")
                .by(actor(pid, t.tgid))
                .num("pid", pid)
                .num("tgid", t.tgid)
                .num("status", status)
                .str("result", sys::describe_wait_status(status))
                .emit();
        else
            trace::event("task-exit", "ends: {result} (its parent is {parent})")
                .by(actor(pid, t.parent))
                .num("status", status)
                .str("result", sys::describe_wait_status(status))
                .num("parent", t.parent)
                .emit();
    }

    // Gone for the tracer: a thread is gone for good; a process is a
    // zombie until its parent (or the one that adopted it) reaps it.
    void on_gone(pid_t pid) {
        auto it = tasks_.find(pid);
        if (it == tasks_.end()) return;
        Task t = it->second;
        tasks_.erase(it);
        if (t.thread) return;
        // Its children that live on were re-parented as it died: to the
        // nearest subreaper above it, or to PID 1.
        for (auto& [cpid, c] : tasks_) {
            if (c.thread || c.parent != pid) continue;
            pid_t now = status_field(cpid, "PPid");
            if (now <= 0 || now == pid) continue;
            c.parent = now;
            trace::event("task-adopted", "orphan: its parent {old} died; adopted by {parent} ({name})")
                .by(actor(cpid, now))
                .num("old", pid)
                .num("parent", now)
                .str("name", comm_of(now))
                .emit();
        }
        if (t.self_recording) return;  // a forksh's parent is a forksh, which writes its waitpid
        char state = 0;
        pid_t parent = 0;
        bool there = stat_of(pid, state, parent);
        if (there && state == 'Z') {
            zombies_.push_back(Zombie{pid, parent});
            zombie_poll_ms_ = 1;
        }
        else if (!there && !writes_waitpid(t.parent)) reaped(pid, t.parent);
    }

    // A forksh (the shell, or a copy of it) writes its own waitpid lines.
    bool writes_waitpid(pid_t parent) const {
        auto it = tasks_.find(parent);
        return parent == shell_ || (it != tasks_.end() && it->second.self_recording);
    }

    void reaped(pid_t pid, pid_t by) {
        trace::event("task-reaped", "reaped by {reaper} ({name}): its zombie is gone")
            .by(actor(pid, by))
            .num("pid", pid)
            .num("reaper", by)
            .str("name", comm_of(by))
            .emit();
    }

    // The zombies of reapers the follower cannot see waiting: a look at
    // /proc every millisecond until each is gone (its reaping, to within
    // that millisecond).
    void watch_zombies() {
        std::erase_if(zombies_, [this](Zombie& z) {
            char state = 0;
            pid_t parent = 0;
            if (stat_of(z.pid, state, parent) && state == 'Z') {
                z.parent = parent;  // its parent died too: adopted as a zombie
                return false;
            }
            if (!writes_waitpid(z.parent)) reaped(z.pid, z.parent);
            return true;
        });
    }

    bool waiting_for_reaper() const {
        for (const Zombie& z : zombies_)
            if (!writes_waitpid(z.parent)) return true;
        return false;
    }

    void on_stop(pid_t pid, int status) {
        auto it = tasks_.find(pid);
        int sig = WSTOPSIG(status), event = status >> 16;
        if (it == tasks_.end()) {
            // A new task's first stop, before its parent's fork event: it
            // waits (stopped) until that event says whose it is.
            if (event == PTRACE_EVENT_STOP) early_[pid] = status;
            else cont(pid, event == 0 ? sig : 0);
            return;
        }
        switch (event) {
            case PTRACE_EVENT_FORK:
            case PTRACE_EVENT_VFORK:
            case PTRACE_EVENT_CLONE: on_birth(pid, event); return cont(pid, 0);
            case PTRACE_EVENT_EXEC:
                if (on_exec(pid)) cont(pid, 0);
                return;
            case PTRACE_EVENT_EXIT: on_exit_stop(pid); return cont(pid, 0);
            case PTRACE_EVENT_STOP:
                // A group-stop stays a stop (the parent sees it, SIGCONT ends
                // it); any other event-stop (a new task's first) goes on.
                if (is_stop_signal(sig)) ::ptrace(PTRACE_LISTEN, pid, nullptr, nullptr);
                else cont(pid, 0);
                return;
            default:
                // A signal on its way to the task: delivered, unchanged.
                return cont(pid, sig);
        }
    }

    void drain_waits() {
        for (;;) {
            int status = 0;
            pid_t pid = ::waitpid(-1, &status, __WALL | WNOHANG);
            if (pid <= 0) return;
            if (WIFSTOPPED(status)) on_stop(pid, status);
            else if (WIFEXITED(status) || WIFSIGNALED(status)) on_gone(pid);
        }
    }

    void drain_requests() {
        for (;;) {
            Message m{};
            ssize_t n = ::recv(sock_, &m, sizeof m, MSG_DONTWAIT);
            if (n != static_cast<ssize_t>(sizeof m)) return;
            if (m.kind == Seize || m.kind == SeizeSpawned) {
                seize(m.pid, m.kind == SeizeSpawned);
            } else if (m.kind == SpawnWritten) {
                auto it = tasks_.find(m.pid);
                if (it == tasks_.end()) continue;
                it->second.written = true;
                if (it->second.held_since > 0) {
                    it->second.held_since = 0;
                    cont(m.pid, 0);
                }
            } else if (m.kind == Stop) {
                stopping_ = reply_ = true;
                deadline_ = now_ns() + 2000 * ms;
            }
        }
    }

    // A spawned child whose lines never came (the shell was killed): let go.
    bool release_held() {
        bool any = false;
        for (auto& [pid, t] : tasks_) {
            if (t.held_since == 0) continue;
            if (now_ns() - t.held_since > 1000 * ms) {
                t.held_since = 0;
                cont(pid, 0);
            } else {
                any = true;
            }
        }
        return any;
    }
};

void Follower::run() {
    sigset_t wanted;
    sigemptyset(&wanted);
    for (int sig : {SIGCHLD, SIGTERM, SIGHUP}) sigaddset(&wanted, sig);
    int signals = ::signalfd(-1, &wanted, SFD_CLOEXEC | SFD_NONBLOCK);
    // Without it every signal would stay blocked, the shell's death
    // (PR_SET_PDEATHSIG) unheard: then leave at once, letting every task go.
    if (signals < 0) stopping_ = true;
    for (;;) {
        drain_waits();
        drain_requests();
        bool holding = release_held();
        watch_zombies();
        // Stopping: once every task has ended and every zombie that another
        // process (PID 1, a subreaper) must reap is gone; at most two seconds.
        if (stopping_ && ((tasks_.empty() && !waiting_for_reaper()) || now_ns() > deadline_)) break;
        int timeout = holding ? 1 : !zombies_.empty() ? zombie_poll_ms_ : stopping_ ? 10 : -1;
        if (!zombies_.empty() && !holding) zombie_poll_ms_ = std::min(zombie_poll_ms_ * 2, 64);
        struct pollfd fds[2] = {{sock_, POLLIN, 0}, {signals, POLLIN, 0}};
        if (::poll(fds, 2, timeout) < 0 && errno != EINTR) break;
        struct signalfd_siginfo info {};
        while (::read(signals, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
            if (info.ssi_signo != SIGCHLD && !stopping_) {
                // The shell died (PR_SET_PDEATHSIG) or the follower is told
                // to go: let every task go now.
                stopping_ = true;
                deadline_ = now_ns();
            }
        }
    }
    // What was still waiting is handled, so no signal is lost, then every
    // task left is let go: the kernel detaches a tracer's tasks as it exits
    // (a group-stop stays a stop; a signal on its way is delivered).
    drain_waits();
    for (auto& [pid, t] : tasks_) {
        if (t.held_since > 0) cont(pid, 0);
        if (t.thread) continue;
        trace::event("task-detached", "still running when following stopped: let go, untraced")
            .by(actor(pid, t.parent))
            .emit();
    }
    if (reply_) {
        Message done{Done, ::getpid()};
        ::send(sock_, &done, sizeof done, MSG_NOSIGNAL);
    }
    ::_exit(0);
}

// The follower's start: its own group (a Ctrl-C at the terminal is not
// for it), every signal blocked (read from a signalfd instead; a blocked
// SIGTTOU also lets it write to the terminal from that group), the
// default SIGCHLD (the shell's reaper is not its), SIGTERM when the shell
// dies, and only the descriptors it writes to.
[[noreturn]] void become_follower(int sock, pid_t shell) {
    ::setpgid(0, 0);
    sigset_t all;
    sigfillset(&all);
    ::sigprocmask(SIG_SETMASK, &all, nullptr);
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; ++sig) ::sigaction(sig, &dfl, nullptr);
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    ::prctl(PR_SET_NAME, "forksh-follow");
    if (::getppid() != shell) ::raise(SIGTERM);  // the shell died before prctl
    // Every other descriptor closed, however high (close_range(2) over the
    // gaps between the kept ones): a pipe end held here would keep its
    // reader from ever seeing end of file.
    int keep[] = {2, sock, trace::settings().fd};
    std::sort(std::begin(keep), std::end(keep));
    unsigned from = 0;
    for (int k : keep) {
        if (k < 0 || static_cast<unsigned>(k) < from) continue;
        if (static_cast<unsigned>(k) > from) ::close_range(from, static_cast<unsigned>(k) - 1, 0);
        from = static_cast<unsigned>(k) + 1;
    }
    ::close_range(from, ~0U, 0);
    trace::settings().command.clear();
    Follower(sock, shell).run();
}

}  // namespace

bool on() { return page && page->active.load() != 0; }

pid_t follower_pid() { return page ? follower : 0; }

bool start(std::string& error) {
    // Running already (perhaps refused by ptrace, which it said once).
    if (page && follower != 0) return true;
    if (!page) {
        void* mapped = ::mmap(nullptr, sizeof(Page), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (mapped == MAP_FAILED) {
            error = std::string("mmap: ") + std::strerror(errno);
            return false;
        }
        page = new (mapped) Page{};
    }
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, ends) != 0) {
        error = std::string("socketpair: ") + std::strerror(errno);
        return false;
    }
    pid_t shell = ::getpid();
    // Not sys::fork: the follower is no command; it writes no line of its own.
    pid_t pid = ::fork();
    if (pid < 0) {
        error = std::string("fork: ") + std::strerror(errno);
        ::close(ends[0]);
        ::close(ends[1]);
        return false;
    }
    if (pid == 0) {
        ::close(ends[0]);
        become_follower(ends[1], shell);
    }
    ::close(ends[1]);
    request_fd = ::fcntl(ends[0], F_DUPFD_CLOEXEC, 200);
    ::close(ends[0]);
    if (request_fd < 0) {  // no free descriptor: no follower
        error = std::string("fcntl: ") + std::strerror(errno);
        ::kill(pid, SIGKILL);  // not yet waited for: the pid is still its own
        int status;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        return false;
    }
    fd_registry::adopt(request_fd);  // a user's `exec 201>f` moves it
    follower = pid;
    owner = shell;
    follower_fd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
    if (follower_fd >= 0) {
        int high = ::fcntl(follower_fd, F_DUPFD_CLOEXEC, 200);
        ::close(follower_fd);
        follower_fd = high;
        fd_registry::adopt(follower_fd);
    }
    page->active.store(1);
    return true;
}

void stop() {
    if (!page || owner != ::getpid() || follower == 0) return;
    page->active.store(0);
    // SIGCHLD blocked until the follower is reaped here, so that the
    // shell's reaper does not take it for a command's child.
    sigset_t chld, old;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    ::sigprocmask(SIG_BLOCK, &chld, &old);
    Message m{Stop, 0};
    bool done = false;
    if (::send(request_fd, &m, sizeof m, MSG_NOSIGNAL) == static_cast<ssize_t>(sizeof m)) {
        struct pollfd p {request_fd, POLLIN, 0};
        // The follower follows for two seconds at most, then lets go.
        long long until = now_ns() + 5000 * ms;
        while (!done && now_ns() < until) {
            if (::poll(&p, 1, 100) <= 0) continue;
            Message reply{};
            if (::recv(request_fd, &reply, sizeof reply, MSG_DONTWAIT) == static_cast<ssize_t>(sizeof reply))
                done = reply.kind == Done;
        }
    }
    // Its exit detaches every task. Through the pidfd when there is one: if
    // the follower died before and was reaped, its pid may be another
    // process's now, which the pidfd never names.
    if (!done) {
        if (follower_fd >= 0) ::syscall(SYS_pidfd_send_signal, follower_fd, SIGKILL, nullptr, 0);
        else ::kill(follower, SIGKILL);
    }
    int status;
    while (::waitpid(follower, &status, 0) < 0 && errno == EINTR) {
    }
    ::sigprocmask(SIG_SETMASK, &old, nullptr);
    fd_registry::forget(request_fd);
    ::close(request_fd);
    request_fd = -1;
    if (follower_fd >= 0) {
        fd_registry::forget(follower_fd);
        ::close(follower_fd);
        follower_fd = -1;
    }
    follower = 0;
}

FORKSH_CHILD_CODE void ask_to_be_seized(bool spawned) {
    Page* p = page;
    if (!p || p->active.load() == 0 || sys::dry_run::on()) return;
    pid_t me = static_cast<pid_t>(::syscall(SYS_getpid));
    Message m{spawned ? SeizeSpawned : Seize, me};
    if (::send(request_fd, &m, sizeof m, MSG_NOSIGNAL) != static_cast<ssize_t>(sizeof m)) return;
    struct timespec start {}, now {};
    ::clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        int seen = p->generation.load();
        for (auto& slot : p->seized) {
            pid_t expected = me;
            if (slot.load() == me && slot.compare_exchange_strong(expected, 0)) return;
        }
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec >= 2) return;  // a follower that is gone: run unfollowed
        struct timespec wait {0, 50 * 1000 * 1000};
        if (futex(&p->generation, FUTEX_WAIT, seen, &wait) != 0 && errno == ETIMEDOUT) {
            struct pollfd dead {follower_fd, POLLIN, 0};
            if (follower_fd >= 0 && ::poll(&dead, 1, 0) > 0) {
                p->active.store(0);  // the follower died: nobody will seize
                return;
            }
        }
    }
}

void spawn_written(pid_t pid) {
    if (!on()) return;
    Message m{SpawnWritten, pid};
    ::send(request_fd, &m, sizeof m, MSG_NOSIGNAL);
}

}  // namespace forksh::follow
