// parser.hpp: recursive-descent parser for the POSIX shell grammar (XCU 2.10).
//
// The parser pulls text through an InputSource one line at a time, so that
//  - a script on stdin is read no further than the command being run (POSIX:
//    the next command may read the rest of stdin itself);
//  - the interactive shell can print PS2 when a command is not finished: the
//    parser asks for another line, and the REPL's InputSource prompts for it.
// It never runs anything: the lexer reads words as parts (ast::WordPart),
// $(...) bodies are parsed here too, once.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "shell/syntax/ast.hpp"
#include "shell/syntax/token.hpp"
#include "shell/base/source.hpp"

namespace forksh {

// Where the parser gets more text. Appends the next line (with its '\n', if
// it has one) to `line` and returns true, or returns false at end of input.
// `continuation` is true when the parser is in the middle of a command (the
// interactive shell shows PS2 then, PS1 otherwise).
using InputSource = std::function<bool(std::string& line, bool continuation)>;

// Alias hook (POSIX 2.3.1): called for a word in command position; returns the
// replacement text, or nullptr when the word is not an alias.
using AliasLookup = std::function<const std::string*(std::string_view name)>;

class ParseError : public std::runtime_error {
  public:
    enum class Kind {
        Incomplete,  // input ended inside a command: open quote, `if` without `fi`, ...
        Syntax,      // wrong: `fi` where a command was expected, `;;` outside case, ...
    };
    ParseError(Kind kind, std::string message, Span span)
        : std::runtime_error(std::move(message)), kind_(kind), span_(span) {}
    Kind kind() const { return kind_; }
    Span span() const { return span_; }

  private:
    Kind kind_;
    Span span_;
};

struct ParserOptions {
    AliasLookup aliases;  // may be empty: no alias substitution
    int first_line = 1;   // line number of the first line of input
    // Points at the shell's `posix` option (may be null: extensions on). Read
    // at each decision, so `set -o posix` counts from the next command on.
    const bool* strict_posix = nullptr;
    // Points at `shopt extglob` (may be null: off): words take ?( ) *( )...
    const bool* extglob = nullptr;
};

class Parser {
  public:
    Parser(InputSource input, ParserOptions options = {});
    // Convenience: parse a string that is all the input there is.
    explicit Parser(std::string_view text, ParserOptions options = {});
    ~Parser();
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    // complete_command: the next list up to an unquoted newline at top level
    // (`a; b & c` is one), with its here-document bodies read. Returns
    // std::nullopt at end of input. Throws ParseError.
    //
    // An empty line or a comment-only line returns an empty List (no items),
    // so that a caller can print the next prompt.
    std::optional<ast::List> next_command();

    // After a syntax error, skip the rest of the current line so that the
    // next call starts fresh (used by the interactive shell).
    void recover();

    // Line number the parser has read up to (for $LINENO of the next command).
    int current_line() const;

    // The source text of a span range, e.g. the text of a job for `jobs`.
    // Returns what was read from `from` up to (not including) `to`.
    std::string text_between(Span from, Span to) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Parse a whole string into one List (every complete command appended).
// Throws ParseError.
ast::List parse_program(std::string_view text, ParserOptions options = {});

// Text with expansions but no command: PS1, PS2 and PS4, and a piece of a
// large here-document body (ast::HereDoc::pieces). It is read as an
// unquoted here-document body is ($name, ${...}, $(...), `...`, $((...)) and
// backslash before $ ` \ are special; quotes are plain text), all of it,
// into one word for Expander::expand_heredoc; `span` is where the text
// starts. Throws ParseError.
ast::Word parse_expansion_text(std::string_view text, Span span = Span{1, 1});

// Every token of a string, with here-document bodies attached to the
// delimiter words, for --dump-tokens. It lives with the parser because a
// $(...) inside a word is parsed as it is read. Throws ParseError; `out`
// then holds the tokens before the error.
struct LexedToken {
    Token token;
    std::unique_ptr<ast::HereDoc> heredoc;  // for the word after << or <<-
};
// `options` as for parse_program: in strict POSIX mode `[[` is a word.
void tokenize(std::string_view source, std::vector<LexedToken>& out, ParserOptions options = {});

}  // namespace forksh
