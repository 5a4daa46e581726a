// read.cpp: `read [-rs] [-a ARRAY] [-p PROMPT] [-d DELIM] [-n N|-N N] [-t SECS]
// [-u FD] [NAME...]`: one line of standard input into variables, split by IFS
// (shell/text/field_split.hpp).
//
// System calls: read(2) on fd 0 (or -u's). POSIX says read must not consume input
// meant for the commands after it (`{ read line; cat; } < file` gives cat
// the rest), so on a pipe or terminal it reads ONE byte per read(2) call:
// the kernel has no way to put bytes back into a pipe. On a regular file it
// reads a block, and afterwards moves the file offset back (lseek(2)) over
// what it did not use: the same effect with far fewer system calls.
// fstat(2) tells the two cases apart; isatty(3) decides whether to show -p.
// -t waits in poll(2) before each read(2), never in a loop of tries; -s turns
// the terminal's echo off with tcsetattr(3) and back on however read ends.
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
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
    "  -N N      read exactly N characters (fewer only at end of file or on a\n"
    "            timeout): delimiters are ordinary characters, and the text goes\n"
    "            whole to the first NAME, without splitting\n"
    "  -s        silent: a terminal does not echo what is typed (passwords)\n"
    "  -t SECS   give up after SECS seconds (a fraction like 0.5 is fine): what\n"
    "            was read is assigned, and the status is 142 (128 + SIGALRM).\n"
    "            -t 0 reads nothing: status 0 when input is waiting, else 1\n"
    "  -u FD     read from file descriptor FD instead of standard input\n"
    "  -a NAME   every field into the indexed array NAME (bash)\n"
    "Exit status 0; 1 at end of file (what was read is still assigned) or for a\n"
    "bad -n, -t or -u value; 2 for a bad option or variable name.\n"
    "System calls: read(2), one byte at a time on a pipe or terminal so that no\n"
    "input meant for the next command is taken; on a regular file a block,\n"
    "then lseek(2) back over the unused part; poll(2) for -t; tcgetattr(3)\n"
    "and tcsetattr(3) for -s.\n";

namespace {

// -t: when to give up, on the monotonic clock (a change of the date does not
// move it).
using Deadline = std::optional<struct timespec>;

// Milliseconds left until `deadline` (0 when it has passed), for poll(2).
int milliseconds_left(const struct timespec& deadline) {
    struct timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    long long ms = (deadline.tv_sec - now.tv_sec) * 1000LL + (deadline.tv_nsec - now.tv_nsec + 999999) / 1000000;
    if (ms < 0) return 0;
    return ms > INT_MAX ? INT_MAX : static_cast<int>(ms);
}

// Bytes from `fd`, never consuming more than was handed out (see above).
class ByteReader {
  public:
    ByteReader(int fd, Deadline deadline) : fd_(fd), deadline_(deadline) {
        struct stat st {};
        seekable_ = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::lseek(fd, 0, SEEK_CUR) != -1;
    }
    ~ByteReader() { give_back(); }
    ByteReader(const ByteReader&) = delete;
    ByteReader& operator=(const ByteReader&) = delete;

    // The next byte, -1 at end of file, -2 on an error (errno set), -3 when
    // a signal the shell catches (a trap, or Ctrl-C at an interactive shell)
    // interrupted the read(2): POSIX says read then returns more than 128;
    // -4 when the -t deadline passed first.
    int next() {
        if (pos_ < len_) return static_cast<unsigned char>(buf_[pos_++]);
        size_t want = seekable_ ? sizeof buf_ : 1;
        for (;;) {
            if (deadline_) {
                int ready = wait_readable();
                if (ready == 0) return -4;
                if (ready < 0 && errno == EINTR) {
                    if (signals::peek_pending_trap() != 0) return -3;
                    continue;
                }
                if (ready < 0) return -2;
            }
            ssize_t n = ::read(fd_, buf_, want);
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
        if (seekable_ && pos_ < len_) ::lseek(fd_, -static_cast<off_t>(len_ - pos_), SEEK_CUR);
        pos_ = len_ = 0;
    }

  private:
    // poll(2) until input is there or the deadline passes: 1, 0 (timeout),
    // -1 (errno set). The wait is poll's, so the shell sleeps meanwhile.
    int wait_readable() {
        for (;;) {
            struct pollfd p {fd_, POLLIN, 0};
            int left = milliseconds_left(*deadline_);
            int n = ::poll(&p, 1, left);
            if (n != 0) return n < 0 ? -1 : 1;
            if (left == 0) return 0;
            // A wait longer than INT_MAX ms comes back early: wait again.
            if (milliseconds_left(*deadline_) == 0) return 0;
        }
    }

    int fd_;
    Deadline deadline_;
    bool seekable_ = false;
    char buf_[4096];
    size_t pos_ = 0, len_ = 0;
};

struct ReadOptions {
    bool raw = false;          // -r
    char delim = '\n';         // -d
    long long max_chars = -1;  // -n; -1: no limit
    bool exact = false;        // -N: max_chars, delimiters ignored, no splitting
    bool silent = false;       // -s
    int fd = 0;                // -u
    Deadline deadline;         // -t
    bool poll_only = false;    // -t 0
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
    bool timed_out = false;    // -t
};

// Reads up to the delimiter, removing backslashes (without -r).
ReadResult read_line(const ReadOptions& options) {
    ReadResult r;
    ByteReader in(options.fd, options.deadline);
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
        r.timed_out = c == -4;
        if (c < 0) break;
        if (c == '\0' && options.delim != '\0') continue;  // NUL cannot be in a shell string
        if (static_cast<char>(c) == options.delim && !options.exact) break;
        if (c != '\\' || options.raw) {
            add(c, false);
            continue;
        }
        int d = in.next();
        if (d < 0) {
            r.at_eof = d == -1;
            r.timed_out = d == -4;
            if (d == -2) r.error_number = errno;
            break;
        }
        if (d == '\n' || d == '\0') continue;  // backslash-newline: the line goes on
        add(d, true);
    }
    return r;
}

// -t SECS: digits with an optional fraction (bash takes no sign and no
// exponent either). False when `text` is not such a number.
bool parse_timeout(const std::string& text, ReadOptions& options) {
    size_t dot = text.find('.');
    std::string whole = text.substr(0, dot), fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
    auto digits = [](const std::string& s) { return s.find_first_not_of("0123456789") == std::string::npos; };
    if (whole.empty() && fraction.empty()) return false;
    if (!digits(whole) || !digits(fraction)) return false;
    long long seconds = whole.size() > 9 ? 999999999 : whole.empty() ? 0 : std::stoll(whole);
    fraction.resize(9, '0');  // nanoseconds
    long long nanoseconds = std::stoll(fraction);
    options.poll_only = seconds == 0 && nanoseconds == 0;
    struct timespec deadline {};
    ::clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += static_cast<time_t>(seconds);
    deadline.tv_nsec += static_cast<long>(nanoseconds);
    if (deadline.tv_nsec >= 1000000000L) deadline.tv_sec += 1, deadline.tv_nsec -= 1000000000L;
    options.deadline = deadline;
    return true;
}

// -t 0: is input waiting? (poll(2) with no wait; end of file counts, as in bash.)
int poll_input(int fd) {
    struct pollfd p {fd, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0 ? 0 : 1;
}

// -s: echo off while it reads, when the input is a terminal. The modes come
// back in the destructor (a return, an exception) and, for a signal that
// would end the shell, in restore_and_die (async-signal-safe: tcsetattr and
// a re-raised signal, which SA_RESETHAND has put back at its default).
struct termios modes_before_silence;
int silenced_fd = -1;

void restore_and_die(int sig) {
    ::tcsetattr(silenced_fd, TCSANOW, &modes_before_silence);
    ::raise(sig);
}

class EchoOff {
  public:
    explicit EchoOff(int fd) {
        struct termios modes {};
        if (::tcgetattr(fd, &modes) != 0) return;
        modes_before_silence = modes;
        silenced_fd = fd;
        caught_ = signals::catch_fatal_defaults(restore_and_die);
        modes.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK | ECHONL);
        active_ = ::tcsetattr(fd, TCSANOW, &modes) == 0;
        if (!active_) signals::restore_fatal_defaults(caught_);
    }
    ~EchoOff() {
        if (!active_) return;
        ::tcsetattr(silenced_fd, TCSANOW, &modes_before_silence);
        signals::restore_fatal_defaults(caught_);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

  private:
    bool active_ = false;
    sigset_t caught_;
};

// -N: the whole text to the first name, the others empty (bash: no IFS
// splitting or trimming once delimiters are ordinary characters).
std::vector<std::string> unsplit_fields(std::string& line) { return {std::move(line)}; }

// read -a NAME (bash): every field of the line, in order, as the elements
// of the indexed array NAME (what it held before is gone).
int assign_array_fields(Shell& sh, const Args& args, const std::string& name, const ReadResult& got) {
    int status = 0;
    if (!check_name(sh, args, name, status, 2)) return status;
    Ifs ifs(sh.vars().get("IFS"));
    // One more name than there can be fields: no field takes "the rest".
    std::vector<std::string> fields = split_for_read(got.line, ifs, got.line.size() + 1, &got.escaped);
    if (sh.vars().set_array(name, fields) == Variables::Result::Readonly) return fail_readonly(sh, args, name, 2);
    return got.timed_out ? 128 + SIGALRM : got.at_eof ? 1 : 0;
}

}  // namespace

int read(Shell& sh, const Args& args) {
    ReadOptions options;
    std::string prompt;
    int status = 0;
    std::optional<std::string> bad_value;  // bash's message for a bad -n, -N, -t or -u (status 1)
    std::optional<std::string> array_name;  // -a
    size_t first = parse_options(
        sh, args, "rs", "pdnNtua",
        [&](char c, const std::string& arg) {
            if (c == 'a') array_name = arg;
            if (c == 'r') options.raw = true;
            if (c == 's') options.silent = true;
            if (c == 'p') prompt = arg;
            if (c == 'd') options.delim = arg.empty() ? '\0' : arg[0];
            if (c == 'N') options.exact = true;  // and, as -n, the count:
            if ((c == 'n' || c == 'N') && (!parse_decimal(arg, options.max_chars) || options.max_chars < 0))
                bad_value = arg + ": invalid number";
            if (c == 't' && !parse_timeout(arg, options)) bad_value = arg + ": invalid timeout specification";
            if (c == 'u' && !bad_value) bad_value = parse_fd_operand(arg, options.fd);
        },
        status);
    if (first == 0) return status;
    if (bad_value) return sh.fail(args, *bad_value);

    std::vector<std::string> names(args.all().begin() + static_cast<long>(first), args.all().end());
    for (const std::string& name : names)
        if (!check_name(sh, args, name, status, 2)) return status;

    if (options.poll_only) return poll_input(options.fd);
    const bool terminal = ::isatty(options.fd);
    if (!prompt.empty() && terminal) {
        sh.err().write(prompt);
    }
    std::optional<EchoOff> silence;
    if (options.silent && terminal) silence.emplace(options.fd);
    ReadResult got = read_line(options);
    silence.reset();
    if (got.interrupted) return 128 + got.signal;
    if (got.error_number != 0) return sh.fail(args, "read error: " + sys::error_text(got.error_number));
    if (array_name) return assign_array_fields(sh, args, *array_name, got);
    std::string& line = got.line;
    bool at_eof = got.at_eof;
    // A timeout assigns what came before it, and says so: 128 + SIGALRM.
    const int end_status = got.timed_out ? 128 + SIGALRM : at_eof ? 1 : 0;

    auto assign = [&](const std::string& name, std::string value) {
        return set_variable(sh, args, name, std::move(value), status, 2);
    };

    // With no name, REPLY gets the line as it is (bash: no IFS trimming).
    if (names.empty()) return assign("REPLY", line) ? end_status : 2;

    Ifs ifs(sh.vars().get("IFS"));
    std::vector<std::string> fields =
        options.exact ? unsplit_fields(line) : split_for_read(line, ifs, names.size(), &got.escaped);
    for (size_t k = 0; k < names.size(); ++k)
        if (!assign(names[k], k < fields.size() ? std::move(fields[k]) : std::string())) return 2;
    return end_status;
}

}  // namespace forksh::builtins
