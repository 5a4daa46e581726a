// read.cpp: `read [-r] [-p PROMPT] [-d DELIM] [-n N] [-a ARRAY] [NAME...]`: one line of
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
#include <optional>
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
    "  -a NAME   every field into the indexed array NAME (bash)\n"
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

struct ReadOptions {
    bool raw = false;          // -r
    char delim = '\n';         // -d
    long long max_chars = -1;  // -n; -1: no limit
};

// What one read gave: the text, which of its bytes a backslash quoted (a
// quoted byte never splits), and how it ended.
struct ReadResult {
    std::string line;
    std::vector<bool> escaped;
    bool at_eof = false;
    int error_number = 0;      // read(2) failed
    bool interrupted = false;  // a caught signal interrupted it: `signal`
    int signal = 0;
};

// Reads up to the delimiter, removing backslashes (without -r).
ReadResult read_line(const ReadOptions& options) {
    ReadResult r;
    ByteReader in;
    long long count = 0;
    auto add = [&](int c, bool quoted) {
        r.line += static_cast<char>(c);
        r.escaped.push_back(quoted);
        ++count;
    };
    for (;;) {
        if (options.max_chars >= 0 && count >= options.max_chars) break;
        int c = in.next();
        if (c == -3) {
            r.interrupted = true;
            r.signal = signals::peek_pending_trap();
            break;
        }
        if (c == -2) r.error_number = errno;
        r.at_eof = c == -1;
        if (c < 0) break;
        if (c == '\0' && options.delim != '\0') continue;  // NUL cannot be in a shell string
        if (static_cast<char>(c) == options.delim) break;
        if (c != '\\' || options.raw) {
            add(c, false);
            continue;
        }
        int d = in.next();
        if (d < 0) {
            r.at_eof = d == -1;
            if (d == -2) r.error_number = errno;
            break;
        }
        if (d == '\n' || d == '\0') continue;  // backslash-newline: the line goes on
        add(d, true);
    }
    return r;
}

// read -a NAME (bash): every field of the line, in order, as the elements
// of the indexed array NAME (what it held before is gone).
int assign_array_fields(Shell& sh, const Args& args, const std::string& name, const ReadResult& got) {
    int status = 0;
    if (!check_name(sh, args, name, status, 2)) return status;
    Ifs ifs(sh.vars().get("IFS"));
    // One more name than there can be fields: no field takes "the rest".
    std::vector<std::string> fields = split_for_read(got.line, ifs, got.line.size() + 1, &got.escaped);
    if (sh.vars().set_array(name, fields) == Variables::Result::Readonly) return fail_readonly(sh, args, name, 2);
    return got.at_eof ? 1 : 0;
}

}  // namespace

int read(Shell& sh, const Args& args) {
    ReadOptions options;
    std::string prompt;
    int status = 0;
    bool bad_count = false;
    std::optional<std::string> array_name;  // -a
    size_t first = parse_options(
        sh, args, "r", "pdna",
        [&](char c, const std::string& arg) {
            if (c == 'a') array_name = arg;
            if (c == 'r') options.raw = true;
            if (c == 'p') prompt = arg;
            if (c == 'd') options.delim = arg.empty() ? '\0' : arg[0];
            if (c == 'n' && (!parse_decimal(arg, options.max_chars) || options.max_chars < 0)) bad_count = true;
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
    ReadResult got = read_line(options);
    if (got.interrupted) return 128 + got.signal;
    if (got.error_number != 0) return sh.fail(args, "read error: " + sys::error_text(got.error_number));
    if (array_name) return assign_array_fields(sh, args, *array_name, got);
    std::string& line = got.line;
    bool at_eof = got.at_eof;

    auto assign = [&](const std::string& name, std::string value) {
        return set_variable(sh, args, name, std::move(value), status, 2);
    };

    // With no name, REPLY gets the line as it is (bash: no IFS trimming).
    if (names.empty()) return assign("REPLY", line) ? (at_eof ? 1 : 0) : 2;

    Ifs ifs(sh.vars().get("IFS"));
    std::vector<std::string> fields = split_for_read(line, ifs, names.size(), &got.escaped);
    for (size_t k = 0; k < names.size(); ++k)
        if (!assign(names[k], k < fields.size() ? std::move(fields[k]) : std::string())) return 2;
    return at_eof ? 1 : 0;
}

}  // namespace forksh::builtins
