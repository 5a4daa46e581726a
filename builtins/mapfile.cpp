// mapfile.cpp: `mapfile` / `readarray` (bash): lines of input into the
// elements of an indexed array.
//
// System calls: read(2) on the descriptor (-u, default 0); fstat(2) and
// lseek(2) as in `read`: a regular file is read in blocks and the offset put
// back over what was not used, anything else is read in blocks only when
// everything up to end of file is wanted, and one byte at a time when -n
// stops early, so the next command gets the rest of a pipe.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <vector>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/os/signals.hpp"
#include "shell/shell.hpp"
#include "shell/sys/sys.hpp"

namespace forksh::builtins {

const std::string_view mapfile_help =
    "Read lines into an indexed array (bash); readarray is the same command.\n"
    "  mapfile [-t] [-d DELIM] [-n COUNT] [-O ORIGIN] [-s COUNT] [-u FD] [ARRAY]\n"
    "  -t        remove the delimiter from each line\n"
    "  -d DELIM  lines end at the first character of DELIM (-d '': a NUL byte)\n"
    "  -n COUNT  at most COUNT lines (0: all)\n"
    "  -O ORIGIN store from index ORIGIN, keeping the other elements (else the\n"
    "            array is emptied first)\n"
    "  -s COUNT  skip the first COUNT lines\n"
    "  -u FD     read from descriptor FD instead of standard input\n"
    "ARRAY defaults to MAPFILE. Exit status 0; 1 for a bad descriptor or a\n"
    "readonly array; 2 for a bad option.\n"
    "System calls: read(2) (one byte at a time on a pipe when -n may stop before\n"
    "the end, so the next command gets the rest), lseek(2) back on a regular file.\n";

namespace {

struct MapfileOptions {
    bool trim = false;        // -t
    char delim = '\n';        // -d
    long long count = 0;      // -n (0: all)
    long long origin = -1;    // -O (-1: empty the array, start at 0)
    long long skip = 0;       // -s
    int fd = 0;               // -u
};

// The lines (delimiters kept unless -t) up to end of file or `limit` lines.
// Returns false with errno set when read(2) fails.
bool read_lines(const MapfileOptions& o, long long limit, std::vector<std::string>& lines) {
    struct stat st {};
    bool seekable = ::fstat(o.fd, &st) == 0 && S_ISREG(st.st_mode) && ::lseek(o.fd, 0, SEEK_CUR) != -1;
    bool to_end = limit == 0;
    char buf[4096];
    size_t want = seekable || to_end ? sizeof buf : 1;
    std::string line;
    bool open_line = false;
    for (;;) {
        ssize_t n = ::read(o.fd, buf, want);
        if (n < 0 && errno == EINTR) {
            if (signals::peek_pending_trap() != 0) break;
            continue;
        }
        if (n < 0) return false;
        if (n == 0) break;
        for (ssize_t i = 0; i < n; ++i) {
            char c = buf[i];
            open_line = true;
            if (c != o.delim) {
                if (c != '\0') line += c;  // NUL cannot be in a shell string
                continue;
            }
            if (!o.trim) line += c;
            lines.push_back(std::move(line));
            line.clear();
            open_line = false;
            if (!to_end && static_cast<long long>(lines.size()) >= limit) {
                if (seekable && i + 1 < n) ::lseek(o.fd, -static_cast<off_t>(n - i - 1), SEEK_CUR);
                return true;
            }
        }
    }
    if (open_line) lines.push_back(std::move(line));  // a last line with no delimiter
    return true;
}

}  // namespace

int mapfile(Shell& sh, const Args& args) {
    MapfileOptions o;
    int status = 0;
    std::optional<std::string> bad_value;  // bash's message for a bad number (status 1)
    size_t first = parse_options(
        sh, args, "t", "dnOsu",
        [&](char c, const std::string& arg) {
            long long value = 0;
            if (c == 't') {
                o.trim = true;
                return;
            }
            if (c == 'd') {
                o.delim = arg.empty() ? '\0' : arg[0];
                return;
            }
            if (bad_value) return;
            if (c == 'u') {
                bad_value = parse_fd_operand(arg, o.fd);
                return;
            }
            if (!parse_decimal(arg, value) || value < 0) {
                bad_value = arg + (c == 'O' ? ": invalid array origin" : ": invalid line count");
                return;
            }
            if (c == 'n') o.count = value;
            if (c == 'O') o.origin = value;
            if (c == 's') o.skip = value;
        },
        status);
    if (first == 0) return status;
    if (bad_value) return sh.fail(args, *bad_value);
    if (args.count() > first + 1) return sh.usage_error(args, "too many arguments");
    std::string name = first < args.count() ? args[first] : "MAPFILE";
    if (!check_name(sh, args, name, status)) return status;
    if (::fcntl(o.fd, F_GETFD) == -1) return sh.fail(args, std::to_string(o.fd) + ": invalid file descriptor: " + sys::error_text(errno));

    std::vector<std::string> lines;
    long long limit = o.count == 0 ? 0 : o.count + o.skip;
    if (!read_lines(o, limit, lines)) return sh.fail(args, "read error: " + sys::error_text(errno));
    Variables& vars = sh.vars();
    if (o.origin < 0) {
        if (vars.make_array(name, VarKind::Indexed, true) == Variables::Result::Readonly)
            return fail_readonly(sh, args, name);
    }
    long long index = o.origin < 0 ? 0 : o.origin;
    for (size_t i = static_cast<size_t>(std::min<long long>(o.skip, static_cast<long long>(lines.size()))); i < lines.size(); ++i)
        if (vars.set_element(name, index++, std::move(lines[i])) == Variables::Result::Readonly)
            return fail_readonly(sh, args, name);
    return 0;
}

}  // namespace forksh::builtins
