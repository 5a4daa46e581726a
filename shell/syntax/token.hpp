// token.hpp: the tokens the lexer hands to the parser (POSIX XCU 2.3, 2.10.1).
//
// The lexer does not know reserved words or assignments: `if` and `a=1` are
// WORD tokens, and the parser decides from the position what they mean. A
// WORD keeps its parts (ast::Word), so the parser can tell `if` from `'if'`.
// No system calls.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "shell/syntax/ast.hpp"
#include "shell/base/source.hpp"

namespace forksh {

enum class TokenKind {
    Word,
    IoNumber,   // the 2 of `2>file`: digits right before < or >
    Newline,
    End,        // end of input
    Semi,       // ;
    DSemi,      // ;;
    Amp,        // &
    AndIf,      // &&
    Pipe,       // |
    OrIf,       // ||
    LParen,     // (
    RParen,     // )
    Less,       // <
    Great,      // >
    DGreat,     // >>
    LessAnd,    // <&
    GreatAnd,   // >&
    LessGreat,  // <>
    Clobber,    // >|
    DLess,      // <<
    DLessDash,  // <<-
    TLess,      // <<<  (bash here-string)
    AndGreat,   // &>   (bash: stdout and stderr)
    AndDGreat,  // &>>  (bash: stdout and stderr, appended)
    PipeAnd,    // |&   (bash: `2>&1 |`)
    SemiAnd,    // ;&   (case: run the next item's body too; POSIX 2024)
    DSemiAnd,   // ;;&  (bash's case: go on testing the next patterns)
    ArithCommand,  // ((expression))  (bash; Token::word holds the expression)
};

// The upper-case name used by --dump-tokens: "AND_IF".
std::string_view token_kind_name(TokenKind kind);
// The operator as written: "&&"; for Word/IoNumber/Newline/End a description.
std::string_view token_kind_text(TokenKind kind);

struct Token {
    TokenKind kind = TokenKind::End;
    Span span;
    ast::Word word;      // for Word
    int io_number = -1;  // for IoNumber
    // Aliases whose text this token was read from: they are not expanded
    // again (POSIX 2.3.1 forbids the recursion).
    std::vector<std::string> active_aliases;
    // The word follows an alias whose value ends in a blank, so it is
    // checked for alias substitution too.
    bool alias_eligible = false;

    bool is(TokenKind k) const { return kind == k; }
    bool is_redirection() const;
    // An unquoted word with exactly this text, e.g. the reserved word `fi`.
    bool is_plain_word(std::string_view text) const;
    // The literal text of a word without any quoting, expansion or escape;
    // empty optional-like "" with ok=false otherwise.
    bool plain_text(std::string& out) const;
    // What an error message calls this token: `fi`, `;;`, `newline`, `end of file`.
    std::string describe() const;
};

}  // namespace forksh
