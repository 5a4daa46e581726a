// terminal.hpp: the controlling terminal under job control: which process
// group owns it (tcgetpgrp, tcsetpgrp through sys::) and its modes
// (tcgetattr, tcsetattr).
//
// The terminal sends Ctrl-C (SIGINT) and Ctrl-Z (SIGTSTP) to its foreground
// process group only, and stops a background group that reads it (SIGTTIN).
// So the shell hands the terminal to a foreground job, takes it back when the
// job stops or ends, and keeps two sets of modes apart: its own (restored
// after every job) and each stopped job's (restored when `fg` resumes it, so
// `stty -echo; cat`, Ctrl-Z, `fg` still has echo off).
#pragma once

#include <sys/types.h>
#include <termios.h>

namespace forksh::terminal {

// A close-on-exec copy (numbered >= 10) of stdin, or else stderr, when it is
// a terminal; -1 when neither is. Commands never see it.
int open_job_control_fd();

// Interactive start-up, in this order: wait until the shell's process group
// is the terminal's foreground group (stopping ourselves with SIGTTIN while it
// is not, as a background job that read the terminal would be), put the shell
// in a process group of its own, and take the terminal. Returns the shell's
// process group, or -1 when the terminal has no foreground group (no job
// control is possible then).
pid_t take_terminal(int fd);

// True when the shell's group owns the terminal now.
bool in_foreground(int fd);

// The shell's own modes: saved at start-up, restored after each job.
void save_shell_modes(int fd);
void restore_shell_modes(int fd);
// After a foreground job: when it ended normally its modes become the shell's
// (so `stty -echo` as a command lasts, as in bash) unless it left the terminal
// unusable for a prompt (no ICANON or no ISIG: a crashed raw-mode program);
// when it was killed by a signal or stopped, the shell's modes come back.
void after_job(int fd, bool ended_normally);

bool get_modes(int fd, struct termios& modes);
bool set_modes(int fd, const struct termios& modes);

// RAII: gives the terminal to a job's process group (with the job's saved
// modes, if any) and gives it back to the shell's group, even when the stack
// unwinds.
class TerminalHandoff {
  public:
    TerminalHandoff(int fd, pid_t job_pgid, pid_t shell_pgid, const struct termios* job_modes);
    ~TerminalHandoff();
    TerminalHandoff(const TerminalHandoff&) = delete;
    TerminalHandoff& operator=(const TerminalHandoff&) = delete;

  private:
    int fd_;
    pid_t shell_pgid_;
};

}  // namespace forksh::terminal
