// fd.hpp: UniqueFd, a file descriptor that closes itself; and the registry
// of the descriptors the shell keeps for itself.
// UniqueFd is used for every descriptor the shell opens for its own purposes
// (pipe ends, saved copies of 0/1/2 while a builtin's redirections are in
// force), so no descriptor is forgotten when an error unwinds the stack.
#pragma once

#include <utility>

namespace forksh {

class UniqueFd {
  public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept {
        if (this != &other) {
            reset();
            fd_ = std::exchange(other.fd_, -1);
        }
        return *this;
    }
    ~UniqueFd() { reset(); }

    int get() const { return fd_; }
    explicit operator bool() const { return fd_ >= 0; }
    int release() { return std::exchange(fd_, -1); }
    void reset(int fd = -1);

  private:
    int fd_ = -1;
};

// The shell's own descriptors: the script it reads, the files `.` reads,
// saved copies of descriptors a builtin's redirection replaced, the trace,
// the terminal. They live at 10 and above, close-on-exec, but a user may
// name any number (`exec 10>lock`): the user wins. Before a redirection
// replaces or closes a number, it calls move_out_of_the_way(), which moves
// the shell's descriptor to another free number and writes the new number
// into its owner's int. So each owner registers the address of the int that
// holds its descriptor, and must not move that int while registered.
//
//     int trace_fd = fd_registry::dup_high(fd);   // e.g. the trace's file
//     fd_registry::adopt(trace_fd);               // now redirections step around it
//     ...
//     fd_registry::forget(trace_fd);              // before trace_fd goes away
namespace fd_registry {

// Saved copies and private descriptors start here: POSIX gives 0-9 to scripts.
constexpr int floor = 10;

// fcntl(fd, F_DUPFD_CLOEXEC, 10): a close-on-exec copy at 10 or above. When
// `ulimit -n` is 10 or less, 10 is out of reach (EINVAL) and the copy takes
// the lowest free number (as bash does); the registry keeps it safe there.
// Returns -1 with errno set (EBADF: fd not open; EMFILE: no free number).
// Traced through sys::dup_above, like every descriptor the shell makes.
int dup_high(int fd);

void adopt(int& slot);
void forget(int& slot);
bool is_shell_fd(int fd);

// If the shell owns `fd`, copy it with dup_high, close `fd`, and update the
// owner's int. Returns false with errno set when no descriptor is free (then
// nothing changed). True when `fd` was not the shell's.
bool move_out_of_the_way(int fd);

// Adopted for a scope: `fd_registry::Adopted guard(reader.fd_slot());`
// Declare it after the owner, so it is forgotten before the owner dies.
class Adopted {
  public:
    explicit Adopted(int& slot) : slot_(slot) { adopt(slot_); }
    ~Adopted() { forget(slot_); }
    Adopted(const Adopted&) = delete;
    Adopted& operator=(const Adopted&) = delete;

  private:
    int& slot_;
};

}  // namespace fd_registry

}  // namespace forksh
