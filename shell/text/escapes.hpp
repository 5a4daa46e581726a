// escapes.hpp: one decoder for the backslash escapes of printf's format,
// printf's %b and `echo -e`, and $'...'.
//
// The three read most escapes alike (\n \t \\ \a \b \e \f \r \v, \xHH, an
// unknown escape keeps its backslash); where POSIX and bash really differ,
// the difference is a field of EscapeRules, not a copy of the decoder:
//
//                    \NNN octal           \c              \u \U            \ only quotes
//   printf format    1-3 digits           kept as text    UTF-8 locale     " '
//   echo -e, %b      \0NNN, or \NNN       stops output    UTF-8 locale     (none)
//   $'...'           1-3 digits           \cX: control    always UTF-8     " ' ?
//
// No system calls; \u asks charset.hpp whether the locale is UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace forksh {

struct EscapeRules {
    // ThreeDigits: \NNN is one to three octal digits, a leading 0 among them
    // (printf's format, $'...'). ZeroThenThree: \0 is followed by up to three
    // more (echo's \0NNN), and \NNN without the 0 is read as well (%b, dash's echo).
    enum class Octal { ThreeDigits, ZeroThenThree };
    // \c: Literal keeps "\c"; Stop ends all output (echo, %b); Control makes
    // \cX the control character X & 0x1f, \c? DEL ($'...').
    enum class BackslashC { Literal, Stop, Control };
    // \uXXXX \UXXXXXXXX: InUtf8Locale gives a valid code point's UTF-8 bytes in
    // a UTF-8 locale and keeps the text otherwise (bash's printf; dash has no
    // \u). Always encodes any code point below U+110000 as UTF-8 ($'...' is
    // decoded when the word is read, before any locale of the script applies).
    enum class Unicode { InUtf8Locale, Always };

    Octal octal;
    BackslashC backslash_c;
    Unicode unicode;
    // Characters a backslash only quotes: \" gives ".
    std::string_view quoted;
};

inline constexpr EscapeRules printf_format_escapes{EscapeRules::Octal::ThreeDigits, EscapeRules::BackslashC::Literal,
                                                   EscapeRules::Unicode::InUtf8Locale, "\"'"};
inline constexpr EscapeRules echo_escapes{EscapeRules::Octal::ZeroThenThree, EscapeRules::BackslashC::Stop,
                                          EscapeRules::Unicode::InUtf8Locale, ""};
inline constexpr EscapeRules ansi_c_escapes{EscapeRules::Octal::ThreeDigits, EscapeRules::BackslashC::Control,
                                            EscapeRules::Unicode::Always, "\"'?"};

// One escape, with text[i] just after the backslash (i == text.size(): a
// backslash at the end, which stays). Appends its bytes to `out` and moves i
// past it. Returns false, consuming nothing, at a \c that stops output.
bool decode_escape(std::string_view text, size_t& i, std::string& out, const EscapeRules& rules);

// All of `text`, escapes decoded, appended to `out`. Returns false when a \c
// stopped it (the text before the \c is appended).
bool append_escapes(std::string_view text, std::string& out, const EscapeRules& rules);

}  // namespace forksh
