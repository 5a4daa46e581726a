// redirect.cpp: open(2), dup2(2), close(2) and fcntl(2) for redirections.
#include "shell/exec/redirect.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "shell/base/diag.hpp"
#include "shell/base/output.hpp"
#include "shell/sys/shell_fds.hpp"
#include "shell/sys/sys.hpp"

namespace forksh {

namespace {
// Saved copies live at 10 and above, where scripts rarely look (POSIX
// reserves 0-9 for the user).
constexpr int saved_fd_floor = 10;

bool parse_fd(const std::string& text, int& fd) {
    if (text.empty() || text.size() > 6) return false;
    fd = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        fd = fd * 10 + (c - '0');
    }
    return true;
}
}  // namespace

int default_fd(ast::RedirOp op) {
    switch (op) {
        case ast::RedirOp::Input:
        case ast::RedirOp::ReadWrite:
        case ast::RedirOp::DupInput:
        case ast::RedirOp::HereDoc:
        case ast::RedirOp::HereDocStrip:
        case ast::RedirOp::HereString:
            return 0;
        default:
            return 1;
    }
}

int open_here_text(const std::string& text) {
    int fds[2];
    if (sys::pipe(fds) == 0) {
        int capacity = ::fcntl(fds[1], F_GETPIPE_SZ);
        if (capacity > 0 && text.size() <= static_cast<size_t>(capacity)) {
            // Fits: the write cannot block, and the reader sees EOF once we close.
            write_all(fds[1], text);
            sys::close(fds[1]);
            return fds[0];
        }
        sys::close(fds[0]);
        sys::close(fds[1]);
    }
    int fd = ::memfd_create("forksh-heredoc", MFD_CLOEXEC);
    if (fd < 0) return -1;
    write_all(fd, text);
    ::lseek(fd, 0, SEEK_SET);
    return fd;
}

RedirectScope::~RedirectScope() {
    // Undo in reverse: `>a 2>&1` restores 2 before 1.
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
        if (it->saved >= 0) {
            sys::dup2(it->saved, it->fd);
            sys::close(it->saved);
        } else {
            sys::close(it->fd);
        }
    }
}

void RedirectScope::make_permanent() {
    for (const Saved& s : saved_)
        if (s.saved >= 0) sys::close(s.saved);
    saved_.clear();
}

void RedirectScope::save(int fd) {
    if (!undoable_) return;
    for (const Saved& s : saved_)
        if (s.fd == fd) return;  // the first save holds the original
    int copy = sys::dup_above(fd, saved_fd_floor);
    // EBADF: the fd was not open; restoring then means closing it.
    saved_.push_back(Saved{fd, copy});
}

void RedirectScope::move_to(int opened, int target) {
    if (opened == target) {
        // open() happened to return the very number we want: it was free, so
        // only the close-on-exec flag must go (the command should inherit it).
        ::fcntl(target, F_SETFD, 0);
        return;
    }
    sys::dup2(opened, target);  // dup2's copy has close-on-exec cleared
    sys::close(opened);
}

void RedirectScope::apply(const std::vector<ast::Redirect>& redirects, Expander& expander,
                          const Options& options) {
    for (const ast::Redirect& r : redirects) apply_one(r, expander, options);
}

void RedirectScope::apply_one(const ast::Redirect& r, Expander& expander, const Options& options) {
    using ast::RedirOp;
    int target = r.fd >= 0 ? r.fd : default_fd(r.op);
    // A number the shell keeps for itself (the trace's): the user's wins, and
    // the shell's descriptor moves out of the way (shell_fds.hpp).
    sys::move_shell_fd(target);
    auto fail = [&](const std::string& subject, int error_number) {
        throw ShellError(subject + ": " + sys::error_text(error_number), r.span, 1);
    };

    if (r.op == RedirOp::HereDoc || r.op == RedirOp::HereDocStrip || r.op == RedirOp::HereString) {
        std::string text;
        if (r.op == RedirOp::HereString) {
            text = expander.expand_string(r.target) + "\n";
        } else if (r.heredoc) {
            text = r.heredoc->expand ? expander.expand_heredoc(r.heredoc->body)
                                     : std::string(r.heredoc->body.text);
        }
        // Save before opening: if `target` is closed, open would reuse its number.
        save(target);
        int fd = open_here_text(text);
        if (fd < 0) fail("here-document", errno);
        move_to(fd, target);
        return;
    }

    std::string word = expander.expand_string(r.target);

    if (r.op == RedirOp::DupInput || r.op == RedirOp::DupOutput) {
        if (word == "-") {
            save(target);
            sys::close(target);
            return;
        }
        int from;
        if (!parse_fd(word, from)) {
            if (r.op == RedirOp::DupOutput && r.fd < 0) {
                // bash: `>&file` sends both stdout and stderr to file.
                save(1);
                save(2);
                int fd = sys::open(word, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC);
                if (fd < 0) fail(word, errno);
                sys::dup2(fd, 2);
                move_to(fd, 1);
                return;
            }
            throw ShellError(word + ": bad file descriptor number", r.span, 1);
        }
        if (sys::is_shell_fd(from) || ::fcntl(from, F_GETFD) < 0) fail(word, EBADF);
        if (from == target) return;
        save(target);
        sys::dup2(from, target);
        return;
    }

    int flags = O_CLOEXEC;
    switch (r.op) {
        case RedirOp::Input: flags |= O_RDONLY; break;
        case RedirOp::ReadWrite: flags |= O_RDWR | O_CREAT; break;
        case RedirOp::Append: flags |= O_WRONLY | O_CREAT | O_APPEND; break;
        case RedirOp::Output:
        case RedirOp::OutputBoth:
            flags |= O_WRONLY | O_CREAT | O_TRUNC;
            if (options.noclobber) {
                // set -C: refuse to truncate an existing regular file. O_EXCL
                // makes "does it exist?" and "create it" one atomic step.
                struct stat st {};
                if (::stat(word.c_str(), &st) == 0) {
                    if (S_ISREG(st.st_mode))
                        throw ShellError(word + ": cannot overwrite existing file", r.span, 1);
                    flags &= ~O_TRUNC;
                } else {
                    flags |= O_EXCL;
                }
            }
            break;
        case RedirOp::Clobber: flags |= O_WRONLY | O_CREAT | O_TRUNC; break;
        default: break;
    }
    if (word.empty()) fail(word, ENOENT);
    if (r.op == RedirOp::OutputBoth) {
        save(1);
        save(2);
    } else {
        save(target);  // before open, which may reuse a closed `target` number
    }
    int fd = sys::open(word, flags);
    if (fd < 0) fail(word, errno);
    if (r.op == RedirOp::OutputBoth) {
        sys::dup2(fd, 2);
        target = 1;
    }
    move_to(fd, target);
}

}  // namespace forksh
