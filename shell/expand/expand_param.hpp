// expand_param.hpp: the string operators of parameter expansion, as pure
// functions of a value and a pattern: ${#x}, ${x%p}, ${x%%p}, ${x#p}, ${x##p}.
// No system calls. Patterns are in pattern.hpp form (quoted characters
// already backslash-escaped by the expander).
//
// All of them work on characters as the locale defines them (charset.hpp):
// bytes in the C/POSIX locale, UTF-8 sequences in a UTF-8 locale.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace forksh {

// ${#x}: the number of characters (an invalid byte counts as one).
size_t param_length(std::string_view value);

// ${x#p} (longest false) and ${x##p} (longest true): the value with the
// shortest/longest prefix matching `pattern` removed; unchanged if none.
// flags: PatternExtglob with `shopt -s extglob` (pattern.hpp).
std::string_view remove_prefix(std::string_view value, std::string_view pattern, bool longest,
                               unsigned flags = 0);

// ${x%p} and ${x%%p}: the same for suffixes.
std::string_view remove_suffix(std::string_view value, std::string_view pattern, bool longest,
                               unsigned flags = 0);

// ${x:offset:length} as bash computes it: a negative offset counts from the
// end (too far back: nothing), a negative length stops that many from the
// end. `size` elements; sets `first` and `count`. False when the end falls
// before the start ("substring expression < 0").
bool slice_bounds(int64_t size, int64_t offset, std::optional<int64_t> length, int64_t& first, int64_t& count);

// ${x:offset:length} on a string, counted in characters.
std::optional<std::string> substring(std::string_view value, int64_t offset, std::optional<int64_t> length);

// ${x/p/s} and friends: where the replacement may go.
enum class ReplaceWhere { First, All, Prefix, Suffix };

// `replacement` is in pattern.hpp form: a backslash takes the next character
// literally, and (bash 5.2's patsub_replacement) a bare `&` is the matched
// text. Matches are leftmost, and the longest at that place.
std::string replace_pattern(std::string_view value, std::string_view pattern, std::string_view replacement,
                            ReplaceWhere where, unsigned flags = 0);

// ${x^p} ${x^^p} ${x,p} ${x,,p}: the first (or every) character that
// matches `pattern` (every character when it is empty) in upper or lower case.
std::string change_case(std::string_view value, std::string_view pattern, bool upper, bool all);

}  // namespace forksh
