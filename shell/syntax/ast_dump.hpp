// ast_dump.hpp: the printed forms of tokens and syntax trees, for
// `forksh --dump-tokens`, `forksh --dump-ast` and the parser's unit tests.
//
//   $ forksh --dump-ast -c 'echo "$x" >out'
//   List @1:1
//     AndOr @1:1
//       Pipeline @1:1
//         Simple @1:1
//           word 'echo' @1:1 [Literal "echo"]
//           word '"$x"' @1:6 [DoubleQuoted [Param $x]]
//           redirect > @1:11 'out' [Literal "out"]
//
// Every node shows where it was written (@line:column). The format is
// stable: tests compare it exactly. No system calls.
#pragma once

#include <string>
#include <string_view>

#include "shell/syntax/ast.hpp"
#include "shell/syntax/parser.hpp"

namespace forksh {

// One token per line: `1:1 WORD 'echo' [Literal "echo"]`, `1:6 AND_IF '&&'`.
// A syntax error ends the dump with a line `L:C ERROR message`.
std::string dump_tokens(std::string_view source, ParserOptions options = {});

// The tree, indented two spaces per level, one node per line.
std::string dump_ast(const ast::List& list);

// The parts of a word: `[Literal "a", DoubleQuoted [Param $b]]`.
std::string dump_word(const ast::Word& word);

}  // namespace forksh
