// trace.cpp: writes each event once, as a text line or as a record
// (trace_record.hpp), with write(2), which is safe in a freshly forked child
// (no stdio buffers are shared or duplicated).
// In explain mode it prints, under the first line of each kind, that kind's
// sentence, which the teach layer gives it (set_sentences).
// System calls: write(2), getpid(2), mmap(2) (the page shared with children:
// "explained" flags and released pids), fcntl(F_DUPFD_CLOEXEC) once for the
// trace's own descriptor, ioctl(TIOCGWINSZ) for the width in explain mode;
// open(2) for --trace=FILE; for a record, clock_gettime(CLOCK_MONOTONIC)
// (vDSO), getppid(2) and getpgrp(2).
#include "shell/sys/trace.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <utility>

#include "shell/base/output.hpp"
#include "shell/sys/dry_run.hpp"
#include "shell/sys/fd.hpp"
#include "shell/sys/trace_record.hpp"

namespace forksh::trace {

namespace {
// Far above 0-9 (the user's, POSIX) and the 10+ copies that redirections of
// builtins keep aside: the trace's own descriptor starts here.
constexpr int trace_fd_floor = 200;

// Explain mode says each sentence once across the shell and all its children:
// the flags live in a MAP_SHARED page, which fork does not copy, so a child's
// "I explained execve" is seen by its parent and its later siblings.
constexpr size_t max_kinds = 64;
constexpr size_t release_slots = 256;

// The same page holds the pids whose fork line has been written: the
// parent puts the child's pid in a slot, the child waits for it there and
// takes it out. A ring of slots, because a pipeline forks several children
// before any of them runs.
struct SharedPage {
    std::atomic<unsigned char> explained[max_kinds];
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

// The sentences (shell/teach/sentences.cpp, set by set_sentences).
Sentences sentences{};

// True the first time `kind` is seen in the whole process tree.
bool first_time(std::string_view kind) {
    if (!shared || !sentences.kinds) return false;
    std::span<const std::string_view> all = sentences.kinds();
    for (size_t i = 0; i < all.size() && i < max_kinds; ++i)
        if (all[i] == kind) return shared->explained[i].exchange(1) == 0;
    return false;
}

// The explanation under a line, wrapped to the terminal's width (80 when the
// trace does not go to a terminal).
std::string wrapped_explanation(std::string_view text, int fd) {
    size_t width = 80;
    struct winsize ws {};
    if (::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) width = ws.ws_col;
    return sentence_under_line(text, width);
}

std::deque<std::pair<pid_t, std::string>>& names() {
    static std::deque<std::pair<pid_t, std::string>> n;
    return n;
}

void write_line(std::string_view kind, std::string out) {
    if (settings().explain) {
        map_shared_page();
        if (first_time(kind)) out += wrapped_explanation(sentences.of(kind), settings().fd);
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
                 const std::vector<Event::Field>& fields, const Actor& actor) {
    const Settings& s = settings();
    pid_t pid = actor.pid != 0 ? actor.pid : ::getpid();
    if (!s.records) {
        write_line(kind, as.empty() ? fmt::format("[trace {}] {}\n", pid, text)
                                    : fmt::format("[trace {} {}] {}\n", pid, as, text));
        return;
    }
    // A record also says who the actor's parent and group are, so that the
    // picture can nest lanes and show groups without reading /proc later.
    Record r;
    r.ns = monotonic_ns();
    r.pid = pid;
    r.ppid = actor.pid != 0 ? actor.parent : ::getppid();
    r.pgid = actor.pid != 0 ? actor.group : ::getpgrp();
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

std::vector<PendingRender>& pending_renders() {
    static std::vector<PendingRender> p;
    return p;
}

bool wants_picture(std::string_view path) {
    return path.ends_with(".html") || path.ends_with(".json");
}

int open_private_file(const std::string& path, bool replace, bool append) {
    int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC;
    flags |= append ? O_APPEND : replace ? O_TRUNC : O_EXCL;
    int fd;
    do fd = ::open(path.c_str(), flags, 0600);
    while (fd < 0 && errno == EINTR);
    return fd;
}

namespace {
// Why a trace file could not be made, in words that say what to do.
std::string refusal(const std::string& path, int error) {
    if (error == EEXIST)
        return path + ": already exists; the trace makes a new file (give +" + path +
               " to add to it, or remove it first)";
    if (error == ELOOP) return path + ": is a symbolic link; the trace does not write through one";
    return path + ": " + std::strerror(error);
}

// A folder only this user can enter, for the records behind a picture:
// $TMPDIR or /tmp, made by mkdtemp(3) with mode 0700.
bool private_folder(std::string& folder, std::string& error) {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/forksh-trace.XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        error = pattern + ": " + std::strerror(errno);
        return false;
    }
    folder = pattern;
    return true;
}
}  // namespace

bool set_target(const std::string& path_given, std::string& error) {
    // explain's dry run keeps writing its records where explain reads them,
    // and creates no file.
    if (sys::dry_run::on()) return true;
    // +FILE: the user says an existing file is fine.
    const bool plus = path_given.starts_with('+') && path_given.size() > 1;
    const std::string path = plus ? path_given.substr(1) : path_given;
    const bool picture = wants_picture(path);
    std::string file = path, folder;
    if (picture) {
        // Refused now, not at exit: an existing picture (or a link where it
        // should go), unless +. It is made with O_EXCL at exit all the same.
        struct stat st {};
        if (!plus && ::lstat(path.c_str(), &st) == 0) {
            error = refusal(path, S_ISLNK(st.st_mode) ? ELOOP : EEXIST);
            return false;
        }
        // ... and a folder it cannot be made in.
        size_t slash = path.rfind('/');
        std::string where = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
        if (::access(where.c_str(), W_OK | X_OK) != 0) {
            error = path + ": " + std::strerror(errno);
            return false;
        }
        if (!private_folder(folder, error)) return false;
        file = folder + "/events";
    }
    // O_APPEND: the shell and its children share this file, and each record
    // or line is one write(2) that lands whole at the end.
    int fd = open_private_file(file, false, plus || picture);
    if (fd < 0) {
        error = refusal(file, errno);
        if (picture) ::rmdir(folder.c_str());
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
    if (picture) pending_renders().push_back(PendingRender{::getpid(), file, path, folder, plus});
    if (s.enabled) enable(true);
    return true;
}

void record_into(int fd) {
    Settings& s = settings();
    if (s.fd_private) {
        fd_registry::forget(s.fd);
        ::close(s.fd);
    } else if (s.fd_given && s.fd > 2) {
        ::close(s.fd);
    }
    s.fd = fd;
    s.fd_private = false;
    s.fd_given = true;
    s.records = true;
    s.explain = false;
    pending_renders().clear();  // the real shell draws its own picture
    enable(true);
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

void set_sentences(const Sentences& words) { sentences = words; }

}  // namespace forksh::trace
