// signals.cpp: sigaction(2), sigprocmask(2), sigsuspend(2) and the SIGCHLD
// handler that reaps with waitpid(2).
#include "shell/os/signals.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <string>

#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"

namespace forksh::signals {

namespace {

// Room for many more simultaneous exits than a shell normally sees. If it
// fills, the handler stops reaping and reap_overflow() finishes the job.
constexpr size_t table_size = 512;
ChildEvent table[table_size];
volatile sig_atomic_t table_count = 0;
volatile sig_atomic_t table_full = 0;

constexpr int max_sig = 65;
volatile sig_atomic_t pending[max_sig + 1];
volatile sig_atomic_t any_pending = 0;
bool start_ignored[max_sig + 1];

// `trap CMD CHLD`: SIGCHLD keeps the reaper as its handler (statuses must be
// collected whatever the user does), and the reaper marks the trap pending.
volatile sig_atomic_t chld_trapped = 0;

// Every status the kernel holds for a child, into the table.
void reap_into_table() {
    while (table_count < static_cast<sig_atomic_t>(table_size)) {
        int status = 0;
        // not traced: a signal handler may not format text or allocate
        pid_t pid = ::waitpid(-1, &status, WNOHANG | WUNTRACED | WCONTINUED);
        if (pid <= 0) break;
        table[table_count].pid = pid;
        table[table_count].status = status;
        table_count = table_count + 1;
    }
    if (table_count >= static_cast<sig_atomic_t>(table_size)) table_full = 1;
}

void on_sigchld(int) {
    int saved_errno = errno;  // waitpid may change errno under the main flow's feet
    if (chld_trapped) {
        pending[SIGCHLD] = 1;
        any_pending = 1;
    }
    reap_into_table();
    errno = saved_errno;
}

void on_trapped(int sig) {
    if (sig > 0 && sig <= max_sig) pending[sig] = 1;
    any_pending = 1;
}

// What this process has now for each signal, as far as this file knows
// (every sigaction of the shell goes through set_handler or note_handler).
// Starts as the dispositions received on entry.
enum class Now : unsigned char { Default, Ignored, Caught };
Now now[max_sig + 1];
// What a child gets when no trap says otherwise: the entry dispositions, plus
// SIGINT and SIGQUIT in an async list without job control.
bool inherit_ignored[max_sig + 1];
bool async_ignored[max_sig + 1];  // why: set by an async list, not on entry

// The entry dispositions are learned lazily: asking the kernel for all of
// them cost a `forksh -c true` 195 of its 2600 us (reading
// /proc/self/status in a fresh process), and most short runs never need
// them. A signal's entry disposition is known once the shell first changes
// it (sigaction(2) returns the old action in the same call), or once it is
// asked for; all of them are read the first time a child is started.
bool known[max_sig + 1];
bool all_known = false;

void learn(int sig, bool was_ignored) {
    if (sig <= 0 || sig > max_sig || known[sig]) return;
    known[sig] = true;
    start_ignored[sig] = was_ignored;
    inherit_ignored[sig] = was_ignored;
    // A shell is started by execve, which leaves no handler in place:
    // what is not ignored is at the default.
    now[sig] = was_ignored ? Now::Ignored : Now::Default;
}

// One signal, with one sigaction(2) query, unless known already.
void learn_one(int sig) {
    if (sig <= 0 || sig > max_sig || known[sig]) return;
    struct sigaction sa {};
    if (sys::sigaction(sig, nullptr, &sa) == 0) learn(sig, sa.sa_handler == SIG_IGN);
}

void set_handler(int sig, void (*handler)(int), int flags) {
    struct sigaction sa {}, old {};
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = flags;
    if (sys::sigaction(sig, &sa, &old) != 0) return;
    learn(sig, old.sa_handler == SIG_IGN);
    if (sig > 0 && sig <= max_sig)
        now[sig] = handler == SIG_IGN ? Now::Ignored : handler == SIG_DFL ? Now::Default : Now::Caught;
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

bool child_events_waiting() { return table_count > 0; }

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

void poll_children() {
    int saved_errno = errno;
    reap_into_table();
    errno = saved_errno;
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
    if (sig == SIGCHLD) chld_trapped = 1;  // SIGCHLD keeps the reaper as its handler
    if (sig <= 0 || sig > max_sig || sig == SIGCHLD) return;
    set_handler(sig, on_trapped, 0);
}

void ignore(int sig) {
    if (sig == SIGCHLD) chld_trapped = 0;
    if (sig > 0 && sig != SIGCHLD) set_handler(sig, SIG_IGN, 0);
}

void set_default(int sig) {
    if (sig == SIGCHLD) chld_trapped = 0;
    if (sig > 0 && sig != SIGCHLD) set_handler(sig, SIG_DFL, 0);
}

void forget_pending(int sig) {
    if (sig > 0 && sig <= max_sig) pending[sig] = 0;
}

void learn_entry_dispositions() {
    if (all_known) return;
    // The kernel lists the ignored signals in /proc/self/status ("SigIgn:",
    // a hex mask, bit n-1 for signal n): one read instead of a sigaction(2)
    // call per signal. Only the signals not learned yet take their bit: the
    // others may have been changed by the shell since it started.
    bool found = false;
    if (FILE* status = std::fopen("/proc/self/status", "re")) {
        char line[256];
        unsigned long long mask = 0;
        // A prefix test, not sscanf on every line: sscanf's format parsing
        // was a tenth of a `forksh -c true` (callgrind).
        while (std::fgets(line, sizeof line, status))
            if (std::strncmp(line, "SigIgn:", 7) == 0) {
                mask = std::strtoull(line + 7, nullptr, 16);
                found = true;
                break;
            }
        std::fclose(status);
        if (found)
            for (int sig = 1; sig <= max_sig && sig <= 64; ++sig) learn(sig, (mask >> (sig - 1)) & 1);
    }
    if (!found)
        for (int sig = 1; sig <= max_sig && sig <= SIGRTMAX; ++sig) learn_one(sig);
    for (int sig = 1; sig <= max_sig; ++sig) learn(sig, false);  // beyond the mask: none
    all_known = true;
}

void remember_start_dispositions() {
    std::fill(std::begin(known), std::end(known), false);
    all_known = false;
    learn_entry_dispositions();
}

bool ignored_at_start(int sig) {
    learn_one(sig);
    return sig > 0 && sig <= max_sig && start_ignored[sig];
}

int take_pending_trap() {
    if (!any_pending) return 0;
    for (int sig = 1; sig <= max_sig; ++sig) {
        if (pending[sig]) {
            pending[sig] = 0;
            if (trace::on()) trace::event("signal", "signal {signal} received").str("signal", sys::signal_name(sig)).emit();
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

namespace {

// Signals a child never has set: KILL and STOP cannot be caught or ignored,
// and glibc keeps 32 and 33 for itself (thread cancellation, setxid).
bool untouchable(int sig) { return sig == SIGKILL || sig == SIGSTOP || (sig >= 32 && sig < SIGRTMIN); }

// Why a child has what it has, for the trace line (one group per reason).
enum Why { CaughtToDefault, ExecResets, IgnoredToDefault, CaughtToIgnored, TrapIgnored, AsyncIgnored,
           EntryIgnored, why_count };
constexpr const char* why_text[why_count] = {
    "caught by the shell (a trap's command or its own handler), so back to the default here",
    "caught by the shell; execve resets every caught signal to the default",
    "ignored by the shell for itself, so back to the default here",
    "caught by the shell for itself, but ignored when the shell started, so ignored again",
    "set to ignore with trap '', so it stays ignored",
    "ignored in a background job without job control (POSIX 2.11: Ctrl-C is not for it)",
    "ignored when the shell started, so it stays ignored",
};
// Whether the signal is worth a word when nothing changes for it.
constexpr bool why_told_unchanged[why_count] = {false, false, false, false, true, true, true};

// A child ignores `sig` when a trap says ignore, or when there is no trap
// and the shell received it ignored (or is an async list without job
// control, for INT and QUIT).
bool child_ignores(const Traps& traps, int sig, bool async_list) {
    // XCU 2.11: an async list without job control ignores INT and QUIT,
    // whatever traps its parent had (a trap set inside it may change that).
    if (async_list && (sig == SIGINT || sig == SIGQUIT)) return true;
    TrapAction action = sig < traps.size() ? traps.get(sig).action : TrapAction::Default;
    if (action == TrapAction::Ignore) return true;
    // XCU 2.12 and exec: a signal caught by a trap's command gets the default.
    if (action == TrapAction::Command) return false;
    return inherit_ignored[sig];
}

enum class Mode { Subshell, Exec, Spawn };
// Signals the line was already written for in this process (a forked child
// that then execs would repeat the "stays ignored" part otherwise).
bool told_in_this_child = false;

// `told`: where a spawned child's line goes (the shell writes it as the
// child's, once the child has set them: spawn.cpp); else it is written now.
bool apply(const Traps& traps, Mode mode, sigset_t* to_default, const char* who, bool async_list = false,
           sigset_t* to_ignore = nullptr, std::string* told = nullptr) {
    learn_entry_dispositions();
    bool possible = true;
    if (to_default) sigemptyset(to_default);
    if (to_ignore) sigemptyset(to_ignore);
    // posix_spawn cannot set a signal to ignored; the vfork child can.
    auto spawn_ignore = [&](int sig) {
        if (to_ignore) sigaddset(to_ignore, sig);
        else possible = false;
    };
    std::string groups[why_count];
    bool tell = trace::on();
    for (int sig = 1; sig <= max_sig && sig <= SIGRTMAX; ++sig) {
        if (untouchable(sig)) continue;
        // A subshell keeps its reaper: it has children of its own to wait for.
        if (mode == Mode::Subshell && sig == SIGCHLD) continue;
        int why = -1;
        bool ignores = child_ignores(traps, sig, async_list);
        // A subshell's trap reset (XCU 2.12) puts the default in place: that is
        // what its own children and its `trap -` go back to from now on. It
        // is also the subshell's entry disposition: an interactive shell may
        // trap a signal ignored when it started, and its non-interactive
        // subshell may then `trap '' SIG` (bash), which the rule for signals
        // ignored on entry would otherwise refuse.
        if (mode == Mode::Subshell && !ignores && sig < traps.size() &&
            traps.get(sig).action == TrapAction::Command)
            start_ignored[sig] = inherit_ignored[sig] = async_ignored[sig] = false;
        if (ignores) {
            if (now[sig] == Now::Caught) {
                why = CaughtToIgnored;
                if (mode == Mode::Spawn) spawn_ignore(sig);
                else set_handler(sig, SIG_IGN, 0);
            } else if (now[sig] == Now::Default) {
                // Only an async list's SIGINT/SIGQUIT, or an entry-ignored
                // signal the shell set to default for itself.
                why = async_ignored[sig] ? AsyncIgnored : EntryIgnored;
                if (mode == Mode::Spawn) spawn_ignore(sig);
                else set_handler(sig, SIG_IGN, 0);
            } else {
                why = sig < traps.size() && traps.get(sig).action == TrapAction::Ignore ? TrapIgnored
                    : async_ignored[sig]                                                ? AsyncIgnored
                                                                                        : EntryIgnored;
            }
        } else if (now[sig] == Now::Ignored) {
            why = IgnoredToDefault;
            if (mode == Mode::Spawn) sigaddset(to_default, sig);
            else set_handler(sig, SIG_DFL, 0);
        } else if (now[sig] == Now::Caught) {
            why = mode == Mode::Subshell ? CaughtToDefault : ExecResets;
            if (mode == Mode::Spawn) sigaddset(to_default, sig);
            else if (mode == Mode::Subshell) set_handler(sig, SIG_DFL, 0);
            // (Exec: execve itself resets a caught signal.)
            if (sig == SIGCHLD) why = -1;  // the reaper: every child, nothing to learn
        }
        if (!tell || why < 0) continue;
        // What stays ignored is said once per child; changes always.
        if (why_told_unchanged[why] && mode == Mode::Exec && told_in_this_child) continue;
        groups[why] += (groups[why].empty() ? "" : " ") + sys::signal_name(sig);
    }
    // Not possible: the caller forks, and the child's own line says it.
    if (tell && possible) {
        std::string text;
        for (int w = 0; w < why_count; ++w)
            if (!groups[w].empty()) text += (text.empty() ? "" : "; ") + groups[w] + ": " + why_text[w];
        if (told) *told = text;
        else if (!text.empty()) trace::event("child-signals", "signals {who}: {text}").str("who", who).str("text", text).emit();
    }
    if (mode == Mode::Subshell) told_in_this_child = true;
    return possible;
}

}  // namespace

void enter_subshell(const Traps& traps, bool async_without_job_control) {
    learn_entry_dispositions();
    chld_trapped = 0;  // a trap's command is not inherited (XCU 2.12)
    if (async_without_job_control) {
        for (int sig : {SIGINT, SIGQUIT}) {
            if (!inherit_ignored[sig]) async_ignored[sig] = true;
            inherit_ignored[sig] = true;
        }
    }
    apply(traps, Mode::Subshell, nullptr, "in this child", async_without_job_control);
}

void prepare_exec(const Traps& traps) {
    apply(traps, Mode::Exec, nullptr, "for the program");
    sigset_t empty;
    sigemptyset(&empty);
    sys::sigprocmask(SIG_SETMASK, &empty, nullptr);
}

bool spawn_defaults(const Traps& traps, sigset_t* to_default, bool async_without_job_control, sigset_t* to_ignore,
                    std::string* told) {
    return apply(traps, Mode::Spawn, to_default, "", async_without_job_control, to_ignore, told);
}

void give_jobs_terminal_signals() {
    for (int sig : {SIGTSTP, SIGTTIN, SIGTTOU}) {
        learn_one(sig);
        inherit_ignored[sig] = async_ignored[sig] = false;
    }
}

void reset_to_inherited(int sig) {
    if (sig == SIGCHLD) chld_trapped = 0;
    if (sig <= 0 || sig > max_sig || sig == SIGCHLD) return;
    learn_one(sig);
    set_handler(sig, inherit_ignored[sig] ? SIG_IGN : SIG_DFL, 0);
}

bool inherited_ignored(int sig) {
    learn_one(sig);
    return sig > 0 && sig <= max_sig && inherit_ignored[sig];
}

void note_handler(int sig, void (*handler)(int), const struct sigaction& old) {
    learn(sig, old.sa_handler == SIG_IGN);
    if (sig > 0 && sig <= max_sig)
        now[sig] = handler == SIG_IGN ? Now::Ignored : handler == SIG_DFL ? Now::Default : Now::Caught;
}

void catch_with(int sig, void (*handler)(int), int flags) { set_handler(sig, handler, flags); }

sigset_t catch_fatal_defaults(void (*handler)(int)) {
    sigset_t changed;
    sigemptyset(&changed);
    for (int sig : {SIGHUP, SIGINT, SIGQUIT, SIGTERM}) {
        struct sigaction current {};
        // Asked of the kernel, not of now[]: a signal ignored on entry that
        // the shell never touched is not in now[] yet.
        if (sys::sigaction(sig, nullptr, &current) != 0 || current.sa_handler != SIG_DFL) continue;
        set_handler(sig, handler, SA_RESETHAND);
        sigaddset(&changed, sig);
    }
    return changed;
}

void restore_fatal_defaults(const sigset_t& changed) {
    for (int sig : {SIGHUP, SIGINT, SIGQUIT, SIGTERM})
        if (sigismember(&changed, sig)) set_handler(sig, SIG_DFL, 0);
}

}  // namespace forksh::signals
