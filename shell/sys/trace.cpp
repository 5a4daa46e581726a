// trace.cpp: writes each event once, as a text line or as a record
// (trace_record.hpp), with write(2), which is safe in a freshly forked child
// (no stdio buffers are shared or duplicated).
// It also holds the explanations: one sentence per kind of event, printed
// under the first line of that kind when explain mode is on.
// System calls: write(2), getpid(2), mmap(2) (the page shared with children:
// "explained" flags and released pids), fcntl(F_DUPFD_CLOEXEC) once for the
// trace's own descriptor, ioctl(TIOCGWINSZ) for the width in explain mode;
// open(2) for --trace=FILE; for a record, clock_gettime(CLOCK_MONOTONIC)
// (vDSO), getppid(2) and getpgrp(2).
#include "shell/sys/trace.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <deque>
#include <utility>

#include "shell/base/output.hpp"
#include "shell/sys/fd.hpp"
#include "shell/sys/trace_record.hpp"

namespace forksh::trace {

namespace {
// Far above 0-9 (the user's, POSIX) and the 10+ copies that redirections of
// builtins keep aside: the trace's own descriptor starts here.
constexpr int trace_fd_floor = 200;

struct Entry {
    std::string_view kind, text;
};

// The sentence for every kind of event the trace emits. The kinds are the
// first argument of trace::line in sys.cpp, jobs.cpp, signals.cpp and
// process.cpp.
constexpr Entry entries[] = {
    {"fork",
     "fork() makes a second process that is a copy of the shell: same memory (shared "
     "copy-on-write until either writes), same open files, same signal dispositions; it "
     "returns the child's pid to the parent and 0 to the child, and from here on both run."},
    {"execve",
     "execve() throws away the child's copy of the shell and loads the program in its place: "
     "same pid, same process group, same open descriptors (except close-on-exec ones); "
     "it never returns unless it fails."},
    {"spawn",
     "vfork or posix_spawn makes the child and loads the program in one step: the child "
     "borrows the shell's memory for the moment before its execve (clone with CLONE_VM and "
     "CLONE_VFORK; the shell sleeps meanwhile), so no page table is copied. What the child "
     "must do first (join the job's process group, take the terminal, move pipe ends and "
     "files onto 0, 1, 2, put /dev/null on its stdin in a script's background job, set its "
     "signals) is decided by the shell beforehand and carried "
     "out by the child with plain system calls (vfork, as dash does) or as posix_spawn's "
     "file actions; only shell code in the child (a builtin, a subshell) needs a real fork."},
    {"waitpid",
     "waitpid() is how a parent learns what became of a child: exited with a status, killed "
     "by a signal, stopped or continued; the shell's SIGCHLD handler calls it with WNOHANG "
     "so that it never blocks. Each reap shows three lines: SIGCHLD (the kernel's notice), "
     "waitpid (the status collected), reaped (the job table updated, the zombie gone)."},
    {"reaped",
     "A child that has exited stays a zombie (state Z: no memory, no program, just its pid "
     "and exit status) until its parent collects the status with waitpid(); that "
     "collection, called reaping, frees the pid for good."},
    {"reaped-orphan",
     "This process was not started by the shell: its own parent died first, and the kernel "
     "re-parented the orphan to the nearest subreaper (or PID 1), which must reap it or it "
     "stays a zombie forever."},
    {"pipe2",
     "pipe2() creates a one-way channel in the kernel: bytes written to the write end come "
     "out of the read end; O_CLOEXEC makes both ends close by themselves at execve, so only "
     "the copies a child moves to 0 or 1 survive into the command."},
    {"dup2",
     "dup2(a, b) makes descriptor b a copy of a (closing b first): this is how a file or a "
     "pipe end becomes 0, 1 or 2. For a program the child does it, just before execve, so "
     "the shell's own descriptors stay as they are; for a builtin the shell does it, and "
     "undoes it afterwards with the copy it kept aside."},
    {"dup",
     "fd N kept aside: a builtin, function or { } runs in the shell itself, with no child to "
     "throw away, so before its redirection changes fd N the shell copies N above 10 "
     "(close-on-exec) and puts it back afterwards."},
    {"close",
     "close() drops a descriptor this process no longer needs, such as the original number "
     "after dup2 copied it onto 0, 1 or 2; for pipes it matters most: a reader sees "
     "end-of-file only when every copy of the write end is closed."},
    {"devnull",
     "A background job of a script (no job control) gets /dev/null on its stdin (POSIX): "
     "it must not read the input the shell itself is reading its commands from."},
    {"open",
     "open() gives this process a new descriptor for a file. For a command's redirection "
     "it happens in the child, after fork: a failure (no such file, permission denied) "
     "then fails only that command; for a builtin the shell opens it itself. The new "
     "descriptor is then moved onto 0, 1 or 2 with dup2."},
    {"setpgid",
     "setpgid() puts a process into a process group (a job); the shell calls it for the "
     "child and the child calls it for itself, because either may run first, and neither "
     "may go on (to tcsetpgrp or execve) before the group exists."},
    {"tcsetpgrp",
     "tcsetpgrp() gives the terminal to a process group: that group is now the foreground "
     "job, it may read the terminal, and Ctrl-C / Ctrl-Z send their signals to it alone; "
     "the shell takes the terminal back when the job ends or stops."},
    {"kill",
     "kill() sends a signal to a process, or to a whole process group when the pid is "
     "negative — which is how one Ctrl-C or `kill %1` reaches every stage of a pipeline."},
    {"child-signals",
     "A new process starts with its parent's signal dispositions, and execve resets only "
     "the caught ones to default: so the shell sets each signal the child must have "
     "(POSIX: a trap's command is the shell's own; an ignored signal stays ignored; a "
     "script's background job ignores Ctrl-C) before the program runs."},
    {"signal",
     "A signal was delivered to the shell; its handler only noted it, and the shell acts on "
     "it (runs the trap, passes it on) between commands, where that is safe."},
    {"sigchld",
     "SIGCHLD is the kernel telling the shell that a child changed state; the handler reaps "
     "in a loop, because several children may have exited for one delivered signal."},
    {"no-fork",
     "A command substitution of builtins that only write and give a status ($(echo hi), "
     "$(printf ...), $(pwd)) needs no child: they cannot change the shell, so the shell runs "
     "them itself and keeps what they write on stdout in memory, where a child would have "
     "used a pipe: no pipe2, no fork, no waitpid, and the same text and $? as from a child."},
    {"subreaper",
     "prctl(PR_SET_CHILD_SUBREAPER) makes this process the adopter of orphaned descendants: "
     "when a process below it loses its parent, it is re-parented here instead of to "
     "PID 1, and this process must reap it."},
    {"pid1",
     "PID 1 is special: the kernel sends it no signal it has not asked for, every orphan in "
     "its namespace is re-parented to it, and when it exits every other process in the "
     "namespace is killed — so it must reap orphans and pass signals on."},
};

// Explain mode says each sentence once across the shell and all its children:
// the flags live in a MAP_SHARED page, which fork does not copy, so a child's
// "I explained execve" is seen by its parent and its later siblings.
constexpr size_t entry_count = sizeof entries / sizeof entries[0];
constexpr size_t release_slots = 256;

// The same page holds the pids whose fork line has been written: the
// parent puts the child's pid in a slot, the child waits for it there and
// takes it out. A ring of slots, because a pipeline forks several children
// before any of them runs.
struct SharedPage {
    std::atomic<unsigned char> explained[entry_count];
    std::atomic<pid_t> released[release_slots];
    std::atomic<unsigned> next_slot;
};
SharedPage* shared = nullptr;

void map_shared_page() {
    if (shared) return;
    void* page = ::mmap(nullptr, sizeof(SharedPage), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) return;
    shared = new (page) SharedPage{};
}

// True the first time `kind` is seen in the whole process tree.
bool first_time(std::string_view kind) {
    for (size_t i = 0; i < entry_count; ++i) {
        if (entries[i].kind != kind) continue;
        if (!shared) return false;
        return shared->explained[i].exchange(1) == 0;
    }
    return false;
}

// The explanation under a line, wrapped to the terminal's width (80 when the
// trace does not go to a terminal): "        ^ " then lines indented by 10.
std::string wrapped_explanation(std::string_view text, int fd) {
    size_t width = 80;
    struct winsize ws {};
    if (::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) width = ws.ws_col;
    std::string out = "        ^ ";
    size_t column = out.size();
    while (!text.empty()) {
        size_t end = text.find(' ');
        std::string_view word = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (column > 10 && column + 1 + word.size() > width) {
            out += "\n          ";
            column = 10;
        } else if (column > 10) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out + "\n";
}

std::deque<std::pair<pid_t, std::string>>& names() {
    static std::deque<std::pair<pid_t, std::string>> n;
    return n;
}

void write_line(std::string_view kind, std::string out) {
    if (settings().explain) {
        map_shared_page();
        if (first_time(kind)) out += wrapped_explanation(explanation(kind), settings().fd);
    }
    // One write(2) per event: lines from parent and children interleave
    // whole, never in pieces.
    write_all(settings().fd, out);
}

long long monotonic_ns() {
    struct timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);  // vDSO: no system call
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

}  // namespace

Settings& settings() {
    static Settings s;
    return s;
}

void set_explain(bool on) {
    // Mapped here, before any fork, so that every child shares the flags.
    if (on) map_shared_page();
    settings().explain = on;
}

void enable(bool on) {
    Settings& s = settings();
    if (on && !s.fd_private) {
        // The trace's own copy of its target, taken once: later redirections
        // of 2 (`2>err.txt`, `2>&1`) change fd 2, never this one. A
        // descriptor given to the trace alone is closed then, so no command
        // inherits it; stderr is left alone.
        int copy = ::fcntl(s.fd, F_DUPFD_CLOEXEC, trace_fd_floor);
        if (copy >= 0) {
            if (s.fd_given && s.fd > 2) ::close(s.fd);
            s.fd = copy;
            s.fd_private = true;
            fd_registry::adopt(s.fd);  // a user's `exec 200>f` moves it (fd.hpp)
        }
    }
    // Mapped before any fork, so that every child shares the page.
    if (on) map_shared_page();
    s.enabled = on;
}

void write_event(std::string_view kind, std::string_view as, const std::string& text,
                 const std::vector<Event::Field>& fields) {
    const Settings& s = settings();
    if (!s.records) {
        write_line(kind, as.empty() ? fmt::format("[trace {}] {}\n", ::getpid(), text)
                                    : fmt::format("[trace {} {}] {}\n", ::getpid(), as, text));
        return;
    }
    // A record also says who the actor's parent and group are, so that the
    // picture can nest lanes and show groups without reading /proc later.
    Record r;
    r.ns = monotonic_ns();
    r.pid = ::getpid();
    r.ppid = ::getppid();
    r.pgid = ::getpgrp();
    r.kind = kind;
    r.as = as;
    r.command = s.command;
    r.text = text;
    r.fields.reserve(fields.size());
    for (const Event::Field& f : fields)
        r.fields.emplace_back(f.key, f.is_number ? std::to_string(f.number) : f.text);
    write_all(s.fd, encode(r));
}

void emit(std::string_view kind, std::string_view text) { write_event(kind, {}, std::string(text), {}); }

void emit_as(std::string_view kind, std::string_view name, std::string_view text) {
    if (on()) write_event(kind, name, std::string(text), {});
}

std::vector<PendingRender>& pending_renders() {
    static std::vector<PendingRender> p;
    return p;
}

bool wants_picture(std::string_view path) {
    return path.ends_with(".html") || path.ends_with(".json");
}

bool set_target(const std::string& path, std::string& error) {
    bool picture = wants_picture(path);
    std::string file = picture ? path + ".events" : path;
    // O_APPEND: the shell and its children share this file, and each record
    // or line is one write(2) that lands whole at the end.
    int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = file + ": " + std::strerror(errno);
        return false;
    }
    Settings& s = settings();
    // A target set again (`set -o trace=b.html` after a.html): the old
    // private copy goes, and the new file is copied above 200 at enable.
    if (s.fd_private) {
        fd_registry::forget(s.fd);
        ::close(s.fd);
        s.fd_private = false;
    } else if (s.fd_given && s.fd > 2) {
        ::close(s.fd);
    }
    s.fd = ::fcntl(fd, F_DUPFD_CLOEXEC, 10);
    ::close(fd);
    s.fd_given = true;
    s.records = picture || path.ends_with(".events");
    if (picture) pending_renders().push_back(PendingRender{::getpid(), file, path});
    if (s.enabled) enable(true);
    return true;
}

void release_child(pid_t child) {
    if (!on() || !shared) return;
    unsigned slot = shared->next_slot.fetch_add(1) % release_slots;
    shared->released[slot].store(child, std::memory_order_release);
}

void wait_for_release() {
    if (!on() || !shared) return;
    pid_t me = ::getpid();
    // Spin without system calls (so the traced shell makes the same calls as
    // the untraced one), checking the clock (vDSO, no system call either)
    // now and then; the parent writes one line, so the wait is short.
    struct timespec start {}, now {};
    ::clock_gettime(CLOCK_MONOTONIC, &start);
    for (unsigned spin = 1;; ++spin) {
        for (auto& slot : shared->released) {
            pid_t expected = me;
            if (slot.load(std::memory_order_acquire) == me &&
                slot.compare_exchange_strong(expected, 0))
                return;
        }
        if (spin % 1024 == 0) {
            ::clock_gettime(CLOCK_MONOTONIC, &now);
            if (now.tv_sec - start.tv_sec > 1) return;
        }
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
}

void name_process(pid_t pid, std::string_view name) {
    if (!on() || name.empty()) return;
    auto& n = names();
    for (auto& [p, text] : n)
        if (p == pid) {
            text = name;
            return;
        }
    n.emplace_back(pid, std::string(name));
    if (n.size() > 256) n.pop_front();
}

void name_program(pid_t pid, std::string_view path) {
    size_t slash = path.rfind('/');
    name_process(pid, slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string who(pid_t pid) {
    for (const auto& [p, text] : names())
        if (p == pid) return fmt::format("{} ({})", pid, text);
    return std::to_string(pid);
}

std::string_view explanation(std::string_view kind) {
    for (const Entry& e : entries)
        if (e.kind == kind) return e.text;
    return {};
}

std::span<const std::string_view> kinds() {
    static const auto names = [] {
        std::array<std::string_view, entry_count> a{};
        for (size_t i = 0; i < entry_count; ++i) a[i] = entries[i].kind;
        return a;
    }();
    return names;
}

}  // namespace forksh::trace
