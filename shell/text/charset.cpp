// charset.cpp: character boundaries for the current LC_CTYPE (setlocale(3)).
#include "shell/text/charset.hpp"

#include <clocale>
#include <langinfo.h>
#include <string>
#include <strings.h>

namespace forksh {

namespace charset_detail {
bool utf8_locale = false;
}  // namespace charset_detail

namespace {
bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

namespace {
std::string wanted_locale;  // the name set_ctype_locale was given
std::string applied_locale = "C";  // what setlocale(LC_CTYPE) last got: C at start
}  // namespace

bool charset_detail::locale_pending = false;

void set_ctype_locale(std::string_view name) {
    wanted_locale.assign(name);
    // C and POSIX are what the process has: nothing to load, nothing to wait for.
    if ((name.empty() || name == "C" || name == "POSIX") && applied_locale == "C") {
        charset_detail::utf8_locale = false;
        charset_detail::locale_pending = false;
        return;
    }
    charset_detail::locale_pending = true;
}

void charset_detail::apply_pending_locale() {
    locale_pending = false;
    // setlocale fails for a locale that is not installed; bash warns, dash
    // never looks. We fall back to C quietly: a script must not change its
    // output because a machine lacks a locale.
    if (wanted_locale.empty() || std::setlocale(LC_CTYPE, wanted_locale.c_str()) == nullptr) {
        std::setlocale(LC_CTYPE, "C");
        applied_locale = "C";
    } else {
        applied_locale = wanted_locale;
    }
    const char* codeset = nl_langinfo(CODESET);
    utf8_locale = codeset && (::strcasecmp(codeset, "UTF-8") == 0 || ::strcasecmp(codeset, "utf8") == 0);
}

uint32_t charset_detail::decode_utf8(std::string_view s, size_t i, size_t& len) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    len = 1;
    // The shortest-form rules of RFC 3629: the second byte's range depends on
    // the first, which rules out overlong forms and surrogates.
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return c;  // a continuation byte or C0, C1, F5..FF: one invalid byte
    }
    if (i + need >= s.size()) return c;  // truncated at the end
    const unsigned char second = static_cast<unsigned char>(s[i + 1]);
    if (second < lo || second > hi) return c;
    cp = (cp << 6) | (second & 0x3F);
    for (size_t k = 2; k <= need; ++k) {
        const unsigned char b = static_cast<unsigned char>(s[i + k]);
        if (!is_cont(b)) return c;
        cp = (cp << 6) | (b & 0x3F);
    }
    len = need + 1;
    return cp;
}

size_t char_count(std::string_view s) {
    if (!multibyte_locale()) return s.size();
    size_t count = 0;
    for (size_t i = 0; i < s.size(); i += char_length(s, i)) ++count;
    return count;
}

}  // namespace forksh
