// terminal.cpp: terminal ownership and modes for job control.
// System calls: tcgetpgrp, tcsetpgrp (sys::), tcgetattr, tcsetattr,
// setpgid (sys::), kill (sys::), fcntl (sys::dup_above).
#include "shell/os/terminal.hpp"

#include <signal.h>
#include <unistd.h>

#include <cerrno>

#include "shell/sys/dry_run.hpp"
#include "shell/sys/sys.hpp"

namespace forksh::terminal {

namespace {
struct termios shell_modes {};
bool shell_modes_valid = false;
}  // namespace

int open_job_control_fd() {
    int source = ::isatty(0) ? 0 : ::isatty(2) ? 2 : -1;
    if (source < 0) return -1;
    return sys::dup_above(source, 10);
}

pid_t take_terminal(int fd) {
    if (fd < 0) return -1;
    for (;;) {
        pid_t owner = ::tcgetpgrp(fd);
        if (owner < 0) return -1;
        if (owner == ::getpgrp()) break;
        // Started in the background (`forksh &`): stop, as any background
        // reader of the terminal would, until someone runs `fg` on us.
        sys::kill(-::getpgrp(), SIGTTIN);
    }
    pid_t pid = ::getpid();
    // A session leader (started by login, a terminal emulator or a pty
    // harness) already leads its own group, and may not call setpgid.
    if (::getpgrp() != pid && sys::setpgid(0, pid) < 0) return -1;
    if (sys::tcsetpgrp(fd, pid) < 0) return -1;
    save_shell_modes(fd);
    return pid;
}

bool in_foreground(int fd) { return fd >= 0 && ::tcgetpgrp(fd) == ::getpgrp(); }

bool get_modes(int fd, struct termios& modes) { return fd >= 0 && ::tcgetattr(fd, &modes) == 0; }

bool set_modes(int fd, const struct termios& modes) {
    // explain's dry run leaves the real shell's terminal as it is.
    if (fd < 0 || sys::dry_run::on()) return false;
    int r;
    // TCSADRAIN: output the job already wrote is shown under the modes it was written with.
    do r = ::tcsetattr(fd, TCSADRAIN, &modes);
    while (r < 0 && errno == EINTR);
    return r == 0;
}

void save_shell_modes(int fd) { shell_modes_valid = get_modes(fd, shell_modes); }

void restore_shell_modes(int fd) {
    if (shell_modes_valid) set_modes(fd, shell_modes);
}

void after_job(int fd, bool ended_normally) {
    if (fd < 0) return;
    struct termios now {};
    if (ended_normally && get_modes(fd, now) && (now.c_lflag & ICANON) && (now.c_lflag & ISIG)) {
        shell_modes = now;
        shell_modes_valid = true;
        return;
    }
    restore_shell_modes(fd);
}

TerminalHandoff::TerminalHandoff(int fd, pid_t job_pgid, pid_t shell_pgid, const struct termios* job_modes)
    : fd_(fd), shell_pgid_(shell_pgid) {
    if (fd_ < 0) return;
    // Modes first, while the shell still owns the terminal; then ownership.
    if (job_modes) set_modes(fd_, *job_modes);
    sys::tcsetpgrp(fd_, job_pgid);
}

TerminalHandoff::~TerminalHandoff() {
    // The shell ignores SIGTTOU, so taking the terminal back from the
    // background is allowed.
    if (fd_ >= 0 && ::tcgetpgrp(fd_) != shell_pgid_) sys::tcsetpgrp(fd_, shell_pgid_);
}

}  // namespace forksh::terminal
