// test_ops.cpp: the primaries of `test` and `[[ ]]` (see test_ops.hpp).
// System calls: stat(2), lstat(2), faccessat(2), isatty(3).
#include "shell/os/test_ops.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>

namespace forksh {

namespace {

bool newer(const struct timespec& a, const struct timespec& b) {
    return a.tv_sec > b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec > b.tv_nsec);
}

}  // namespace

bool is_test_unary_op(std::string_view op) {
    if (op.size() != 2 || op[0] != '-') return false;
    return std::string_view("bcdefghLnprSstuwxzkGON").find(op[1]) != std::string_view::npos;
}

bool is_test_binary_op(std::string_view op) {
    return op == "=" || op == "==" || op == "!=" || op == "<" || op == ">" || op == "-eq" || op == "-ne" ||
           op == "-gt" || op == "-ge" || op == "-lt" || op == "-le" || op == "-nt" || op == "-ot" ||
           op == "-ef";
}

long long test_integer(const std::string& text) {
    const char* p = text.c_str();
    while (*p == ' ' || *p == '\t') ++p;
    const char* digits = p;
    if (*digits == '-' || *digits == '+') ++digits;
    bool ok = *digits >= '0' && *digits <= '9';
    char* end = nullptr;
    errno = 0;
    long long v = ok ? std::strtoll(p, &end, 10) : 0;
    if (ok) {
        while (*end == ' ' || *end == '\t') ++end;
        ok = *end == '\0' && errno != ERANGE;
    }
    if (!ok) throw TestOperandError{text + ": integer expression expected"};
    return v;
}

bool test_unary(std::string_view op, const std::string& arg) {
    const char* path = arg.c_str();
    struct stat st {};
    switch (op[1]) {
    case 'n': return !arg.empty();
    case 'z': return arg.empty();
    case 't': {
        long long fd = test_integer(arg);
        return fd >= 0 && fd <= INT_MAX && ::isatty(static_cast<int>(fd));
    }
    case 'h':
    case 'L': return ::lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
    case 'r': return ::faccessat(AT_FDCWD, path, R_OK, AT_EACCESS) == 0;
    case 'w': return ::faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) == 0;
    case 'x': return ::faccessat(AT_FDCWD, path, X_OK, AT_EACCESS) == 0;
    default: break;
    }
    if (::stat(path, &st) != 0) return false;
    switch (op[1]) {
    case 'b': return S_ISBLK(st.st_mode);
    case 'c': return S_ISCHR(st.st_mode);
    case 'd': return S_ISDIR(st.st_mode);
    case 'e': return true;
    case 'f': return S_ISREG(st.st_mode);
    case 'g': return (st.st_mode & S_ISGID) != 0;
    case 'k': return (st.st_mode & S_ISVTX) != 0;
    case 'p': return S_ISFIFO(st.st_mode);
    case 'S': return S_ISSOCK(st.st_mode);
    case 's': return st.st_size > 0;
    case 'u': return (st.st_mode & S_ISUID) != 0;
    case 'G': return st.st_gid == ::getegid();
    case 'O': return st.st_uid == ::geteuid();
    case 'N': return newer(st.st_mtim, st.st_atim);
    default: return false;
    }
}

bool test_files(const std::string& a, std::string_view op, const std::string& b) {
    struct stat sa {}, sb {};
    bool ea = ::stat(a.c_str(), &sa) == 0;
    bool eb = ::stat(b.c_str(), &sb) == 0;
    if (op == "-nt") return ea && (!eb || newer(sa.st_mtim, sb.st_mtim));
    if (op == "-ot") return eb && (!ea || newer(sb.st_mtim, sa.st_mtim));
    return ea && eb && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;  // -ef
}

bool test_integers(long long x, std::string_view op, long long y) {
    if (op == "-eq") return x == y;
    if (op == "-ne") return x != y;
    if (op == "-gt") return x > y;
    if (op == "-ge") return x >= y;
    if (op == "-lt") return x < y;
    return x <= y;  // -le
}

}  // namespace forksh
