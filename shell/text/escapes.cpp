// escapes.cpp: the backslash-escape decoder (see escapes.hpp). No system calls.
#include "shell/text/escapes.hpp"

#include <cstdint>

#include "shell/text/charset.hpp"

namespace forksh {

namespace {

bool is_octal(char c) { return c >= '0' && c <= '7'; }

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Up to `max` hex digits at text[i...], their value in `value`; advances i.
// Returns how many there were.
size_t read_hex(std::string_view text, size_t& i, size_t max, uint32_t& value) {
    size_t n = 0;
    value = 0;
    for (; n < max && i < text.size() && hex_value(text[i]) >= 0; ++n, ++i)
        value = value * 16 + static_cast<uint32_t>(hex_value(text[i]));
    return n;
}

// Up to three octal digits at text[i...]; advances i. The value wraps to a byte.
char read_octal(std::string_view text, size_t& i) {
    unsigned value = 0;
    for (int n = 0; n < 3 && i < text.size() && is_octal(text[i]); ++n, ++i)
        value = value * 8 + static_cast<unsigned>(text[i] - '0');
    return static_cast<char>(value & 0xff);
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// \uXXXX (up to 4 hex digits) or \UXXXXXXXX (up to 8), with text[i] at the
// u or U. False, consuming nothing, when the text is to be kept as it is: no
// digit, or (InUtf8Locale) the C locale or an invalid code point.
bool unicode_escape(std::string_view text, size_t& i, std::string& out, EscapeRules::Unicode mode) {
    bool in_locale = mode == EscapeRules::Unicode::InUtf8Locale;
    if (in_locale && !multibyte_locale()) return false;
    size_t j = i + 1;
    uint32_t cp = 0;
    if (read_hex(text, j, text[i] == 'u' ? 4 : 8, cp) == 0) return false;
    bool beyond = cp > 0x10FFFF;
    if (in_locale && (beyond || (cp >= 0xD800 && cp <= 0xDFFF))) return false;
    if (!beyond) append_utf8(out, cp);  // Always: a surrogate as its bytes, beyond U+10FFFF nothing
    i = j;
    return true;
}

// The single-letter escapes all three read alike; 0 when `c` is not one.
char simple_escape(char c) {
    switch (c) {
    case '\\': return '\\';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'e':
    case 'E': return '\x1b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return 0;
    }
}

}  // namespace

bool decode_escape(std::string_view text, size_t& i, std::string& out, const EscapeRules& rules) {
    if (i >= text.size()) {
        out += '\\';
        return true;
    }
    char c = text[i];
    if (char e = simple_escape(c)) {
        out += e;
        ++i;
        return true;
    }
    if (rules.quoted.find(c) != std::string_view::npos) {
        out += c;
        ++i;
        return true;
    }
    if (c == 'c' && rules.backslash_c == EscapeRules::BackslashC::Stop) return false;
    if (c == 'c' && rules.backslash_c == EscapeRules::BackslashC::Control && i + 1 < text.size()) {
        char x = text[i + 1];
        out += x == '?' ? '\x7f' : static_cast<char>(x & 0x1f);
        i += 2;
        return true;
    }
    if (is_octal(c)) {
        if (c == '0' && rules.octal == EscapeRules::Octal::ZeroThenThree) ++i;
        out += read_octal(text, i);
        return true;
    }
    if ((c == 'u' || c == 'U') && unicode_escape(text, i, out, rules.unicode)) return true;
    uint32_t byte = 0;
    size_t j = i + 1;
    if (c == 'x' && read_hex(text, j, 2, byte) > 0) {
        out += static_cast<char>(byte);
        i = j;
        return true;
    }
    // Not an escape: the backslash stays.
    out += '\\';
    out += c;
    ++i;
    return true;
}

bool append_escapes(std::string_view text, std::string& out, const EscapeRules& rules) {
    size_t i = 0;
    while (i < text.size()) {
        char c = text[i++];
        if (c != '\\') {
            out += c;
        } else if (!decode_escape(text, i, out, rules)) {
            return false;
        }
    }
    return true;
}

}  // namespace forksh
