// test_expr.cpp: evaluating `test` expressions (see test_expr.hpp): the
// grammar of `test`; the primaries, with their system calls (stat(2),
// lstat(2), faccessat(2), isatty(3)), are shell/os/test_ops.cpp.
#include "builtins/test_expr.hpp"

#include <string_view>

#include "shell/os/test_ops.hpp"

namespace forksh::builtins {

namespace {

// The primaries live in shell/os/test_ops.cpp, shared with `[[ ]]`.
using TestError = TestOperandError;

bool is_unary_op(std::string_view op) { return is_test_unary_op(op); }
bool is_binary_op(std::string_view op) { return is_test_binary_op(op); }

bool unary(std::string_view op, const std::string& arg) { return test_unary(op, arg); }

bool binary(const std::string& a, std::string_view op, const std::string& b) {
    if (op == "=" || op == "==") return a == b;
    if (op == "!=") return a != b;
    if (op == "<") return a < b;
    if (op == ">") return a > b;
    if (op == "-nt" || op == "-ot" || op == "-ef") return test_files(a, op, b);
    return test_integers(test_integer(a), op, test_integer(b));
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
