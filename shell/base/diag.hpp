// diag.hpp: the one formatter for messages the shell prints about itself.
//
//   forksh: line 3: foo: command not found
//   forksh: deploy.sh: line 4: name: parameter not set
//   forksh: cd: /nope: No such file or directory        (at the prompt)
//
// ShellError is thrown in the engine to abandon the current command; only the
// top-level loop and a child's entry point catch it.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "shell/base/source.hpp"

namespace forksh {

// Where messages come from: the program name, the script (if any), and
// whether line numbers are shown (not at an interactive prompt).
struct DiagContext {
    std::string program = "forksh";
    std::string script;      // empty for -c, stdin and the prompt
    bool show_lines = true;  // false at the interactive prompt
};

DiagContext& diag_context();

// While alive, messages name `script` (a file read with `.`, or the file a
// called function was defined in) and show its line numbers, as bash does:
//   forksh: ./lib.sh: line 2: nosuchcmd_x: command not found
// The previous name comes back when the scope ends, however it ends. An
// empty name (text from -c or the prompt) leaves the context as it is.
class DiagScriptScope {
  public:
    explicit DiagScriptScope(const std::string& script);
    ~DiagScriptScope();
    DiagScriptScope(const DiagScriptScope&) = delete;
    DiagScriptScope& operator=(const DiagScriptScope&) = delete;

  private:
    bool active_ = false;
    std::string saved_script_;
    bool saved_show_lines_ = true;
};

// "forksh: [script: ][line L: ]message"
std::string format_diag(std::string_view message, int line);

// Write a formatted message to stderr (fd 2), unbuffered.
void report(std::string_view message, int line = 0);
// A syntax error: the message, then the offending line and a caret under
// the column, so a student sees exactly where the parser stopped:
//   forksh: line 2: syntax error: unexpected 'fi' (expecting 'then')
//       if true; fi
//                ^
// The message and the quoted line are made safe for a terminal: control
// bytes and invalid UTF-8 shown as \xHH, a long line cut to a window of 120
// bytes around the caret (marked with ...), a long message cut in its middle.
void report_syntax_error(std::string_view message, Span span, std::string_view source_line);
// "forksh: [script: ]out of memory", for a std::bad_alloc caught at the top
// level or a child's entry point: the command is abandoned, the shell says so
// and exits 2 (or, interactive, shows its prompt again) instead of aborting.
void report_out_of_memory();
// The two lines under the message (quoted text, caret), "" when there is
// nothing to quote; exposed for the unit tests.
std::string quote_source_line(std::string_view line, int column);
// Write text to stderr as it is (job notices and the like).
void report_raw(std::string_view text);

// Thrown to abandon the current command. `status` becomes $?;
// `fatal` errors (POSIX: e.g. an expansion error in a special builtin) end a
// non-interactive shell.
class ShellError : public std::runtime_error {
  public:
    ShellError(std::string message, Span span, int status = 1, bool fatal = false)
        : std::runtime_error(std::move(message)), span_(span), status_(status), fatal_(fatal) {}
    Span span() const { return span_; }
    int status() const { return status_; }
    bool fatal() const { return fatal_; }
    // Already written where it happened, through the redirections in force
    // there (`{ : ${x?boom}; } 2>/dev/null` is silent): the handlers further
    // up, after those redirections are undone, do not write it again.
    bool reported() const { return reported_; }
    void mark_reported() const { reported_ = true; }

  private:
    Span span_;
    int status_;
    bool fatal_;
    mutable bool reported_ = false;
};

// Thrown by `exit` (and by fatal errors) to unwind to the top level or to a
// child's entry point, which then runs the EXIT trap and ends the process.
struct ExitRequest {
    int status;
};

}  // namespace forksh
