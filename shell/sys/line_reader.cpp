// line_reader.cpp: LineReader: read(2) and lseek(2) on a script's descriptor.
#include "shell/sys/line_reader.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "shell/sys/sys.hpp"

namespace forksh {

bool looks_binary(std::string_view sample) {
    size_t newline = sample.find('\n');
    return sample.substr(0, newline).find('\0') != std::string_view::npos;
}

bool file_looks_binary(const std::string& path) {
    int fd = sys::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    char sample[256];
    ssize_t n = ::read(fd, sample, sizeof sample);
    sys::close(fd);
    return n > 0 && looks_binary(std::string_view(sample, static_cast<size_t>(n)));
}

LineReader::LineReader(int fd, bool owns_fd, bool shared) : fd_(fd), owns_fd_(owns_fd), shared_(shared) {
    seekable_ = ::lseek(fd, 0, SEEK_CUR) >= 0;
}

LineReader::~LineReader() {
    if (owns_fd_ && fd_ >= 0) sys::close(fd_);
}

bool LineReader::fill() {
    if (eof_) return false;
    // Shared and not seekable: one byte at a time, never past the newline.
    size_t want = (shared_ && !seekable_) ? 1 : 8192;
    char block[8192];
    ssize_t n;
    do n = ::read(fd_, block, want);
    while (n < 0 && errno == EINTR);
    if (n <= 0) {
        eof_ = true;
        return false;
    }
    buffer_.erase(0, pos_);
    pos_ = 0;
    buffer_.append(block, static_cast<size_t>(n));
    // A NUL byte cannot be part of a C string (arguments, variables): dash
    // and bash drop them from a script, and so do we.
    if (std::memchr(block, '\0', static_cast<size_t>(n)) != nullptr)
        std::erase(buffer_, '\0');
    return true;
}

bool LineReader::read_line(std::string& line) {
    bool got = false;
    for (;;) {
        size_t newline = buffer_.find('\n', pos_);
        if (newline != std::string::npos) {
            line.append(buffer_, pos_, newline + 1 - pos_);
            pos_ = newline + 1;
            got = true;
            break;
        }
        if (pos_ < buffer_.size()) {
            line.append(buffer_, pos_, std::string::npos);
            got = true;
        }
        buffer_.clear();
        pos_ = 0;
        if (!fill()) break;
    }
    if (shared_ && seekable_ && pos_ < buffer_.size()) {
        // Give back what we read beyond this line, so the next command that
        // reads the same file starts right after it.
        ::lseek(fd_, -static_cast<off_t>(buffer_.size() - pos_), SEEK_CUR);
        buffer_.clear();
        pos_ = 0;
    }
    return got;
}

}  // namespace forksh
