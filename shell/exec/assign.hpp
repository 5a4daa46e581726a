// assign.hpp: one assignment of a simple command: POSIX's NAME=value, and
// bash's NAME+=value, NAME[index]=value and NAME=(items). No system calls
// of its own (array items are globbed: glob.cpp reads directories).
#pragma once

#include <cstdint>
#include <string>

#include "shell/expand/expand.hpp"
#include "shell/syntax/ast.hpp"
#include "shell/state/variables.hpp"

namespace forksh {

// Expand and assign. A readonly variable is a shell error (POSIX 2.8.1):
// throws ShellError.
void assign_word(Variables& vars, Expander& expander, const ast::Assignment& a);

// `declare a=(x 'y z')`: the operand the builtin gets, `a=('x' 'y z')`,
// each element expanded and quoted again (read back by declare).
std::string array_operand(Expander& expander, const ast::Assignment& a);

// An index, as bash computes one: arithmetic; a negative index counts back
// from the end of the array.
int64_t array_index(Variables& vars, const std::string& name, const std::string& text, Span span);

}  // namespace forksh
