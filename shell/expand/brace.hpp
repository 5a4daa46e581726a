// brace.hpp: brace expansion (bash, not POSIX): `x{a,b}y` is xay xby,
// `{1..10..2}` and `{a..e}` are sequences. It is the first expansion, done
// before tilde and parameter expansion, on the word as written: only its
// unquoted text takes part, so `"{a,b}"`, `\{a,b}`, `${x}` and `$(a,b)` are
// never cut, and `{$a,$b}` is `$a $b`, each expanded afterwards. No system
// calls.
#pragma once

#include <string>
#include <vector>

#include "shell/syntax/ast.hpp"

namespace forksh {

// One word that brace expansion made: runs of unquoted text (cut from the
// word's Literal parts and joined anew) and the word's other parts (quotes,
// expansions), pointed to, not copied, and expanded later as usual.
struct BracePiece {
    std::string text;                     // unquoted text, when part is null
    const ast::WordPart* part = nullptr;  // a part of the word it came from
};
using BraceWord = std::vector<BracePiece>;

// Whether `word` has an unquoted `{` at all: the cheap test to make first.
bool has_unquoted_brace(const ast::Word& word);

// The words `word` expands to, left to right (`{b,a}` stays in that order);
// empty when it holds no brace expression and stays as it is. The pieces
// point into `word`, which must outlive them.
std::vector<BraceWord> brace_expand(const ast::Word& word);

}  // namespace forksh
