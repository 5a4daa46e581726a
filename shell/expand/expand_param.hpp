// expand_param.hpp: the string operators of parameter expansion, as pure
// functions of a value and a pattern: ${#x}, ${x%p}, ${x%%p}, ${x#p}, ${x##p}.
// No system calls. Patterns are in pattern.hpp form (quoted characters
// already backslash-escaped by the expander).
//
// All of them work on characters as the locale defines them (charset.hpp):
// bytes in the C/POSIX locale, UTF-8 sequences in a UTF-8 locale.
#pragma once

#include <string_view>

namespace forksh {

// ${#x}: the number of characters (an invalid byte counts as one).
size_t param_length(std::string_view value);

// ${x#p} (longest false) and ${x##p} (longest true): the value with the
// shortest/longest prefix matching `pattern` removed; unchanged if none.
std::string_view remove_prefix(std::string_view value, std::string_view pattern, bool longest);

// ${x%p} and ${x%%p}: the same for suffixes.
std::string_view remove_suffix(std::string_view value, std::string_view pattern, bool longest);

}  // namespace forksh
