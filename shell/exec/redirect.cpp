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
#include "shell/sys/fd.hpp"
#include "shell/sys/sys.hpp"

namespace forksh {

namespace {

bool all_digits(const std::string& text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

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

// set -C: never truncate an existing regular file, decided on the file that
// is actually opened. O_CREAT|O_EXCL makes "does it exist?" and "create it"
// one atomic step (and refuses any symlink, even a dangling one). Only when
// something exists do we open it without O_CREAT and look at what we got
// with fstat: a device or FIFO (`>/dev/null`) is fine, a regular file is
// closed again untouched (no O_TRUNC). There is no window between a check
// and the open for a swapped symlink to slip through (bash does the same).
int RedirectScope::open_noclobber(const std::string& word, int flags, const ast::Redirect& r) {
    flags &= ~O_TRUNC;
    int fd = sys::open(word, flags | O_EXCL);
    if (fd >= 0 || errno != EEXIST) return fd;
    fd = sys::open(word, flags & ~O_CREAT);
    // A directory (EISDIR) or no permission: say so. Gone again (ENOENT,
    // or a dangling symlink): it existed a moment ago; refuse.
    if (fd < 0 && errno != ENOENT) return fd;
    struct stat st {};
    if (fd >= 0 && ::fstat(fd, &st) == 0 && !S_ISREG(st.st_mode)) return fd;
    if (fd >= 0) sys::close(fd);
    throw ShellError(word + ": cannot overwrite existing file", r.span, 1);
}

RedirectScope::~RedirectScope() {
    // Undo in reverse: `>a 2>&1` restores 2 before 1.
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
        fd_registry::forget(it->saved);
        if (it->saved >= 0) {
            sys::dup2(it->saved, it->fd);
            sys::close(it->saved);
        } else {
            sys::close(it->fd);
        }
    }
}

void RedirectScope::make_permanent() {
    for (Saved& s : saved_) {
        fd_registry::forget(s.saved);
        if (s.saved >= 0) sys::close(s.saved);
    }
    saved_.clear();
}

void RedirectScope::claim(int fd, const ast::Redirect& r) {
    // The user names a number the shell is using for itself (a saved copy,
    // the script being read): the shell's descriptor steps aside first.
    if (!fd_registry::move_out_of_the_way(fd))
        throw ShellError("cannot move the shell's fd " + std::to_string(fd) + " out of the way: " +
                             sys::error_text(errno),
                         r.span, 1);
}

void RedirectScope::save(int fd, const ast::Redirect& r) {
    claim(fd, r);
    if (!undoable_) return;
    for (const Saved& s : saved_)
        if (s.fd == fd) return;  // the first save holds the original
    int copy = fd_registry::dup_high(fd);
    // EBADF: the fd was not open; restoring then means closing it. Any
    // other failure (EMFILE under `ulimit -n`): refuse the redirection
    // before anything is replaced, so the command's stdout is never lost.
    if (copy < 0 && errno != EBADF)
        throw ShellError("cannot save fd " + std::to_string(fd) + " for the redirection: " +
                             sys::error_text(errno),
                         r.span, 1);
    saved_.push_back(Saved{fd, copy});
    fd_registry::adopt(saved_.back().saved);
}

namespace {
[[noreturn]] void fail(const ast::Redirect& r, const std::string& subject, int error_number) {
    throw ShellError(subject + ": " + sys::error_text(error_number), r.span, 1);
}

// dup2(from, to), or the redirection fails: `ulimit -n 8; exec 8>f` must
// say "8: Bad file descriptor", not go on with fd 8 closed.
void dup2_or_fail(int from, int to, const ast::Redirect& r) {
    if (sys::dup2(from, to) < 0) fail(r, std::to_string(to), errno);
}
}  // namespace

void RedirectScope::move_to(int opened, int target, const ast::Redirect& r) {
    if (opened == target) {
        // open() happened to return the very number we want: it was free, so
        // only the close-on-exec flag must go (the command should inherit it).
        if (::fcntl(target, F_SETFD, 0) < 0) fail(r, std::to_string(target), errno);
        return;
    }
    // dup2's copy has close-on-exec cleared.
    if (sys::dup2(opened, target) < 0) {
        int error = errno;
        sys::close(opened);
        fail(r, std::to_string(target), error);
    }
    sys::close(opened);
}

std::vector<std::string> expand_redirect_words(const std::vector<ast::Redirect>& redirects, Expander& expander) {
    using ast::RedirOp;
    std::vector<std::string> words;
    words.reserve(redirects.size());
    for (const ast::Redirect& r : redirects) {
        if (r.op == RedirOp::HereString)
            words.push_back(expander.expand_string(r.target) + "\n");
        else if (r.op == RedirOp::HereDoc || r.op == RedirOp::HereDocStrip)
            words.push_back(!r.heredoc              ? std::string()
                            : r.heredoc->expand     ? expander.expand_heredoc(*r.heredoc)
                                                    : std::string(r.heredoc->body.text));
        else
            words.push_back(expander.expand_redirect_target(r.target));
    }
    return words;
}

void RedirectScope::apply(const std::vector<ast::Redirect>& redirects, const std::vector<std::string>& words,
                          const Options& options) {
    for (size_t i = 0; i < redirects.size(); ++i) apply_one(redirects[i], words[i], options);
}

void RedirectScope::apply(const std::vector<ast::Redirect>& redirects, Expander& expander,
                          const Options& options) {
    if (redirects.empty()) return;
    apply(redirects, expand_redirect_words(redirects, expander), options);
}

namespace {

// The open(2) flags of a file redirection: `<` reads, `>` and `>|` truncate,
// `>>` appends, `<>` reads and writes; all close-on-exec until moved.
int open_flags(ast::RedirOp op) {
    using ast::RedirOp;
    int flags = O_CLOEXEC;
    switch (op) {
        case RedirOp::Input: return flags | O_RDONLY;
        case RedirOp::ReadWrite: return flags | O_RDWR | O_CREAT;
        case RedirOp::Append:
        case RedirOp::AppendBoth: return flags | O_WRONLY | O_CREAT | O_APPEND;
        case RedirOp::Output:
        case RedirOp::OutputBoth:
        case RedirOp::Clobber: return flags | O_WRONLY | O_CREAT | O_TRUNC;
        default: return flags;
    }
}
}  // namespace

void RedirectScope::apply_one(const ast::Redirect& r, const std::string& word, const Options& options) {
    using ast::RedirOp;
    int target = r.fd >= 0 ? r.fd : ast::default_fd(r.op);
    if (r.op == RedirOp::HereDoc || r.op == RedirOp::HereDocStrip || r.op == RedirOp::HereString)
        apply_here_text(r, target, word);
    else if (r.op == RedirOp::DupInput || r.op == RedirOp::DupOutput)
        apply_dup(r, target, word);
    else
        apply_open(r, target, word, options);
}

// <<, <<- and <<<: the text goes into a pipe (or memfd) whose read end
// becomes `target`.
void RedirectScope::apply_here_text(const ast::Redirect& r, int target, const std::string& text) {
    // Save before opening: if `target` is closed, open would reuse its number.
    save(target, r);
    int fd = open_here_text(text);
    if (fd < 0) fail(r, "here-document", errno);
    move_to(fd, target, r);
}

// n<&m, n>&m (dup2), n>&- (close), and bash's `>&file` (stdout and stderr
// to a file).
void RedirectScope::apply_dup(const ast::Redirect& r, int target, const std::string& word) {
    if (word == "-") {
        save(target, r);
        sys::close(target);
        return;
    }
    int from;
    if (!parse_fd(word, from)) {
        // `>&1234567` is a descriptor number too large to be one, not a file name.
        if (r.op == ast::RedirOp::DupOutput && r.fd < 0 && !all_digits(word)) {
            save(1, r);
            save(2, r);
            int fd = sys::open(word, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC);
            if (fd < 0) fail(r, word, errno);
            dup2_or_fail(fd, 2, r);
            move_to(fd, 1, r);
            return;
        }
        throw ShellError(word + ": bad file descriptor number", r.span, 1);
    }
    // The shell's own descriptors are not the user's to copy (bash: `>&255`).
    if (fd_registry::is_shell_fd(from) || ::fcntl(from, F_GETFD) < 0) fail(r, word, EBADF);
    if (from == target) return;
    save(target, r);
    dup2_or_fail(from, target, r);
}

// <, >, >|, >>, <>, &> and &>>: open the file, move it to `target`.
void RedirectScope::apply_open(const ast::Redirect& r, int target, const std::string& word,
                               const Options& options) {
    using ast::RedirOp;
    if (word.empty()) fail(r, word, ENOENT);
    if (ast::writes_both(r.op)) {
        save(1, r);
        save(2, r);
    } else {
        save(target, r);  // before open, which may reuse a closed `target` number
    }
    int flags = open_flags(r.op);
    int fd = (r.op == RedirOp::Output || r.op == RedirOp::OutputBoth) && options.noclobber
                 ? open_noclobber(word, flags, r)
                 : sys::open(word, flags);
    if (fd < 0) fail(r, word, errno);
    if (ast::writes_both(r.op)) {
        dup2_or_fail(fd, 2, r);
        target = 1;
    }
    move_to(fd, target, r);
}

namespace {
using sys::SpawnAction;

SpawnAction open_action(int fd, const std::string& path, int flags) {
    return SpawnAction{SpawnAction::Kind::Open, fd, -1, path, flags & ~O_CLOEXEC};
}

// One redirection as file actions; the reason when it cannot be one.
std::optional<LaunchReason> add_spawn_action(const ast::Redirect& r, const std::string& word,
                                  std::vector<SpawnAction>& actions) {
    // A descriptor an earlier action gave the child is the child's to copy.
    auto set_before = [&](int fd) {
        for (const SpawnAction& a : actions)
            if (a.fd == fd && a.kind != SpawnAction::Kind::Close && a.kind != SpawnAction::Kind::TakeTerminal)
                return true;
        return false;
    };
    using ast::RedirOp;
    int target = r.fd >= 0 ? r.fd : ast::default_fd(r.op);
    if (r.op == RedirOp::DupInput || r.op == RedirOp::DupOutput) {
        if (word == "-") {
            actions.push_back({SpawnAction::Kind::Close, target, -1, {}, 0});
            return std::nullopt;
        }
        int from;
        if (!parse_fd(word, from)) {
            if (r.op != RedirOp::DupOutput || r.fd >= 0 || all_digits(word)) return LaunchReason::BadFdNumber;
            if (auto why = open_misfit(word, true)) return why;
            actions.push_back(open_action(1, word, O_WRONLY | O_CREAT | O_TRUNC));
            actions.push_back({SpawnAction::Kind::Dup2, 2, 1, {}, 0});
            return std::nullopt;
        }
        // Not open, or the shell's own: a forked child says "Bad file descriptor".
        if (!set_before(from) && (fd_registry::is_shell_fd(from) || ::fcntl(from, F_GETFD) < 0))
            return LaunchReason::FdNotOpen;
        if (from == target) return std::nullopt;
        actions.push_back({SpawnAction::Kind::Dup2, target, from, {}, 0});
        return std::nullopt;
    }
    if (word.empty()) return LaunchReason::EmptyFileName;
    int flags = open_flags(r.op);
    if (auto why = open_misfit(word, flags & O_CREAT)) return why;
    if (ast::writes_both(r.op)) {
        actions.push_back(open_action(1, word, flags));
        actions.push_back({SpawnAction::Kind::Dup2, 2, 1, {}, 0});
    } else {
        actions.push_back(open_action(target, word, flags));
    }
    return std::nullopt;
}
}  // namespace

RedirectsFit spawn_actions(const std::vector<ast::Redirect>& redirects, const std::vector<std::string>& words,
                           std::vector<SpawnAction>& actions) {
    for (size_t i = 0; i < redirects.size(); ++i)
        if (auto why = add_spawn_action(redirects[i], words[i], actions)) return {false, *why};
    return {};
}

}  // namespace forksh
