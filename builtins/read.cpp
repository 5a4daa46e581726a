// read.cpp: `read [-r] [-p PROMPT] [-d DELIM] [-n N] [NAME...]`: one line of
// standard input into variables, split by IFS (shell/text/field_split.hpp).
//
// System calls: read(2) on fd 0. POSIX says read must not consume input
// meant for the commands after it (`{ read line; cat; } < file` gives cat
// the rest), so on a pipe or terminal it reads ONE byte per read(2) call:
// the kernel has no way to put bytes back into a pipe. On a regular file it
// reads a block, and afterwards moves the file offset back (lseek(2)) over
// what it did not use: the same effect with far fewer system calls.
// fstat(2) tells the two cases apart; isatty(3) decides whether to show -p.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/text/field_split.hpp"
#include "shell/shell.hpp"
#include "shell/os/signals.hpp"
#include "shell/sys/sys.hpp"

namespace forksh::builtins {

const std::string_view read_help =
    "Read one line from standard input and assign it to variables.\n"
    "The line is split into fields by $IFS (default: space, tab, newline); each\n"
    "NAME gets one field and the last NAME gets the rest of the line. With no\n"
    "NAME the whole line goes to REPLY.\n"
    "  -r        raw: a backslash is an ordinary character (without -r, `\\x`\n"
    "            means a literal x and backslash-newline continues the line)\n"
    "  -p PROMPT write PROMPT to standard error first, if input is a terminal\n"
    "  -d DELIM  stop at the first character of DELIM instead of a newline\n"
    "            (-d '' stops at a NUL byte)\n"
    "  -n N      stop after N characters\n"
    "Exit status 0; 1 at end of file (what was read is still assigned); 2 for\n"
    "a bad option or variable name.\n"
    "System calls: read(2), one byte at a time on a pipe or terminal so that no\n"
    "input meant for the next command is taken; on a regular file a block,\n"
    "then lseek(2) back over the unused part.\n";

namespace {

// Bytes from fd 0, never consuming more than was handed out (see above).
class ByteReader {
  public:
    ByteReader() {
        struct stat st {};
        seekable_ = ::fstat(0, &st) == 0 && S_ISREG(st.st_mode) && ::lseek(0, 0, SEEK_CUR) != -1;
    }
    ~ByteReader() { give_back(); }
    ByteReader(const ByteReader&) = delete;
    ByteReader& operator=(const ByteReader&) = delete;

    // The next byte, -1 at end of file, -2 on an error (errno set), -3 when
    // a signal the shell catches (a trap, or Ctrl-C at an interactive shell)
    // interrupted the read(2): POSIX says read then returns more than 128.
    int next() {
        if (pos_ < len_) return static_cast<unsigned char>(buf_[pos_++]);
        size_t want = seekable_ ? sizeof buf_ : 1;
        for (;;) {
            ssize_t n = ::read(0, buf_, want);
            if (n < 0 && errno == EINTR) {
                if (signals::peek_pending_trap() != 0) return -3;
                continue;
            }
            if (n < 0) return -2;
            if (n == 0) return -1;
            len_ = static_cast<size_t>(n);
            pos_ = 0;
            return static_cast<unsigned char>(buf_[pos_++]);
        }
    }

    // Put the file offset back to just after the last byte used.
    void give_back() {
        if (seekable_ && pos_ < len_) ::lseek(0, -static_cast<off_t>(len_ - pos_), SEEK_CUR);
        pos_ = len_ = 0;
    }

  private:
    bool seekable_ = false;
    char buf_[4096];
    size_t pos_ = 0, len_ = 0;
};

}  // namespace

int read(Shell& sh, const Args& args) {
    bool raw = false;
    std::string prompt;
    char delim = '\n';
    long long max_chars = -1;
    int status = 0;
    bool bad_count = false;
    size_t first = parse_options(
        sh, args, "r", "pdn",
        [&](char c, const std::string& arg) {
            if (c == 'r') raw = true;
            if (c == 'p') prompt = arg;
            if (c == 'd') delim = arg.empty() ? '\0' : arg[0];
            if (c == 'n' && (!parse_decimal(arg, max_chars) || max_chars < 0)) bad_count = true;
        },
        status);
    if (first == 0) return status;
    if (bad_count) return sh.usage_error(args, "-n: invalid count");

    std::vector<std::string> names(args.all().begin() + static_cast<long>(first), args.all().end());
    for (const std::string& name : names)
        if (!check_name(sh, args, name, status, 2)) return status;

    if (!prompt.empty() && ::isatty(0)) {
        sh.err().write(prompt);
    }

    // Read up to the delimiter, removing backslashes (without -r) and
    // remembering which bytes they quoted: a quoted byte never splits.
    std::string line;
    std::vector<bool> escaped;
    bool at_eof = false;
    int error_number = 0;
    {
        ByteReader in;
        long long count = 0;
        for (;;) {
            if (max_chars >= 0 && count >= max_chars) break;
            int c = in.next();
            if (c == -3) return 128 + signals::peek_pending_trap();
            if (c == -2) {
                error_number = errno;
                break;
            }
            if (c == -1) {
                at_eof = true;
                break;
            }
            if (c == '\0' && delim != '\0') continue;  // NUL cannot be in a shell string
            if (static_cast<char>(c) == delim) break;
            if (c == '\\' && !raw) {
                int d = in.next();
                if (d < 0) {
                    at_eof = d == -1;
                    if (d == -2) error_number = errno;
                    break;
                }
                if (d == '\n') continue;  // backslash-newline: the line goes on
                if (d == '\0') continue;
                line += static_cast<char>(d);
                escaped.push_back(true);
                ++count;
                continue;
            }
            line += static_cast<char>(c);
            escaped.push_back(false);
            ++count;
        }
    }
    if (error_number != 0) return sh.fail(args, "read error: " + sys::error_text(error_number));

    auto assign = [&](const std::string& name, std::string value) {
        return set_variable(sh, args, name, std::move(value), status, 2);
    };

    // With no name, REPLY gets the line as it is (bash: no IFS trimming).
    if (names.empty()) return assign("REPLY", line) ? (at_eof ? 1 : 0) : 2;

    Ifs ifs(sh.vars().get("IFS"));
    std::vector<std::string> fields = split_for_read(line, ifs, names.size(), &escaped);
    for (size_t k = 0; k < names.size(); ++k)
        if (!assign(names[k], k < fields.size() ? std::move(fields[k]) : std::string())) return 2;
    return at_eof ? 1 : 0;
}

}  // namespace forksh::builtins
