// parse_helpers.hpp: what the parser unit tests compare: the printed tree of
// a text, or the kind, position and message of its syntax error.
#pragma once

#include <string>
#include <string_view>

#include "shell/syntax/ast_dump.hpp"
#include "shell/syntax/parser.hpp"

namespace forksh::test {

inline std::string ast_of(std::string_view text) { return dump_ast(parse_program(text)); }

// The error ("Syntax 1:10 message" or "Incomplete 2:1 message") of parsing `text` (bash's dialect on, as forksh starts; with
// `strict`, as in strict POSIX mode), or "no error".
inline std::string error_of(std::string_view text, bool strict = false) {
    try {
        ParserOptions options;
        options.strict_posix = &strict;
        parse_program(text, options);
    } catch (const ParseError& e) {
        return std::string(e.kind() == ParseError::Kind::Incomplete ? "Incomplete " : "Syntax ") +
               std::to_string(e.span().line) + ":" + std::to_string(e.span().column) + " " + e.what();
    }
    return "no error";
}

// The same in strict POSIX mode, where `function` and `[[` are plain words.
inline std::string strict_error_of(std::string_view text) { return error_of(text, true); }

}  // namespace forksh::test
