// prompt.hpp: PS1 and PS2 as the user sees them.
//
// Two steps, as in bash: first the backslash escapes (\u user, \w directory,
// \$ ...) are replaced, then the result is expanded like a here-document body
// (parameters, $(...), $((...))), so `PS1='$? \w\$ '` shows the last status.
// Text produced by an escape is protected from that second step (a directory
// named `$HOME` stays as it is).
#pragma once

#include <ctime>
#include <string>
#include <string_view>

namespace forksh {

class Shell;

// What the escapes need to know; filled by make_prompt_info, or by hand in tests.
struct PromptInfo {
    std::string user;       // \u
    std::string host;       // \H (\h: up to the first '.')
    std::string cwd;        // \w, \W
    std::string home;       // replaced by ~ at the start of \w
    std::string shell_name = "forksh";  // \s
    std::string version = "0.1";        // \v, \V
    int jobs = 0;           // \j
    int last_status = 0;    // \?
    int history_number = 1; // \!
    long command_number = 1; // \#
    bool root = false;      // \$ is '#' for root, '$' otherwise
    std::time_t now = 0;    // \t \T \@ \A \d
};

// Replace the escapes:
//   \u \h \H \w \W \$ \j \? \t (HH:MM:SS) \T (12-hour) \@ (am/pm) \A (HH:MM)
//   \d (Tue May 26) \s \v \V \! \# \n \r \a \e \\ \nnn (octal)
//   \[ \] (start and end of invisible text, e.g. colours: Readline's
//   RL_PROMPT_START_IGNORE/END_IGNORE so it counts the width right)
// An unknown escape stays as written. With `quote_for_expansion`, the text
// an escape produces has `$`, backquote and backslash escaped, ready for the
// parameter-expansion step.
std::string expand_prompt_escapes(std::string_view ps, const PromptInfo& info,
                                  bool quote_for_expansion = false);

PromptInfo make_prompt_info(Shell& sh, long command_number = 1);

// The prompt to show: PS1 (or PS2 when `continuation`), escapes and then
// expansions. An expansion error shows the variable's text as written.
// `command_number` is \#: the number of the command about to be read, 1 for
// the first of the session (the REPL counts them: bash's "command number").
std::string make_prompt(Shell& sh, bool continuation, long command_number = 1);

// Parameter, command and arithmetic expansion of `text`, as for a
// here-document body (also used for $ENV). Throws ShellError or ParseError.
std::string expand_parameters(Shell& sh, const std::string& text);

// The default PS1 when the environment gives none: bash's, marked as
// forksh's so that a student knows which shell is reading the line.
inline constexpr std::string_view default_ps1 = "(forksh) \\u@\\h:\\w\\$ ";

}  // namespace forksh
