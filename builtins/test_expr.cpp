// test_expr.cpp: evaluating `test` expressions (see test_expr.hpp).
// System calls: stat(2)/lstat(2) for file types, sizes and times,
// faccessat(2) with AT_EACCESS for -r -w -x (the effective ids, as the kernel
// will check them when the file is used), isatty(3) for -t.
#include "builtins/test_expr.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <string_view>

namespace forksh::builtins {

namespace {

struct TestError {
    std::string message;
};

bool is_unary_op(std::string_view op) {
    if (op.size() != 2 || op[0] != '-') return false;
    return std::string_view("bcdefghLnprSstuwxzkGON").find(op[1]) != std::string_view::npos;
}

bool is_binary_op(std::string_view op) {
    return op == "=" || op == "==" || op == "!=" || op == "<" || op == ">" || op == "-eq" || op == "-ne" ||
           op == "-gt" || op == "-ge" || op == "-lt" || op == "-le" || op == "-nt" || op == "-ot" ||
           op == "-ef";
}

// An integer operand: optional blanks, optional sign, decimal digits, optional blanks.
long long integer(const std::string& text) {
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
    if (!ok) throw TestError{text + ": integer expression expected"};
    return v;
}

bool newer(const struct timespec& a, const struct timespec& b) {
    return a.tv_sec > b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec > b.tv_nsec);
}

bool unary(std::string_view op, const std::string& arg) {
    const char* path = arg.c_str();
    struct stat st {};
    switch (op[1]) {
    case 'n': return !arg.empty();
    case 'z': return arg.empty();
    case 't': {
        long long fd = integer(arg);
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

bool binary(const std::string& a, std::string_view op, const std::string& b) {
    if (op == "=" || op == "==") return a == b;
    if (op == "!=") return a != b;
    if (op == "<") return a < b;
    if (op == ">") return a > b;
    if (op == "-nt" || op == "-ot" || op == "-ef") {
        struct stat sa {}, sb {};
        bool ea = ::stat(a.c_str(), &sa) == 0;
        bool eb = ::stat(b.c_str(), &sb) == 0;
        // POSIX 2024: an existing file is newer than a missing one.
        if (op == "-nt") return ea && (!eb || newer(sa.st_mtim, sb.st_mtim));
        if (op == "-ot") return eb && (!ea || newer(sb.st_mtim, sa.st_mtim));
        return ea && eb && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    }
    long long x = integer(a), y = integer(b);
    if (op == "-eq") return x == y;
    if (op == "-ne") return x != y;
    if (op == "-gt") return x > y;
    if (op == "-ge") return x >= y;
    if (op == "-lt") return x < y;
    return x <= y;  // -le
}

// The general grammar, for more than four arguments (and four that fit no
// special rule):
//   or      : and ('-o' and)*
//   and     : not ('-a' not)*
//   not     : '!' not | primary
//   primary : '(' or ')' | UNARY word | word BINARY word | word
class Parser {
  public:
    explicit Parser(std::span<const std::string> args) : args_(args) {}

    bool parse() {
        bool v = parse_or();
        if (pos_ < args_.size()) throw TestError{args_[pos_] + ": unexpected argument"};
        return v;
    }

  private:
    std::span<const std::string> args_;
    size_t pos_ = 0;

    bool at(std::string_view word) const { return pos_ < args_.size() && args_[pos_] == word; }
    size_t left() const { return args_.size() - pos_; }

    bool parse_or() {
        bool v = parse_and();
        while (at("-o")) {
            ++pos_;
            bool r = parse_and();
            v = v || r;
        }
        return v;
    }
    bool parse_and() {
        bool v = parse_not();
        while (at("-a")) {
            ++pos_;
            bool r = parse_not();
            v = v && r;
        }
        return v;
    }
    bool parse_not() {
        if (at("!") && left() > 1) {
            ++pos_;
            return !parse_not();
        }
        return parse_primary();
    }
    bool parse_primary() {
        if (left() == 0) throw TestError{"argument expected"};
        const std::string& w = args_[pos_];
        // A binary operator after this word takes precedence: `( = (` compares.
        if (left() >= 3 && is_binary_op(args_[pos_ + 1])) {
            pos_ += 3;
            return binary(w, args_[pos_ - 2], args_[pos_ - 1]);
        }
        if (w == "(" && left() >= 2) {
            ++pos_;
            bool v = parse_or();
            if (!at(")")) throw TestError{"')' expected"};
            ++pos_;
            return v;
        }
        if (is_unary_op(w) && left() >= 2) {
            pos_ += 2;
            return unary(w, args_[pos_ - 1]);
        }
        // Anything else, even a lone `-n` at the end, is a string operand.
        ++pos_;
        return !w.empty();
    }
};

bool eval(std::span<const std::string> a);

bool eval2(std::span<const std::string> a) {
    if (a[0] == "!") return a[1].empty();
    if (is_unary_op(a[0])) return unary(a[0], a[1]);
    throw TestError{a[0] + ": unary operator expected"};
}

bool eval3(std::span<const std::string> a) {
    if (is_binary_op(a[1])) return binary(a[0], a[1], a[2]);
    if (a[1] == "-a") return !a[0].empty() && !a[2].empty();
    if (a[1] == "-o") return !a[0].empty() || !a[2].empty();
    if (a[0] == "!") return !eval2(a.subspan(1));
    if (a[0] == "(" && a[2] == ")") return !a[1].empty();
    throw TestError{a[1] + ": binary operator expected"};
}

bool eval(std::span<const std::string> a) {
    switch (a.size()) {
    case 0: return false;
    case 1: return !a[0].empty();
    case 2: return eval2(a);
    case 3: return eval3(a);
    case 4:
        if (a[0] == "!") return !eval3(a.subspan(1));
        if (a[0] == "(" && a[3] == ")") return eval2(a.subspan(1, 2));
        break;
    default: break;
    }
    return Parser(a).parse();
}

}  // namespace

TestOutcome evaluate_test(std::span<const std::string> args) {
    try {
        return TestOutcome{eval(args) ? 0 : 1, {}};
    } catch (const TestError& e) {
        return TestOutcome{2, e.message};
    }
}

}  // namespace forksh::builtins
