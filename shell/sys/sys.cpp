// sys.cpp: the system-call wrappers (see sys.hpp) and their trace lines.
#include "shell/sys/sys.hpp"

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>

#include "shell/sys/call_events.hpp"
#include "shell/sys/dry_run.hpp"
#include "shell/sys/follow.hpp"
#include "shell/sys/trace.hpp"

namespace forksh::sys {

std::string error_text(int error_number) { return std::strerror(error_number); }

pid_t fork() {
    pid_t pid = ::fork();
    if (pid > 0 && trace::on()) {
        // Written by the parent, the one process that knows the child's pid,
        // and only then is the child let go: its own lines come after this
        // one. The child starts in its parent's process group; setpgid (job
        // control) moves it.
        trace::event("fork", "fork -> child {child} (starts in group {group})")
            .num("child", pid)
            .num("group", ::getpgrp())
            .emit();
        trace::release_child(pid);
    } else if (pid == 0) {
        trace::wait_for_release();
        // --follow: seized before it runs anything of its own (follow.hpp).
        follow::ask_to_be_seized(false);
    }
    return pid;
}

int execve(const std::string& path, const std::vector<std::string>& argv, char* const envp[]) {
    // Written by the child itself, just before its program is replaced.
    if (trace::on()) events::execve(path, argv, ::getpgrp());
    // explain's dry run: the program is taken to run and exit 0.
    if (dry_run::on()) ::_exit(0);
    std::vector<char*> cargv;
    cargv.reserve(argv.size() + 1);
    for (const std::string& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
    cargv.push_back(nullptr);
    return ::execve(path.c_str(), cargv.data(), envp);
}

pid_t waitpid(pid_t pid, int* status, int options) {
    pid_t r;
    do r = ::waitpid(pid, status, options);
    while (r < 0 && errno == EINTR);
    if (r > 0 && trace::on())
        trace::event("waitpid", "waitpid -> {who} {result}")
            .num("pid", r)
            .str("who", trace::who(r))
            .num("status", *status)
            .str("result", describe_wait_status(*status))
            .emit();
    return r;
}

int pipe(int fds[2]) {
    int r = ::pipe2(fds, O_CLOEXEC);
    if (r == 0) trace::event("pipe2", "pipe2 -> read end {read}, write end {write}").num("read", fds[0]).num("write", fds[1]).emit();
    return r;
}

int dup2(int from, int to) {
    int r;
    do r = ::dup2(from, to);
    while (r < 0 && errno == EINTR);
    if (r >= 0 && trace::on()) events::dup2(from, to);
    return r;
}

int dup_above(int fd, int floor) {
    int r = ::fcntl(fd, F_DUPFD_CLOEXEC, floor);
    if (r >= 0)
        trace::event("dup", "fcntl({from}, F_DUPFD_CLOEXEC, {floor}) -> {to}: fd {from} kept aside")
            .num("from", fd)
            .num("floor", floor)
            .num("to", r)
            .emit();
    return r;
}

int close(int fd) {
    // Not retried: on Linux the descriptor is gone even when close says EINTR.
    int r = ::close(fd);
    if (r == 0 && trace::on()) events::close(fd);
    return r;
}

int open(const std::string& path, int flags, mode_t mode) {
    // explain's dry run opens /dev/null for a write (dry_run.hpp).
    // explain's dry run opens /dev/null for a write (dry_run.hpp); the
    // shell's own opens (every redirection) copy nothing otherwise.
    const char* target = path.c_str();
    int really = flags;
    dry_run::OpenTarget dry;
    if (dry_run::on()) {
        dry = dry_run::open_target(path, flags);
        if (dry.error != 0) {
            errno = dry.error;
            return -1;
        }
        target = dry.path.c_str();
        really = dry.flags;
    }
    int r;
    do r = ::open(target, really, mode);
    while (r < 0 && errno == EINTR);
    if (r >= 0 && trace::on()) events::open(path, flags, r);
    return r;
}

int setpgid(pid_t pid, pid_t pgid) {
    int r = ::setpgid(pid, pgid);
    if (trace::on()) {
        int error = errno;
        // 0 means "me" for the pid and "the pid" for the group: shown resolved.
        pid_t who = pid == 0 ? ::getpid() : pid;
        pid_t group = pgid == 0 ? who : pgid;
        if (r == 0)
            events::setpgid(pid, pgid, who, group);
        else
            trace::event("setpgid", "setpgid({pid}, {pgid}) failed: {error}{hint}")
                .num("pid", pid)
                .num("pgid", pgid)
                .str("error", error_text(error))
                .str("hint", error == EACCES ? " (the child already ran execve, after its own setpgid)" : "")
                .emit();
        errno = error;
    }
    return r;
}

int tcsetpgrp(int fd, pid_t pgid) {
    // explain's dry run leaves the terminal with the real shell.
    int r = dry_run::on() ? 0 : ::tcsetpgrp(fd, pgid);
    if (r == 0 && trace::on()) events::tcsetpgrp(pgid);
    return r;
}

int kill(pid_t pid, int sig) {
    // explain's dry run sends nothing (signal 0 only asks, so it is asked).
    int r = dry_run::on() && sig != 0 ? 0 : ::kill(pid, sig);
    if (r == 0 && trace::on()) {
        if (pid < -1)
            trace::event("kill", "kill -{group} {signal}: every process in group {group}")
                .num("group", -pid)
                .str("signal", signal_name(sig))
                .emit();
        else
            trace::event("kill", "kill {who} {signal}")
                .num("pid", pid)
                .str("who", trace::who(pid))
                .str("signal", signal_name(sig))
                .emit();
    }
    return r;
}

int sigaction(int sig, const struct sigaction* action, struct sigaction* old) {
    return ::sigaction(sig, action, old);
}

int sigprocmask(int how, const sigset_t* set, sigset_t* old) {
    return ::sigprocmask(how, set, old);
}

int set_child_subreaper(bool on) {
    int r = ::prctl(PR_SET_CHILD_SUBREAPER, on ? 1 : 0, 0, 0, 0);
    if (r == 0)
        trace::event("subreaper", "prctl(PR_SET_CHILD_SUBREAPER, {on}): orphans below {pid} {what}")
            .num("on", on ? 1 : 0)
            .num("pid", ::getpid())
            .str("what", on ? "are now re-parented here" : "go to PID 1 again")
            .emit();
    return r;
}

int kill_all_others(int sig) { return dry_run::on() ? 0 : ::kill(-1, sig); }

std::string describe_wait_status(int status) {
    if (WIFEXITED(status)) return "exited " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return "killed by " + signal_name(WTERMSIG(status)) + (WCOREDUMP(status) ? " (core dumped)" : "");
    if (WIFSTOPPED(status)) return "stopped by " + signal_name(WSTOPSIG(status));
    if (WIFCONTINUED(status)) return "continued";
    return "status " + std::to_string(status);
}

namespace {
struct SignalName {
    int number;
    const char* name;
};
constexpr SignalName signal_names[] = {
    {SIGHUP, "HUP"},   {SIGINT, "INT"},       {SIGQUIT, "QUIT"}, {SIGILL, "ILL"},
    {SIGTRAP, "TRAP"}, {SIGABRT, "ABRT"},     {SIGBUS, "BUS"},   {SIGFPE, "FPE"},
    {SIGKILL, "KILL"}, {SIGUSR1, "USR1"},     {SIGSEGV, "SEGV"}, {SIGUSR2, "USR2"},
    {SIGPIPE, "PIPE"}, {SIGALRM, "ALRM"},     {SIGTERM, "TERM"}, {SIGSTKFLT, "STKFLT"},
    {SIGCHLD, "CHLD"}, {SIGCONT, "CONT"},     {SIGSTOP, "STOP"}, {SIGTSTP, "TSTP"},
    {SIGTTIN, "TTIN"}, {SIGTTOU, "TTOU"},     {SIGURG, "URG"},   {SIGXCPU, "XCPU"},
    {SIGXFSZ, "XFSZ"}, {SIGVTALRM, "VTALRM"}, {SIGPROF, "PROF"}, {SIGWINCH, "WINCH"},
    {SIGIO, "IO"},     {SIGPWR, "PWR"},       {SIGSYS, "SYS"},
};
}  // namespace

std::string signal_name(int sig, bool prefix) {
    for (const SignalName& s : signal_names)
        if (s.number == sig) return prefix ? std::string("SIG") + s.name : std::string(s.name);
    if (sig >= SIGRTMIN && sig <= SIGRTMAX) {
        std::string n = sig == SIGRTMIN   ? "RTMIN"
                        : sig == SIGRTMAX ? "RTMAX"
                                          : "RTMIN+" + std::to_string(sig - SIGRTMIN);
        return prefix ? "SIG" + n : n;
    }
    return std::to_string(sig);
}

int signal_number(const std::string& name) {
    if (name.empty()) return -1;
    if (std::isdigit(static_cast<unsigned char>(name[0]))) {
        int n = 0;
        for (char c : name) {
            if (!std::isdigit(static_cast<unsigned char>(c)) || n > 1000) return -1;
            n = n * 10 + (c - '0');
        }
        return n <= max_signal() ? n : -1;
    }
    std::string upper;
    for (char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper.rfind("SIG", 0) == 0) upper.erase(0, 3);
    if (upper == "EXIT") return 0;
    for (const SignalName& s : signal_names)
        if (upper == s.name) return s.number;
    if (upper == "RTMIN") return SIGRTMIN;
    if (upper == "RTMAX") return SIGRTMAX;
    if (upper.rfind("RTMIN+", 0) == 0) {
        int k = std::atoi(upper.c_str() + 6);
        if (k > 0 && SIGRTMIN + k <= SIGRTMAX) return SIGRTMIN + k;
    }
    return -1;
}

int max_signal() { return SIGRTMAX; }

}  // namespace forksh::sys
