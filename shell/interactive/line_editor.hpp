// line_editor.hpp: reading a command line at the terminal with GNU Readline.
//
// Readline's callback interface is used rather than readline(): the shell
// waits for input itself, in pselect(2), with SIGINT, SIGCHLD, SIGWINCH and
// SIGHUP blocked everywhere except inside that wait. So a signal is either
// handled before the wait starts or interrupts it - never lost in between -
// and the shell, not Readline, decides what each one means:
//   SIGINT (Ctrl-C)  abandon the line (and a half-typed command at PS2);
//   SIGCHLD          a child changed state: `set -b` notices are printed
//                    above the line being typed, which is then redrawn;
//   SIGWINCH         the window changed size: Readline re-reads it;
//   SIGHUP           the terminal went away: the shell ends.
// Readline installs no signal handlers of its own (rl_catch_signals = 0).
//
// Readline itself is loaded only by an interactive shell, when its line editor
// is made (readline_library.hpp): `sh -c` and scripts never load it.
//
// Readline's settings come from ~/.inputrc (or $INPUTRC), as in bash; the
// editing mode follows `set -o vi` / `set -o emacs`.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace forksh {

class Shell;
class LineReader;

class LineEditor {
  public:
    // Thrown by read_line: Ctrl-C was pressed (the line is abandoned).
    struct Interrupted {};
    // Thrown by read_line: SIGHUP arrived.
    struct HungUp {};

    explicit LineEditor(Shell& sh);
    ~LineEditor();
    LineEditor(const LineEditor&) = delete;
    LineEditor& operator=(const LineEditor&) = delete;

    // Show `prompt` and read one line (without its newline). nullopt at end
    // of input (Ctrl-D on an empty line).
    std::optional<std::string> read_line(const std::string& prompt);

    // Called (outside Readline's own code) when a SIGCHLD interrupted the
    // wait for input, e.g. to print `set -b` notices with print_above().
    std::function<void()> on_child_event;

    // Write `text` to stderr without mixing it into the line being edited:
    // the line is erased, the text written, and the prompt and line redrawn.
    void print_above(std::string_view text);

    // True if a SIGHUP arrived (checked between commands too).
    static bool hangup_pending();

  private:
    void sync_editing_mode();
    std::optional<std::string> read_plain_line(const std::string& prompt);

    Shell& sh_;
    bool use_readline_;
    bool reading_ = false;
    std::unique_ptr<LineReader> plain_reader_;
};

// The version of the Readline library this process runs with (rl_library_version),
// for `forksh --version` (which loads it to ask).
const char* readline_version();

}  // namespace forksh
