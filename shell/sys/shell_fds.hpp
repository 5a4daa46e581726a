// shell_fds.hpp: descriptors the shell keeps for itself (today: the trace's),
// numbered above the user's range and close-on-exec, so that no command
// inherits them and no redirection the user writes can move them.
//
// A redirection that names such a number (`exec 200>file`) does not fail and
// does not write over the shell's descriptor: the redirection code asks
// is_shell_fd() first and, if so, move_shell_fd() gives the shell's
// descriptor another number, leaving the one the user asked for free.
// System calls: fcntl(F_DUPFD_CLOEXEC), close.
#pragma once

namespace forksh::sys {

// Where the shell's own descriptors live: far above 0-9 (the user's, POSIX)
// and above the 10+ copies a builtin's redirections keep aside.
constexpr int shell_fd_floor = 200;

// `*holder` is a descriptor the shell owns; the registry updates it when the
// descriptor is moved. The holder must outlive the shell (a static).
void register_shell_fd(int* holder);
void unregister_shell_fd(int* holder);
// True when `fd` is one of the shell's own descriptors.
bool is_shell_fd(int fd);
// Give the shell's descriptor `fd` another number (>= shell_fd_floor, not
// `fd`), so that the caller may use `fd`. No-op for any other descriptor.
void move_shell_fd(int fd);

}  // namespace forksh::sys
