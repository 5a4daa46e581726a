// charset.hpp: what one character is, by the locale's LC_CTYPE (XCU 2.13,
// 2.6.2). In the C/POSIX locale a character is a byte; in a UTF-8 locale it
// is a valid UTF-8 sequence, and a byte that starts none (a stray
// continuation byte, a truncated or overlong sequence) is one character on
// its own, so nothing is ever skipped or split and no input makes us fail.
//
// ${#x}, `?`, `[...]` and prefix/suffix removal count characters through
// these functions. dash always works on bytes; bash follows the locale, as
// POSIX asks, and so do we. The only system call is setlocale(3), which also
// makes iswalpha() and friends answer for the chosen locale.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace forksh {

// Choose the LC_CTYPE locale by name ("" or an unknown name: C). The shell
// calls this with the first non-empty of $LC_ALL, $LC_CTYPE, $LANG whenever
// one of them changes. setlocale(3) itself runs only when a character is
// first looked at: it reads the locale alias file, which was a sixth of a
// `forksh -c true`, and most commands never ask.
void set_ctype_locale(std::string_view name);

namespace charset_detail {
extern bool utf8_locale;
extern bool locale_pending;  // set_ctype_locale was called, setlocale not yet
void apply_pending_locale();
uint32_t decode_utf8(std::string_view s, size_t i, size_t& len);
inline bool utf8() {
    if (locale_pending) apply_pending_locale();
    return utf8_locale;
}
}  // namespace charset_detail

// True in a UTF-8 locale: characters may be longer than one byte.
// (Inline, like decode_char: the pattern matcher calls them per character.)
inline bool multibyte_locale() { return charset_detail::utf8(); }

// The character starting at s[i] (i < s.size()): its code point, and its
// length in bytes in `len` (1 in a single-byte locale or for an invalid byte,
// whose "code point" is then the byte value itself).
inline uint32_t decode_char(std::string_view s, size_t i, size_t& len) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    len = 1;
    if (c < 0x80 || !charset_detail::utf8()) return c;
    return charset_detail::decode_utf8(s, i, len);
}

inline size_t char_length(std::string_view s, size_t i) {
    if (!multibyte_locale() || static_cast<unsigned char>(s[i]) < 0x80) return 1;
    size_t len = 1;
    decode_char(s, i, len);
    return len;
}

// The number of characters in s.
size_t char_count(std::string_view s);

}  // namespace forksh
