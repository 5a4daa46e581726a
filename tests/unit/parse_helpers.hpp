// parse_helpers.hpp: what the parser unit tests compare: the printed tree of
// a text, or the kind, position and message of its syntax error.
#pragma once

#include <string>
#include <string_view>

#include "shell/syntax/ast_dump.hpp"
#include "shell/syntax/parser.hpp"

namespace forksh::test {

inline std::string ast_of(std::string_view text) { return dump_ast(parse_program(text)); }

// "Syntax 1:10 message" or "Incomplete 2:1 message", or "no error".
// `strict`: parsed in strict POSIX mode.
inline std::string error_of(std::string_view text, bool strict = false) {
    static const bool on = true;
    ParserOptions options;
    if (strict) options.strict_posix = &on;
    try {
        parse_program(text, options);
    } catch (const ParseError& e) {
        return std::string(e.kind() == ParseError::Kind::Incomplete ? "Incomplete " : "Syntax ") +
               std::to_string(e.span().line) + ":" + std::to_string(e.span().column) + " " + e.what();
    }
    return "no error";
}

}  // namespace forksh::test
