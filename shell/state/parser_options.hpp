// parser_options.hpp: how the shell's state shapes parsing. The parser
// knows no tables: it asks for aliases through a hook, and reads the posix
// option through a pointer, so `alias` and `set -o posix` take effect from
// the next command the parser reads.
#pragma once

#include "shell/state/aliases.hpp"
#include "shell/state/options.hpp"
#include "shell/syntax/parser.hpp"

namespace forksh {

// The table and the options must outlive the parser.
inline ParserOptions parser_options(const Aliases& aliases, const Options& options, int first_line = 1) {
    ParserOptions parsing;
    parsing.aliases = [&aliases](std::string_view name) { return aliases.find(name); };
    parsing.first_line = first_line;
    parsing.strict_posix = &options.posix;
    parsing.extglob = &options.extglob;
    return parsing;
}

}  // namespace forksh
