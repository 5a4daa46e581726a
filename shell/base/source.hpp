// source.hpp: where a piece of shell text came from.
// Every token and AST node carries a Span, so that every error message can
// name its line (and, in --dump-* output and syntax errors, its column).
#pragma once

namespace forksh {

// 1-based line and column of the first character of a token or node.
struct Span {
    int line = 1;
    int column = 1;
    friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace forksh
