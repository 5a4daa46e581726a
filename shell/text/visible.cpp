// visible.cpp: visible() (visible.hpp). Pure text, no system call.
#include "shell/text/visible.hpp"

#include <cstdio>

#include "shell/text/charset.hpp"

namespace forksh {

std::string visible(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        size_t len = 1;
        if (c >= 0x80) charset_detail::decode_utf8(text, i, len);
        if (len > 1) {
            out.append(text.substr(i, len));
            i += len - 1;
        } else if (c < 0x20 || c >= 0x7f || c == '\\') {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace forksh
