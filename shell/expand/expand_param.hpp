// expand_param.hpp: the string operators of parameter expansion, as pure
// functions of a value and a pattern: ${#x}, ${x%p}, ${x%%p}, ${x#p}, ${x##p}.
// No system calls. Patterns are in pattern.hpp form (quoted characters
// already backslash-escaped by the expander).
//
// Prefix and suffix removal work on bytes: a pattern like `?` may cut a
// multibyte UTF-8 character in half, as in dash. ${#x} counts characters.
#pragma once

#include <string_view>

namespace forksh {

// ${#x}: the number of characters in a UTF-8 value (bytes that do not start a
// character, 10xxxxxx, are not counted; invalid bytes count one each).
size_t param_length(std::string_view value);

// ${x#p} (longest false) and ${x##p} (longest true): the value with the
// shortest/longest prefix matching `pattern` removed; unchanged if none.
std::string_view remove_prefix(std::string_view value, std::string_view pattern, bool longest);

// ${x%p} and ${x%%p}: the same for suffixes.
std::string_view remove_suffix(std::string_view value, std::string_view pattern, bool longest);

}  // namespace forksh
