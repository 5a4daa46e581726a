// output.hpp: writing to a file descriptor with fmt.
// Builtins write through Output (sh.out(), sh.err()) rather than std::cout,
// so that redirections and $(...) capture them: both simply change what
// descriptor 1 or 2 refers to, and Output writes to the descriptor.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace forksh {

// write(2) the whole buffer, retrying on EINTR and short writes.
// Returns false on error (errno set), e.g. EPIPE or EBADF.
bool write_all(int fd, std::string_view data);

// `text` under a trace line, wrapped to `width` columns: "        ^ " before
// the first line, 10 spaces before the others; ends with a newline.
// (The trace's explain mode and `explain` both print sentences so.)
std::string sentence_under_line(std::string_view text, size_t width);

// While one lives, descriptor 1 is, for every Output, a string in memory:
// a $(...) of builtins that the shell runs itself, with no child and no pipe
// (shell/exec/subst_in_shell.cpp). Captures nest; each gives back the one it
// replaced. A child forked meanwhile must call StdoutCapture::drop_all()
// (its fd 1 is a real descriptor again).
class StdoutCapture {
  public:
    explicit StdoutCapture(std::string& into) : outer_(current_) { current_ = &into; }
    ~StdoutCapture() { current_ = outer_; }
    StdoutCapture(const StdoutCapture&) = delete;
    StdoutCapture& operator=(const StdoutCapture&) = delete;
    static std::string* current() { return current_; }
    static void drop_all() { current_ = nullptr; }

  private:
    std::string* outer_;
    static inline std::string* current_ = nullptr;
};

class Output {
  public:
    explicit Output(int fd) : fd_(fd) {}
    int fd() const { return fd_; }
    bool write(std::string_view text) {
        if (fd_ == 1 && StdoutCapture::current()) {
            StdoutCapture::current()->append(text);
            return !failed_;
        }
        if (!write_all(fd_, text)) failed_ = true;
        return !failed_;
    }
    template <typename... T>
    bool print(fmt::format_string<T...> format, T&&... args) {
        return write(fmt::format(format, std::forward<T>(args)...));
    }
    // True once any write failed (e.g. `echo hi >&-`); builtins return 1 then.
    bool failed() const { return failed_; }
    void clear_failure() { failed_ = false; }

  private:
    int fd_;
    bool failed_ = false;
};

}  // namespace forksh
