// line_editor.cpp: Readline's callback interface driven from our own
// pselect(2) loop. Readline is loaded (dlopen) when the editor is made, that is
// when an interactive shell is about to prompt (readline_library.hpp), and
// called through `rl`, its table. System calls: sigaction, sigprocmask (sys::),
// pselect, read (inside Readline), write.
#include "shell/text/charset.hpp"
#include "shell/interactive/line_editor.hpp"

#include <signal.h>
#include <stdio.h>
#include <sys/select.h>
#include <unistd.h>

#include <readline/history.h>

#include <cerrno>
#include <cstdlib>

#include <fmt/format.h>

#include "shell/base/output.hpp"
#include "shell/shell.hpp"
#include "shell/os/signals.hpp"
#include "shell/base/source.hpp"
#include "shell/sys/sys.hpp"
#include "shell/interactive/completion.hpp"
#include "shell/interactive/readline_library.hpp"
#include "shell/sys/line_reader.hpp"

namespace forksh {

namespace {

// The loaded Readline; null until a LineEditor has loaded it.
const ReadlineLibrary* rl = nullptr;

volatile sig_atomic_t got_sigint = 0;
volatile sig_atomic_t got_sigwinch = 0;
volatile sig_atomic_t got_sighup = 0;

void on_sigint(int) { got_sigint = 1; }
void on_sigwinch(int) { got_sigwinch = 1; }
void on_sighup(int) { got_sighup = 1; }

// The line Readline handed to on_line, for read_line to return.
bool line_done = false;
std::optional<std::string> line_value;

void on_line(char* text) {
    line_done = true;
    if (text) {
        line_value = std::string(text);
        std::free(text);
    } else {
        line_value.reset();
    }
    // Removing the handler puts the terminal back in the shell's own modes
    // before the command runs.
    rl->rl_callback_handler_remove();
}

void set_handler(int sig, void (*handler)(int), int flags, struct sigaction* keep_old = nullptr) {
    struct sigaction sa {}, old {};
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = flags;
    sys::sigaction(sig, &sa, &old);
    // A lasting handler is recorded, so that children get the default back
    // (signals::enter_subshell); a temporary one (`old` kept) is put back by its owner.
    if (keep_old != nullptr) *keep_old = old;
    else signals::note_handler(sig, handler, old);
}

sigset_t editor_signals() {
    sigset_t set;
    sigemptyset(&set);
    for (int sig : {SIGINT, SIGCHLD, SIGWINCH, SIGHUP}) sigaddset(&set, sig);
    return set;
}

// While reading: the four signals blocked outside pselect, and SIGINT
// caught (the interactive shell ignores it the rest of the time, so that
// Ctrl-C reaches only the foreground job).
class ReadingSignals {
  public:
    ReadingSignals() {
        sigset_t set = editor_signals();
        sys::sigprocmask(SIG_BLOCK, &set, &old_mask_);
        got_sigint = 0;
        set_handler(SIGINT, on_sigint, 0, &old_sigint_);
    }
    ~ReadingSignals() {
        sys::sigaction(SIGINT, &old_sigint_, nullptr);
        sys::sigprocmask(SIG_SETMASK, &old_mask_, nullptr);
    }
    // The mask inside pselect: the old one, with the four let through.
    sigset_t wait_mask() const {
        sigset_t mask = old_mask_;
        for (int sig : {SIGINT, SIGCHLD, SIGWINCH, SIGHUP}) sigdelset(&mask, sig);
        return mask;
    }

  private:
    sigset_t old_mask_;
    struct sigaction old_sigint_ {};
};

std::string without_ignore_markers(const std::string& prompt) {
    std::string out;
    for (char c : prompt)
        if (c != RL_PROMPT_START_IGNORE && c != RL_PROMPT_END_IGNORE) out += c;
    return out;
}

}  // namespace

LineEditor::LineEditor(Shell& sh) : sh_(sh), use_readline_(::isatty(0) != 0) {
    // SIGWINCH and SIGHUP stay caught for the whole session; both are reset
    // to the default in every child (Executor::become_child, execve).
    set_handler(SIGWINCH, on_sigwinch, SA_RESTART);
    if (!signals::ignored_at_start(SIGHUP) && sh_.traps().get(SIGHUP).action == TrapAction::Default)
        set_handler(SIGHUP, on_sighup, SA_RESTART);
    if (use_readline_) {
        const char* error = nullptr;
        rl = readline_library(&error);
        // Without Readline (not installed, a broken copy) the shell still
        // works: it reads plain lines, as when stdin is not a terminal.
        if (rl == nullptr) {
            write_all(2, fmt::format("forksh: {}; line editing is off (install libreadline8)\n", error));
            use_readline_ = false;
        }
    }
    if (!use_readline_) {
        plain_reader_ = std::make_unique<LineReader>(0, false, true);
        return;
    }
    // Readline reads LC_CTYPE when it starts, to edit multibyte characters:
    // the locale the shell chose lazily (charset.hpp) must be set by then.
    multibyte_locale();
    *rl->rl_readline_name = "forksh";
    *rl->rl_catch_signals = 0;
    *rl->rl_catch_sigwinch = 0;
    *rl->rl_change_environment = 0;
    *rl->rl_instream = stdin;
    *rl->rl_outstream = stderr;  // prompts and editing go to stderr, as in bash
    install_completion(sh_, *rl);
    rl->rl_initialize();  // reads $INPUTRC or ~/.inputrc
    // `set editing-mode vi` in ~/.inputrc shows in `set -o`.
    if (*rl->rl_editing_mode == 0) {
        sh_.options().vi = true;
        sh_.options().emacs = false;
    }
}

LineEditor::~LineEditor() = default;

bool LineEditor::hangup_pending() { return got_sighup != 0; }

void LineEditor::sync_editing_mode() {
    bool want_vi = sh_.options().vi;
    if (want_vi != (*rl->rl_editing_mode == 0)) rl->rl_variable_bind("editing-mode", want_vi ? "vi" : "emacs");
}

std::optional<std::string> LineEditor::read_plain_line(const std::string& prompt) {
    if (got_sighup) throw HungUp{};
    write_all(2, without_ignore_markers(prompt));
    std::string line;
    if (!plain_reader_->read_line(line)) return std::nullopt;
    if (!line.empty() && line.back() == '\n') line.pop_back();
    return line;
}

std::optional<std::string> LineEditor::read_line(const std::string& prompt) {
    if (!use_readline_) return read_plain_line(prompt);
    sync_editing_mode();
    ReadingSignals guard;
    sigset_t wait_mask = guard.wait_mask();
    line_done = false;
    line_value.reset();
    using_history();  // up-arrow starts from the newest entry
    rl->rl_callback_handler_install(prompt.c_str(), on_line);
    reading_ = true;
    int fd = fileno(*rl->rl_instream);
    for (;;) {
        if (got_sigwinch) {
            got_sigwinch = 0;
            rl->rl_resize_terminal();
        }
        if (got_sigint || got_sighup) {
            bool interrupt = got_sigint;
            got_sigint = 0;
            // What Readline itself does on SIGINT: forget the half-typed
            // line and any partial key sequence, show ^C, leave the line.
            rl->rl_free_line_state();
            rl->rl_callback_sigcleanup();
            if (interrupt) rl->rl_echo_signal_char(SIGINT);
            rl->rl_callback_handler_remove();
            reading_ = false;
            write_all(2, "\n");
            if (interrupt) throw Interrupted{};
            throw HungUp{};
        }
        if (line_done) break;
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        int r = ::pselect(fd + 1, &fds, nullptr, nullptr, nullptr, &wait_mask);
        if (r < 0) {
            if (errno != EINTR) {
                rl->rl_callback_handler_remove();
                line_value.reset();
                break;
            }
            if (on_child_event) on_child_event();
            continue;
        }
        if (r > 0) rl->rl_callback_read_char();
    }
    reading_ = false;
    return line_value;
}

void LineEditor::print_above(std::string_view text) {
    if (!reading_) {
        write_all(2, text);
        return;
    }
    // Erase the prompt and the line, write, then draw both again where the
    // text ended: the user's typing is untouched. A terminal that cannot
    // move the cursor (TERM=dumb) gets the text on a new line instead, and
    // the line again below it, as bash does.
    const char* term = *rl->rl_terminal_name ? *rl->rl_terminal_name : std::getenv("TERM");
    if (term && std::string_view(term) != "dumb") {
        rl->rl_clear_visible_line();
        write_all(2, "\r");
    } else {
        write_all(2, "\n");
    }
    write_all(2, text);
    rl->rl_on_new_line();
    rl->rl_forced_update_display();
}

// `forksh --version` loads Readline only to ask it.
const char* readline_version() {
    const char* error = nullptr;
    const ReadlineLibrary* lib = readline_library(&error);
    return lib ? *lib->rl_library_version : "(not available)";
}

}  // namespace forksh
