// readline_library.hpp: GNU Readline, loaded on the first prompt.
//
// forksh is not linked with libreadline.so: a shell is started far more often
// without a terminal (`sh -c`, scripts) than with one, and linking it would
// make every start map libreadline and libtinfo and apply their 3,600
// relocations (1,800 of them symbol lookups): 420,000 -> 906,000 instructions
// per `forksh -c true` (dash: 223,000). Instead the line editor dlopen(3)s the
// system's library (the soname of the headers we were compiled with,
// libreadline.so.8) when an interactive shell makes it, just before its first
// prompt (and `forksh --version` to ask the version), and reaches it through
// the table below: each entry points to one Readline function or variable,
// typed from readline.h (decltype), so a call through it is checked like a
// direct one.
//
// The History library (libhistory.so.8, shell/state/history.cpp) stays linked:
// it is small, and libreadline's own calls to add_history, previous_history...
// go through its PLT, so they reach that same, already loaded copy: one list.
// System calls: those of dlopen (open, mmap, mprotect of libreadline and
// libtinfo), once.
#pragma once

#include <stdio.h>
#include <readline/readline.h>

namespace forksh {

// X(name) for every Readline function and variable the line editor and the
// completion use.
#define FORKSH_READLINE_SYMBOLS(X)                                                               \
    /* functions */                                                                              \
    X(rl_initialize) X(rl_variable_bind) X(rl_callback_handler_install)                           \
    X(rl_callback_handler_remove) X(rl_callback_read_char) X(rl_callback_sigcleanup)              \
    X(rl_free_line_state) X(rl_echo_signal_char) X(rl_resize_terminal)                            \
    X(rl_clear_visible_line) X(rl_on_new_line) X(rl_forced_update_display)                        \
    X(rl_completion_matches) X(rl_username_completion_function)                                   \
    /* variables (the table holds their addresses) */                                            \
    X(rl_library_version) X(rl_readline_name) X(rl_catch_signals) X(rl_catch_sigwinch)            \
    X(rl_change_environment) X(rl_instream) X(rl_outstream) X(rl_editing_mode)                    \
    X(rl_terminal_name) X(rl_line_buffer) X(rl_attempted_completion_over)                         \
    X(rl_completion_append_character) X(rl_attempted_completion_function)                         \
    X(rl_completer_word_break_characters) X(rl_basic_word_break_characters)                       \
    X(rl_completer_quote_characters) X(rl_filename_quote_characters)                              \
    X(rl_filename_quoting_function) X(rl_filename_dequoting_function) X(rl_char_is_quoted_p)

// rl.rl_initialize() calls the function; *rl.rl_editing_mode is the variable.
struct ReadlineLibrary {
#define FORKSH_READLINE_MEMBER(name) decltype(&::name) name = nullptr;
    FORKSH_READLINE_SYMBOLS(FORKSH_READLINE_MEMBER)
#undef FORKSH_READLINE_MEMBER
};

// Loads libreadline on the first call and returns its table; nullptr if it
// cannot be loaded or lacks a symbol (the reason is in `error`, for a message).
// Later calls return the same answer without trying again.
const ReadlineLibrary* readline_library(const char** error = nullptr);

}  // namespace forksh
