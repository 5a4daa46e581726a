// line_reader.hpp: reading a script, one line at a time, from a descriptor;
// and telling a script from a program by its first bytes.
// System calls: read(2), lseek(2), and open/close through sys:: (traced).
#pragma once

#include <string>
#include <string_view>

namespace forksh {

// The start of a file holds a NUL byte before its first newline: a program
// (ELF, an image...), not a shell script. bash's test, which dash shares
// for files run as commands. `sample` is the file's first bytes.
bool looks_binary(std::string_view sample);

// The same test on a file by name: reads its first 256 bytes.
bool file_looks_binary(const std::string& path);

// Reads a script one line at a time from a descriptor, for the parser.
//
// When the descriptor is shared with the commands the script runs (the
// shell's stdin: `forksh < script`), a command like `read` or `cat` must find
// the rest of the script still unread (POSIX). So on a shared descriptor the
// reader never keeps more than the current line: on a regular file it reads a
// block and lseek(2)s back over what it did not use; on a pipe or terminal it
// reads one byte at a time. A private descriptor (a script file the shell
// opened itself) is read in large blocks.
class LineReader {
  public:
    LineReader(int fd, bool owns_fd, bool shared = false);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // Append the next line (with its '\n' if it has one) to `line`.
    // Returns false at end of input when nothing was read.
    bool read_line(std::string& line);
    int fd() const { return fd_; }
    // For fd_registry::adopt (shell/sys/fd.hpp): when a script names this
    // number (`exec 10<file`), the shell moves the descriptor and updates it
    // here; reading goes on from the same open file.
    int& fd_slot() { return fd_; }

  private:
    bool fill();
    int fd_;
    bool owns_fd_;
    bool shared_;
    bool seekable_ = false;
    std::string buffer_;
    size_t pos_ = 0;
    bool eof_ = false;
};

}  // namespace forksh
