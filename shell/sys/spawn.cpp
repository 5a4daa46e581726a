// spawn.cpp: starting a program without copying the shell, two ways
// (sys::spawn, sys.hpp): the shell's own vfork-style child, or glibc's
// posix_spawn(3). Both make the child with clone(CLONE_VM | CLONE_VFORK):
// it borrows the shell's memory, the shell sleeps until the child has
// called execve (or failed), and no page table is copied, so the cost does
// not grow with the shell's size. System calls: clone(2), setpgid(2),
// tcsetpgrp(3), open(2), dup2(2), fcntl(2), close(2), sigaction(2),
// sigprocmask(2), execve(2), waitpid(2); posix_spawn(3).
#include <fcntl.h>
#include <sched.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "shell/sys/call_events.hpp"
#include "shell/sys/dry_run.hpp"
#include "shell/sys/follow.hpp"
#include "shell/sys/sys.hpp"
#include "shell/sys/trace.hpp"

namespace forksh::sys {

namespace {
// The file actions of `setup`, in order. False (errno set) when one cannot
// even be recorded (a descriptor number out of range).
bool add_actions(posix_spawn_file_actions_t& actions, const SpawnSetup& setup) {
    for (const SpawnAction& a : setup.actions) {
        int error = 0;
        switch (a.kind) {
            case SpawnAction::Kind::Dup2:
                // from == fd: glibc clears close-on-exec instead (POSIX 2024).
                error = posix_spawn_file_actions_adddup2(&actions, a.from, a.fd);
                break;
            case SpawnAction::Kind::Open:
                error = posix_spawn_file_actions_addopen(&actions, a.fd, a.path.c_str(), a.flags, 0666);
                break;
            case SpawnAction::Kind::Close:
                error = posix_spawn_file_actions_addclose(&actions, a.fd);
                break;
            case SpawnAction::Kind::TakeTerminal:
                // glibc 2.35: the child calls tcsetpgrp(fd, its group) with
                // every signal still blocked, so a child of a background
                // group is not stopped by SIGTTOU; and it has the terminal
                // before its program can read it (no SIGTTIN race).
                error = posix_spawn_file_actions_addtcsetpgrp_np(&actions, a.fd);
                break;
        }
        if (error != 0) {
            errno = error;
            return false;
        }
    }
    return true;
}

// execve's argv: pointers into `argv`, ending with a null pointer.
std::vector<char*> argv_pointers(const std::vector<std::string>& argv) {
    std::vector<char*> out;
    out.reserve(argv.size() + 1);
    for (const std::string& a : argv) out.push_back(const_cast<char*>(a.c_str()));
    out.push_back(nullptr);
    return out;
}

// The trace of a spawned child: its birth, written as the shell's line,
// then each step the child took before execve, and the execve, written as
// the child's lines. The child writes nothing itself (it borrows the
// shell's memory and must not allocate), but the shell slept until the
// child's execve succeeded, so it knows exactly which steps ran, in which
// order: the same lines a forked child writes for itself.
// `opened[i]`: the descriptor the vfork child's open of step i returned
// (-1 when unknown: posix_spawn opens onto the target itself).
void trace_spawn(SpawnMethod call, pid_t pid, const std::string& path, const std::vector<std::string>& argv,
                 const SpawnSetup& setup, const int* opened) {
    if (!trace::on()) return;
    const pid_t shell = ::getpid();
    trace::Actor child{pid, shell, ::getpgrp()};
    const bool posix = call == SpawnMethod::PosixSpawn;
    trace::event("spawn", "{call} -> child {child} (starts in group {group})")
        .str("call", posix ? "posix_spawn" : "vfork")
        .str("path", path)
        .num("child", pid)
        .num("group", child.group)
        .emit();
    // posix_spawn's child (glibc) sets its signals first; the vfork child
    // last, just before it empties its mask and calls execve.
    auto signals = [&] {
        if (!setup.signals_told.empty())
            trace::event("child-signals", "signals set before execve: {text}").by(child).str("text", setup.signals_told).emit();
    };
    if (posix) signals();
    if (setup.group >= 0) {
        child.group = setup.group == 0 ? pid : setup.group;
        events::setpgid(0, setup.group, pid, child.group, child);
    }
    for (size_t i = 0; i < setup.actions.size(); ++i) {
        const SpawnAction& a = setup.actions[i];
        switch (a.kind) {
            case SpawnAction::Kind::Dup2: events::dup2(a.from, a.fd, child); break;
            case SpawnAction::Kind::Close: events::close(a.fd, child); break;
            case SpawnAction::Kind::TakeTerminal: events::tcsetpgrp(child.group, child); break;
            case SpawnAction::Kind::Open: {
                // The vfork child opens at the lowest free number, then moves
                // it; posix_spawn's addopen puts it on the target itself.
                int fd = opened && opened[i] >= 0 ? opened[i] : a.fd;
                if (a.background_stdin)
                    trace::event("devnull", "stdin of a background job of a script: /dev/null").by(child).emit();
                events::open(a.path, a.flags, fd, child);
                if (fd != a.fd) {
                    events::dup2(fd, a.fd, child);
                    events::close(fd, child);
                }
                break;
            }
        }
    }
    if (!posix) signals();
    events::execve(path, argv, child.group, child);
}

int spawn_with_posix_spawn(pid_t& pid, const std::string& path, const std::vector<std::string>& argv,
                           char* const envp[], const sigset_t& to_default, const SpawnSetup& setup) {
    std::vector<char*> cargv = argv_pointers(argv);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (!add_actions(actions, setup)) {
        int error = errno;
        posix_spawn_file_actions_destroy(&actions);
        return error;
    }
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t empty;
    sigemptyset(&empty);
    posix_spawnattr_setsigmask(&attr, &empty);
    // glibc's posix_spawn leaves its two internal signals (32 and 33) set to
    // SIG_IGN in the child, and the program would inherit that, unless they
    // are in the "set to default" set; sigaddset refuses them, so their bits
    // are set directly (Linux layout: bit n-1 for signal n, 64 per word).
    static_assert(sizeof(unsigned long) == 8, "the sigset_t layout below assumes 64-bit words");
    sigset_t defaults = to_default;
    reinterpret_cast<unsigned long*>(&defaults)[0] |= (1UL << 31) | (1UL << 32);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
    if (setup.group >= 0) {
        // setpgid(0, group) in the child before execve: the parent need not
        // call it too (it is suspended until the exec anyway).
        flags |= POSIX_SPAWN_SETPGROUP;
        posix_spawnattr_setpgroup(&attr, setup.group);
    }
    posix_spawnattr_setflags(&attr, flags);
    int error = ::posix_spawn(&pid, path.c_str(), setup.actions.empty() ? nullptr : &actions, &attr,
                              cargv.data(), envp);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&actions);
    if (error == 0) trace_spawn(SpawnMethod::PosixSpawn, pid, path, argv, setup, nullptr);
    return error;
}

// ---- The shell's own vfork-style child ------------------------------------
//
// glibc's posix_spawn child does not know which signals the shell catches,
// so it asks the kernel about every one of the 64 and resets those caught:
// about 120 sigaction(2) calls, while the shell sleeps, for every program
// (a fifth of a `/bin/true`'s whole cost here). The shell knows (signals.cpp
// tracks each disposition it sets), so its own child changes only those,
// and can also set a signal to ignored, which posix_spawn cannot: a
// background job of a script must ignore SIGINT and SIGQUIT.

// One step as plain data: the child must not call into std::string or
// std::vector code (or anything a sanitizer instruments) on its borrowed
// stack.
struct ChildStep {
    SpawnAction::Kind kind;
    int fd;
    int from;
    const char* path;
    int flags;
    int opened;  // written by the child: what its open(2) returned, for the trace
    int fails;   // explain's dry run: the errno this open would fail with (0: none)
};

// Everything the child needs, made by the shell before clone: the child
// shares the shell's memory and must not allocate, or touch more than this.
struct ChildPlan {
    const char* path;
    char* const* argv;
    char* const* envp;
    pid_t group;  // as SpawnSetup::group
    ChildStep* steps;  // the child writes `opened` into each open step
    size_t step_count;
    const sigset_t* to_default;
    const sigset_t* to_ignore;
    bool dry;   // explain's dry run: no tcsetpgrp, and _exit(0) instead of execve
    int error;  // written by the child when a step fails
};

// No sanitizer instrumentation in the child: AddressSanitizer would take
// the stack of its own for a bad one, and its checks would run in a process
// that borrows the shell's memory.
#if defined(__clang__) || defined(__GNUC__)
#define FORKSH_CHILD_CODE __attribute__((no_sanitize("address", "undefined")))
#else
#define FORKSH_CHILD_CODE
#endif

// The steps, in the order posix_spawn does them. Only system calls: no
// allocation, no lock, no trace (the shell's memory is borrowed).
FORKSH_CHILD_CODE int child_steps(void* arg) {
    ChildPlan& plan = *static_cast<ChildPlan*>(arg);
    // --follow: seized before its first step (follow.hpp).
    follow::ask_to_be_seized(true);
    if (plan.group >= 0 && ::setpgid(0, plan.group) != 0) goto failed;
    for (size_t i = 0; i < plan.step_count; ++i) {
        ChildStep& a = plan.steps[i];
        switch (a.kind) {
            case SpawnAction::Kind::Dup2:
                // dup2 onto itself changes nothing: clear close-on-exec instead.
                if (a.from == a.fd ? ::fcntl(a.fd, F_SETFD, 0) != 0 : ::dup2(a.from, a.fd) < 0) goto failed;
                break;
            case SpawnAction::Kind::Open: {
                if (a.fails != 0) {
                    errno = a.fails;
                    goto failed;
                }
                int fd = ::open(a.path, a.flags, 0666);
                if (fd < 0) goto failed;
                a.opened = fd;
                if (fd != a.fd) {
                    if (::dup2(fd, a.fd) < 0) goto failed;
                    ::close(fd);
                }
                break;
            }
            case SpawnAction::Kind::Close:
                // A descriptor that is not open is no error (POSIX 2024).
                if (::close(a.fd) != 0 && errno != EBADF) goto failed;
                break;
            case SpawnAction::Kind::TakeTerminal:
                // Every signal is still blocked, so a child of a background
                // group is not stopped by SIGTTOU here.
                if (!plan.dry && ::tcsetpgrp(a.fd, ::getpgrp()) != 0) goto failed;
                break;
        }
    }
    if (plan.dry) ::_exit(0);  // the program is taken to run and exit 0
    {
        // What the shell caught goes back to the default before the mask is
        // emptied: a handler of the shell must never run in this child,
        // which shares the shell's memory.
        struct sigaction dfl {}, ign {};
        dfl.sa_handler = SIG_DFL;
        ign.sa_handler = SIG_IGN;
        for (int sig = 1; sig < NSIG; ++sig) {
            if (sigismember(plan.to_default, sig) == 1) ::sigaction(sig, &dfl, nullptr);
            else if (sigismember(plan.to_ignore, sig) == 1) ::sigaction(sig, &ign, nullptr);
        }
        sigset_t empty;
        sigemptyset(&empty);
        ::sigprocmask(SIG_SETMASK, &empty, nullptr);
    }
    ::execve(plan.path, plan.argv, plan.envp);
failed:
    plan.error = errno;
    ::_exit(127);
}

// The child's stack: its own, since the shell's frames below clone() are
// still in use when the shell wakes up. One is enough: the shell sleeps
// while a child uses it, and a signal handler never starts a program.
alignas(64) char child_stack[64 * 1024];

int spawn_with_vfork(pid_t& pid, const std::string& path, const std::vector<std::string>& argv, char* const envp[],
                     const sigset_t& to_default, const SpawnSetup& setup) {
    std::vector<char*> cargv = argv_pointers(argv);
    // explain's dry run: the same child, whose opens go where dry_run says
    // (/dev/null for a write), and which stops short of execve.
    const bool dry = dry_run::on();
    std::vector<std::string> dry_paths;
    dry_paths.reserve(setup.actions.size());
    std::vector<ChildStep> steps;
    steps.reserve(setup.actions.size());
    for (const SpawnAction& a : setup.actions) {
        ChildStep step{a.kind, a.fd, a.from, a.path.c_str(), a.flags, -1, 0};
        if (dry && a.kind == SpawnAction::Kind::Open) {
            dry_run::OpenTarget target = dry_run::open_target(a.path, a.flags);
            dry_paths.push_back(target.path);
            step.path = dry_paths.back().c_str();
            step.flags = target.flags;
            step.fails = target.error;
        }
        steps.push_back(step);
    }
    ChildPlan plan{path.c_str(), cargv.data(), envp, setup.group, steps.data(), steps.size(),
                   &to_default, &setup.to_ignore, dry, 0};
    // Every signal blocked across clone: the child starts with them blocked
    // and unblocks them only after its set-up; the shell's SIGCHLD waits
    // until a failed child is reaped here.
    sigset_t all, old;
    sigfillset(&all);
    ::sigprocmask(SIG_SETMASK, &all, &old);
    pid = ::clone(child_steps, child_stack + sizeof child_stack, CLONE_VM | CLONE_VFORK | SIGCHLD, &plan);
    int error = pid < 0 ? errno : plan.error;
    if (pid > 0 && error != 0) {
        // The child failed and exited 127: reap it now, so that nobody else
        // sees a child the shell never started.
        int status;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    ::sigprocmask(SIG_SETMASK, &old, nullptr);
    if (error == 0 && trace::on()) {
        std::vector<int> opened;
        for (const ChildStep& step : steps) opened.push_back(step.opened);
        // In a dry run, the call the real shell would make.
        // (With --follow, set -o spawn=posix_spawn starts this vfork child.)
        bool posix = setup.call == SpawnMethod::PosixSpawn && !follow::on();
        trace_spawn(posix ? SpawnMethod::PosixSpawn : SpawnMethod::Vfork, pid, path, argv, setup,
                    posix ? nullptr : opened.data());
    }
    if (error == 0) follow::spawn_written(pid);
    return error;
}

}  // namespace

int spawn(pid_t& pid, const std::string& path, const std::vector<std::string>& argv, char* const envp[],
          const sigset_t& to_default, const SpawnSetup& setup) {
    // --follow: glibc's posix_spawn child cannot be asked to wait to be
    // seized, so the shell's own vfork child starts the program instead.
    if (setup.call == SpawnMethod::PosixSpawn && !dry_run::on() && !follow::on()) return spawn_with_posix_spawn(pid, path, argv, envp, to_default, setup);
    return spawn_with_vfork(pid, path, argv, envp, to_default, setup);
}

}  // namespace forksh::sys
