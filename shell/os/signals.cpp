// signals.cpp: sigaction(2), sigprocmask(2), sigsuspend(2) and the SIGCHLD
// handler that reaps with waitpid(2).
#include "shell/os/signals.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"

namespace forksh::signals {

namespace {

// Room for many more simultaneous exits than a shell normally sees. If it
// fills, the handler stops reaping and reap_overflow() finishes the job.
constexpr size_t table_size = 4096;
ChildEvent table[table_size];
volatile sig_atomic_t table_count = 0;
volatile sig_atomic_t table_full = 0;

constexpr int max_sig = 65;
volatile sig_atomic_t pending[max_sig + 1];
volatile sig_atomic_t any_pending = 0;
bool start_ignored[max_sig + 1];

void on_sigchld(int) {
    int saved_errno = errno;  // waitpid may change errno under the main flow's feet
    while (table_count < static_cast<sig_atomic_t>(table_size)) {
        int status = 0;
        pid_t pid = ::waitpid(-1, &status, WNOHANG | WUNTRACED | WCONTINUED);
        if (pid <= 0) break;
        table[table_count].pid = pid;
        table[table_count].status = status;
        table_count = table_count + 1;
    }
    if (table_count >= static_cast<sig_atomic_t>(table_size)) table_full = 1;
    errno = saved_errno;
}

void on_trapped(int sig) {
    if (sig > 0 && sig <= max_sig) pending[sig] = 1;
    any_pending = 1;
}

// Signals this process set to SIG_IGN itself. execve(2) resets caught
// signals to the default by itself, but keeps ignored ones ignored: only
// these need resetting before exec, which saves ~60 sigaction calls per command.
bool ignored_by_us[max_sig + 1];

void set_handler(int sig, void (*handler)(int), int flags) {
    if (sig > 0 && sig <= max_sig) ignored_by_us[sig] = handler == SIG_IGN;
    struct sigaction sa {};
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = flags;
    ::sigaction(sig, &sa, nullptr);
}

}  // namespace

void install_child_reaper() {
    // SA_RESTART: a read(2) at the prompt is not interrupted by a child's exit.
    set_handler(SIGCHLD, on_sigchld, SA_RESTART);
}

void clear_child_events() {
    table_count = 0;
    table_full = 0;
}

size_t take_child_events(ChildEvent* out, size_t max) {
    size_t n = static_cast<size_t>(table_count);
    if (n > max) n = max;
    for (size_t i = 0; i < n; ++i) out[i] = table[i];
    size_t rest = static_cast<size_t>(table_count) - n;
    std::memmove(table, table + n, rest * sizeof(ChildEvent));
    table_count = static_cast<sig_atomic_t>(rest);
    return n;
}

void reap_overflow() {
    if (!table_full) return;
    table_full = 0;
    on_sigchld(SIGCHLD);
}

Block::Block(Which which) {
    sigset_t set;
    sigemptyset(&set);
    if (which == Which::All)
        sigfillset(&set);
    else
        sigaddset(&set, SIGCHLD);
    sys::sigprocmask(SIG_BLOCK, &set, &old_);
}

Block::~Block() { sys::sigprocmask(SIG_SETMASK, &old_, nullptr); }

void Block::wait_for_signal() { ::sigsuspend(&old_); }

void catch_trap(int sig) {
    // SIGCHLD keeps the reaper as its handler.
    if (sig <= 0 || sig > max_sig || sig == SIGCHLD) return;
    set_handler(sig, on_trapped, 0);
}

void ignore(int sig) {
    if (sig > 0 && sig != SIGCHLD) set_handler(sig, SIG_IGN, 0);
}

void set_default(int sig) {
    if (sig > 0 && sig != SIGCHLD) set_handler(sig, SIG_DFL, 0);
}

void remember_start_dispositions() {
    // The kernel lists the ignored signals in /proc/self/status ("SigIgn:",
    // a hex mask, bit n-1 for signal n): one read instead of a sigaction(2)
    // call per signal, which matters for a shell started thousands of times.
    if (FILE* status = std::fopen("/proc/self/status", "re")) {
        char line[256];
        bool found = false;
        unsigned long long mask = 0;
        while (std::fgets(line, sizeof line, status))
            if (std::sscanf(line, "SigIgn: %llx", &mask) == 1) {
                found = true;
                break;
            }
        std::fclose(status);
        if (found) {
            for (int sig = 1; sig <= max_sig && sig <= 64; ++sig) start_ignored[sig] = (mask >> (sig - 1)) & 1;
            return;
        }
    }
    for (int sig = 1; sig <= max_sig && sig <= SIGRTMAX; ++sig) {
        struct sigaction sa {};
        if (::sigaction(sig, nullptr, &sa) == 0) start_ignored[sig] = sa.sa_handler == SIG_IGN;
    }
}

bool ignored_at_start(int sig) { return sig > 0 && sig <= max_sig && start_ignored[sig]; }

int take_pending_trap() {
    if (!any_pending) return 0;
    for (int sig = 1; sig <= max_sig; ++sig) {
        if (pending[sig]) {
            pending[sig] = 0;
            trace::line("signal", "signal {} received", sys::signal_name(sig));
            return sig;
        }
    }
    any_pending = 0;
    return 0;
}

bool any_pending_trap() { return any_pending != 0; }

int peek_pending_trap() {
    if (!any_pending) return 0;
    for (int sig = 1; sig <= max_sig; ++sig)
        if (pending[sig]) return sig;
    return 0;
}

void exec_defaults(const bool* keep_ignored, int count, sigset_t* to_default) {
    sigemptyset(to_default);
    for (int sig = 1; sig <= max_sig && sig <= SIGRTMAX; ++sig) {
        if (sig == SIGKILL || sig == SIGSTOP) continue;
        bool keep = sig < count && keep_ignored != nullptr && keep_ignored[sig];
        if (!keep && (ignored_by_us[sig] || (start_ignored[sig] && keep_ignored != nullptr)))
            sigaddset(to_default, sig);
    }
}

void reset_for_exec(const bool* keep_ignored, int count) {
    sigset_t to_default;
    exec_defaults(keep_ignored, count, &to_default);
    for (int sig = 1; sig <= max_sig && sig <= SIGRTMAX; ++sig)
        if (sigismember(&to_default, sig)) set_handler(sig, SIG_DFL, 0);
    sigset_t empty;
    sigemptyset(&empty);
    sys::sigprocmask(SIG_SETMASK, &empty, nullptr);
}

}  // namespace forksh::signals
