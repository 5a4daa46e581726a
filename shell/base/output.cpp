// output.cpp: write(2) loops.
#include "shell/base/output.hpp"

#include <cerrno>
#include <unistd.h>

namespace forksh {

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

std::string sentence_under_line(std::string_view text, size_t width) {
    std::string out = "        ^ ";
    size_t column = out.size();
    while (!text.empty()) {
        size_t end = text.find(' ');
        std::string_view word = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (column > 10 && column + 1 + word.size() > width) {
            out += "\n          ";
            column = 10;
        } else if (column > 10) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out + "\n";
}

}  // namespace forksh
