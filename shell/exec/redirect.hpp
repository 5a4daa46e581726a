// redirect.hpp: applying redirections (`<`, `>`, `2>&1`, here-documents...).
//
// A redirection is open(2) + dup2(2) + close(2): open the file, copy the new
// descriptor onto the number the command expects (0, 1, 2 or n), and close
// the original. In a forked child that is all; the child's descriptors die
// with it. A builtin or function runs in the shell itself, so its
// redirections must be undone afterwards: RedirectScope first saves a copy of
// each descriptor it replaces (above 10, close-on-exec, so no command ever
// inherits the copy) and puts them back in its destructor. The copies are
// registered as the shell's own (fd_registry): a later `exec 10>x` moves a
// copy that sits at 10 instead of overwriting it.
#pragma once

#include <list>
#include <string>
#include <vector>

#include "shell/syntax/ast.hpp"
#include "shell/expand/expand.hpp"
#include "shell/os/launch.hpp"
#include "shell/state/options.hpp"
#include "shell/sys/sys.hpp"

namespace forksh {

class RedirectScope {
  public:
    // `undoable`: save what is replaced, restore on destruction (builtins,
    // functions, compound commands). Otherwise (a child about to exec, or
    // `exec >file`) the changes are permanent.
    explicit RedirectScope(bool undoable) : undoable_(undoable) {}
    ~RedirectScope();
    RedirectScope(const RedirectScope&) = delete;
    RedirectScope& operator=(const RedirectScope&) = delete;

    // Apply in order, left to right, with `words` from expand_redirect_words.
    // Throws ShellError (status 1) naming the file and the reason; what was
    // applied before the error is still undone.
    void apply(const std::vector<ast::Redirect>& redirects, const std::vector<std::string>& words,
               const Options& options);
    // Expand, then apply (a compound command's redirections, a child's).
    void apply(const std::vector<ast::Redirect>& redirects, Expander& expander, const Options& options);

    // `exec 3>file`: keep the new descriptors, forget the saved copies.
    void make_permanent();

  private:
    void apply_one(const ast::Redirect& r, const std::string& word, const Options& options);
    void apply_here_text(const ast::Redirect& r, int target, const std::string& text);
    void apply_dup(const ast::Redirect& r, int target, const std::string& word);
    void apply_open(const ast::Redirect& r, int target, const std::string& word, const Options& options);
    void save(int fd, const ast::Redirect& r);
    void claim(int fd, const ast::Redirect& r);
    // dup2 `opened` onto `target` and close it; a failure fails `r`.
    void move_to(int opened, int target, const ast::Redirect& r);
    int open_noclobber(const std::string& word, int flags, const ast::Redirect& r);
    struct Saved {
        int fd;     // the descriptor number that was replaced
        int saved;  // its saved copy, or -1 if it was closed before
    };
    bool undoable_;
    // A list: the registry holds the address of each `saved`, and
    // push_back on a list never moves the elements already there. (Not a
    // deque: libstdc++'s allocates two blocks even when it stays empty, and
    // most commands have no redirection: a tenth of a builtin loop.)
    std::list<Saved> saved_;
};

// Every redirection's word expanded, in order: the file name or descriptor
// number, or the text a here-document or here-string gives. The shell does
// this before it expands a command's VAR=value words and before it opens
// anything (POSIX 2.9.1, as dash): `v=${x=a} cmd 2>${x=r}` leaves x=r, and
// the side effects stay in the shell even when a child runs the command.
// Throws ShellError (a bad expansion, an ambiguous redirect).
std::vector<std::string> expand_redirect_words(const std::vector<ast::Redirect>& redirects, Expander& expander);

// The same redirections as a spawned child's steps (open, dup2, close),
// with their expanded `words`, appended to `actions`. Call only
// when redirects_fit (launch.hpp) said yes. Not fit, with the reason, when
// the expanded redirections cannot be done by a spawned child exactly
// as a forked child would do them: a target whose open could block the
// shell (a FIFO, a device), a descriptor the shell may not lend. The caller
// then forks, and the child does (and reports) everything as before.
// Throws nothing.
RedirectsFit spawn_actions(const std::vector<ast::Redirect>& redirects, const std::vector<std::string>& words,
                           std::vector<sys::SpawnAction>& actions);

// The text a here-document or here-string gives its command, in a descriptor
// open for reading: a pipe when it fits in the pipe buffer, otherwise an
// anonymous file (memfd), so a large body can never deadlock the shell.
int open_here_text(const std::string& text);

}  // namespace forksh
