// arith.cpp: the $((...)) evaluator: a lexer and a recursive-descent parser
// that evaluates as it parses. No system calls.
//
// Grammar, lowest precedence first (C's):
//   comma      : assign (',' assign)*
//   assign     : NAME ('=' | '+=' | ... | '|=') assign | ternary
//   ternary    : binary ['?' comma ':' ternary]
//   binary     : unary (binop unary)*    by precedence climbing:
//                || && | ^ & (== !=) (< <= > >=) (<< >>) (+ -) (* / %) **
//   unary      : ('+' | '-' | '!' | '~') unary | ('++' | '--') NAME | postfix
//   postfix    : primary ['++' | '--' after a NAME]
//   primary    : NUMBER | NAME | '(' comma ')'
#include "shell/base/stack_guard.hpp"
#include "shell/expand/arith.hpp"

#include <fmt/format.h>

#include <cctype>

#include <deque>

#include "shell/base/diag.hpp"
#include "shell/text/names.hpp"

namespace forksh {

bool ShellArithVariables::element(std::string_view name, Element& e) {
    size_t open = name.find('[');
    if (open == std::string_view::npos) return false;
    e.array = name.substr(0, open);
    e.subscript = name.substr(open + 1, name.size() - open - 2);
    e.var = vars_.find(e.array);
    e.index = 0;
    if (e.var && e.var->kind == VarKind::Assoc) return true;
    e.index = arith_eval(e.subscript, *this, span_, ArithDialect{true, true});
    if (e.index < 0) {
        int64_t size = e.var && e.var->kind == VarKind::Indexed && !e.var->indexed.empty()
                           ? e.var->indexed.rbegin()->first + 1
                           : (e.var && e.var->has_value ? 1 : 0);
        e.index += size;
        if (e.index < 0) throw ShellError(fmt::format("{}: bad array subscript", name), span_, 1);
    }
    return true;
}

bool ShellArithVariables::is_assoc(std::string_view array) {
    const Variable* v = vars_.find(array);
    return v && v->kind == VarKind::Assoc;
}

const std::string* ShellArithVariables::get(std::string_view name) {
    Element e;
    if (!element(name, e)) return vars_.get(name);
    if (!e.var) return nullptr;
    if (e.var->kind == VarKind::Assoc) {
        auto it = e.var->assoc.find(std::string(e.subscript));
        return it == e.var->assoc.end() ? nullptr : &it->second;
    }
    if (e.var->kind == VarKind::Scalar) return e.index == 0 && e.var->has_value ? &e.var->value : nullptr;
    auto it = e.var->indexed.find(e.index);
    return it == e.var->indexed.end() ? nullptr : &it->second;
}

void ShellArithVariables::set(std::string_view name, int64_t value) {
    Element e;
    Variables::Result r;
    if (!element(name, e))
        r = vars_.set(name, std::to_string(value));
    else if (e.var && e.var->kind == VarKind::Assoc)
        r = vars_.set_key(e.array, std::string(e.subscript), std::to_string(value));
    else
        r = vars_.set_element(e.array, e.index, std::to_string(value));
    if (r == Variables::Result::Readonly)
        throw ShellError(fmt::format("{}: is read only", name), span_, 2, true);
}

namespace {

enum class Tok {
    End, Number, Name, LParen, RParen, Question, Colon, Comma,
    // prefix-only / postfix
    Not, Tilde, Inc, Dec,
    // binary (also + and - as unary)
    Plus, Minus, Star, Slash, Percent, Power, Shl, Shr, Lt, Le, Gt, Ge, Eq, Ne,
    BitAnd, BitXor, BitOr, And, Or,
    // assignment
    Assign, AddAssign, SubAssign, MulAssign, DivAssign, ModAssign, ShlAssign, ShrAssign,
    AndAssign, XorAssign, OrAssign,
};


bool name_start(char c) { return is_name_start(static_cast<unsigned char>(c)); }
bool name_char(char c) { return is_name_char(static_cast<unsigned char>(c)); }

uint64_t u(int64_t v) { return static_cast<uint64_t>(v); }
int64_t s(uint64_t v) { return static_cast<int64_t>(v); }

// The value of one digit of bash's BASE#DIGITS (bases 2 to 64): 0-9, a-z,
// A-Z (the same as a-z up to base 36), @ and _; -1 for anything else.
int base_digit(char c, uint64_t base) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + (base <= 36 ? 10 : 36);
    if (c == '@') return 62;
    if (c == '_') return 63;
    return -1;
}

// An integer constant at `pos`: decimal, 0octal or 0xhex, and bash's
// BASE#DIGITS (2#101, 16#ff, 64#_), which POSIX leaves undefined (`#` is
// no operator there). False if it is not one; `why` then says what is wrong
// when it looked like a number.
bool parse_constant(std::string_view text, size_t& pos, int64_t& value, std::string_view* why = nullptr) {
    const size_t n = text.size();
    size_t i = pos;
    uint64_t acc = 0;
    auto wrong = [&](std::string_view what) {
        if (why) *why = what;
        return false;
    };
    size_t decimal_end = i;
    while (decimal_end < n && std::isdigit(static_cast<unsigned char>(text[decimal_end]))) ++decimal_end;
    if (decimal_end < n && text[decimal_end] == '#' && decimal_end > i) {
        uint64_t base = 0;
        for (size_t k = i; k < decimal_end && base <= 64; ++k) base = base * 10 + static_cast<uint64_t>(text[k] - '0');
        if (base < 2 || base > 64) return wrong("invalid arithmetic base");
        i = decimal_end + 1;
        size_t start = i;
        for (; i < n && (name_char(text[i]) || text[i] == '@'); ++i) {
            int digit = base_digit(text[i], base);
            if (digit < 0 || static_cast<uint64_t>(digit) >= base) return wrong("value too great for base");
            acc = acc * base + static_cast<uint64_t>(digit);
        }
        if (i == start) return wrong("invalid integer constant");
        pos = i;
        value = s(acc);
        return true;
    }
    if (i + 1 < n && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')) {
        i += 2;
        size_t start = i;
        while (i < n && std::isxdigit(static_cast<unsigned char>(text[i]))) {
            char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
            acc = acc * 16 + static_cast<uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
            ++i;
        }
        if (i == start) return false;
    } else if (text[i] == '0') {
        while (i < n && text[i] >= '0' && text[i] <= '7') acc = acc * 8 + static_cast<uint64_t>(text[i++] - '0');
    } else {
        while (i < n && std::isdigit(static_cast<unsigned char>(text[i])))
            acc = acc * 10 + static_cast<uint64_t>(text[i++] - '0');
    }
    if (i < n && name_char(text[i])) return wrong("invalid number");  // 08, 12abc, 0x1g
    pos = i;
    value = s(acc);
    return true;
}

class Evaluator {
  public:
    Evaluator(std::string_view text, ArithVariables& vars, Span span, const ArithDialect& dialect, int recursion = 0)
        : text_(text), vars_(vars), span_(span), dialect_(dialect), recursion_(recursion) {}

    int64_t run() {
        next();
        if (tok_ == Tok::End) return 0;
        int64_t v = parse_comma(true);
        if (tok_ != Tok::End) fail("syntax error");
        return v;
    }

  private:
    [[noreturn]] void fail(std::string_view what) const {
        std::string_view shown = text_;
        while (!shown.empty() && std::isspace(static_cast<unsigned char>(shown.front()))) shown.remove_prefix(1);
        while (!shown.empty() && std::isspace(static_cast<unsigned char>(shown.back()))) shown.remove_suffix(1);
        throw ShellError(fmt::format("{}: {}", shown, what), span_, 2, true);
    }

    void skip_blanks() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }

    // Read the next token into tok_ (and number_ or name_).
    void next() {
        skip_blanks();
        const bool after_name = tok_ == Tok::Name;
        if (pos_ >= text_.size()) {
            tok_ = Tok::End;
            return;
        }
        const char c = text_[pos_];
        const char c1 = pos_ + 1 < text_.size() ? text_[pos_ + 1] : '\0';
        const char c2 = pos_ + 2 < text_.size() ? text_[pos_ + 2] : '\0';
        if (std::isdigit(static_cast<unsigned char>(c))) {
            std::string_view why = "invalid number";
            if (!parse_constant(text_, pos_, number_, &why)) fail(why);
            tok_ = Tok::Number;
            return;
        }
        if (name_start(c)) {
            size_t start = pos_;
            while (pos_ < text_.size() && name_char(text_[pos_])) ++pos_;
            // bash: `a[i + 1]` names an element; the name takes its subscript.
            if (dialect_.arrays && pos_ < text_.size() && text_[pos_] == '[') {
                int depth = 0;
                size_t end = pos_;
                for (; end < text_.size(); ++end) {
                    if (text_[end] == '[') ++depth;
                    if (text_[end] == ']' && --depth == 0) break;
                }
                if (end == text_.size()) fail("missing ']'");
                pos_ = end + 1;
            }
            name_ = text_.substr(start, pos_ - start);
            tok_ = Tok::Name;
            return;
        }
        auto take = [&](Tok t, size_t len) {
            tok_ = t;
            pos_ += len;
        };
        // `++`/`--` are increments only next to a name (x++, ++x); elsewhere
        // they are two signs, so 1--1 is 2 and --5 is 5, as in bash.
        if ((c == '+' || c == '-') && c1 == c) {
            bool inc = after_name;
            if (!inc) {
                size_t j = pos_ + 2;
                while (j < text_.size() && std::isspace(static_cast<unsigned char>(text_[j]))) ++j;
                inc = j < text_.size() && name_start(text_[j]);
            }
            if (inc) return take(c == '+' ? Tok::Inc : Tok::Dec, 2);
            return take(c == '+' ? Tok::Plus : Tok::Minus, 1);
        }
        switch (c) {
        case '(': return take(Tok::LParen, 1);
        case ')': return take(Tok::RParen, 1);
        case '?': return take(Tok::Question, 1);
        case ':': return take(Tok::Colon, 1);
        case ',': return take(Tok::Comma, 1);
        case '~': return take(Tok::Tilde, 1);
        case '+': return c1 == '=' ? take(Tok::AddAssign, 2) : take(Tok::Plus, 1);
        case '-': return c1 == '=' ? take(Tok::SubAssign, 2) : take(Tok::Minus, 1);
        case '*':
            if (c1 == '*') return take(Tok::Power, 2);
            return c1 == '=' ? take(Tok::MulAssign, 2) : take(Tok::Star, 1);
        case '/': return c1 == '=' ? take(Tok::DivAssign, 2) : take(Tok::Slash, 1);
        case '%': return c1 == '=' ? take(Tok::ModAssign, 2) : take(Tok::Percent, 1);
        case '^': return c1 == '=' ? take(Tok::XorAssign, 2) : take(Tok::BitXor, 1);
        case '!': return c1 == '=' ? take(Tok::Ne, 2) : take(Tok::Not, 1);
        case '=': return c1 == '=' ? take(Tok::Eq, 2) : take(Tok::Assign, 1);
        case '&':
            if (c1 == '&') return take(Tok::And, 2);
            return c1 == '=' ? take(Tok::AndAssign, 2) : take(Tok::BitAnd, 1);
        case '|':
            if (c1 == '|') return take(Tok::Or, 2);
            return c1 == '=' ? take(Tok::OrAssign, 2) : take(Tok::BitOr, 1);
        case '<':
            if (c1 == '<') return c2 == '=' ? take(Tok::ShlAssign, 3) : take(Tok::Shl, 2);
            return c1 == '=' ? take(Tok::Le, 2) : take(Tok::Lt, 1);
        case '>':
            if (c1 == '>') return c2 == '=' ? take(Tok::ShrAssign, 3) : take(Tok::Shr, 2);
            return c1 == '=' ? take(Tok::Ge, 2) : take(Tok::Gt, 1);
        default: break;
        }
        fail(fmt::format("unexpected character '{}'", c));
    }

    // The value of a variable: unset or empty is 0; otherwise it must be an
    // integer constant (with an optional sign), as in dash; with bash's
    // dialect any other value is an expression of its own (x='1+2').
    int64_t lookup(std::string_view name) {
        const std::string* value = vars_.get(name);
        if (value == nullptr) return 0;
        std::string_view v = *value;
        size_t i = 0;
        while (i < v.size() && std::isspace(static_cast<unsigned char>(v[i]))) ++i;
        if (i == v.size()) return 0;
        bool negative = false;
        if (v[i] == '-' || v[i] == '+') negative = v[i++] == '-';
        size_t digits = i;
        int64_t number = 0;
        if (digits < v.size() && std::isdigit(static_cast<unsigned char>(v[digits])) &&
            parse_constant(v, digits, number)) {
            size_t rest = digits;
            while (rest < v.size() && std::isspace(static_cast<unsigned char>(v[rest]))) ++rest;
            if (rest == v.size()) return negative ? s(0 - u(number)) : number;
        }
        if (dialect_.variables_as_expressions) {
            // x=x would never end: bash stops at 1024 levels too.
            if (recursion_ >= 1024 || stack::nearly_full())
                fail(fmt::format("{}: expression recursion level exceeded", name));
            std::string copy(v);  // evaluating may assign to `name` itself
            return Evaluator(copy, vars_, span_, dialect_, recursion_ + 1).run();
        }
        fail(fmt::format("{} is '{}', not a number", name, v));
    }

    int64_t apply(Tok op, int64_t a, int64_t b, bool eval) {
        switch (op) {
        case Tok::Plus: case Tok::AddAssign: return s(u(a) + u(b));
        case Tok::Minus: case Tok::SubAssign: return s(u(a) - u(b));
        case Tok::Star: case Tok::MulAssign: return s(u(a) * u(b));
        case Tok::Slash: case Tok::DivAssign:
        case Tok::Percent: case Tok::ModAssign: {
            if (b == 0) {
                if (!eval) return 0;
                fail("division by zero");
            }
            bool div = op == Tok::Slash || op == Tok::DivAssign;
            if (b == -1) return div ? s(0 - u(a)) : 0;  // INT64_MIN / -1 would trap
            return div ? a / b : a % b;
        }
        case Tok::Power: {
            if (b < 0) {
                if (!eval) return 0;
                fail("exponent less than 0");
            }
            uint64_t result = 1, base = u(a);
            for (uint64_t e = u(b); e != 0; e >>= 1) {
                if (e & 1) result *= base;
                base *= base;
            }
            return s(result);
        }
        case Tok::Shl: case Tok::ShlAssign: return s(u(a) << (b & 63));
        case Tok::Shr: case Tok::ShrAssign: return a >> (b & 63);
        case Tok::Lt: return a < b;
        case Tok::Le: return a <= b;
        case Tok::Gt: return a > b;
        case Tok::Ge: return a >= b;
        case Tok::Eq: return a == b;
        case Tok::Ne: return a != b;
        case Tok::BitAnd: case Tok::AndAssign: return a & b;
        case Tok::BitXor: case Tok::XorAssign: return a ^ b;
        case Tok::BitOr: case Tok::OrAssign: return a | b;
        default: return 0;
        }
    }

    static int precedence(Tok t) {
        switch (t) {
        case Tok::Or: return 1;
        case Tok::And: return 2;
        case Tok::BitOr: return 3;
        case Tok::BitXor: return 4;
        case Tok::BitAnd: return 5;
        case Tok::Eq: case Tok::Ne: return 6;
        case Tok::Lt: case Tok::Le: case Tok::Gt: case Tok::Ge: return 7;
        case Tok::Shl: case Tok::Shr: return 8;
        case Tok::Plus: case Tok::Minus: return 9;
        case Tok::Star: case Tok::Slash: case Tok::Percent: return 10;
        case Tok::Power: return 11;
        default: return 0;
        }
    }

    // Bounds the recursion of `((((...` and `- - - ...`, so a hostile
    // expression is an error, not a stack overflow.
    struct NestingGuard {
        explicit NestingGuard(Evaluator& e) : ev(e) {
            if (++ev.nesting_ > 100000 || stack::nearly_full()) ev.fail("expression nested too deeply");
        }
        ~NestingGuard() { --ev.nesting_; }
        Evaluator& ev;
    };

    static bool is_assignment(Tok t) { return t >= Tok::Assign && t <= Tok::OrAssign; }

    int64_t parse_comma(bool eval) {
        int64_t v = parse_assign(eval);
        while (tok_ == Tok::Comma) {
            next();
            v = parse_assign(eval);
        }
        return v;
    }

    int64_t parse_assign(bool eval) {
        NestingGuard guard(*this);
        if (tok_ == Tok::Name) {
            // Look one token ahead: `x = ...` or `x + ...`.
            size_t saved_pos = pos_;
            std::string_view name = name_;
            next();
            if (is_assignment(tok_)) {
                name = element_name(name, eval);
                Tok op = tok_;
                next();
                int64_t rhs = parse_assign(eval);
                if (!eval) return 0;
                int64_t value = op == Tok::Assign ? rhs : apply(op, lookup(name), rhs, eval);
                vars_.set(name, value);
                return value;
            }
            pos_ = saved_pos;
            name_ = name;
            tok_ = Tok::Name;
        }
        int64_t v = parse_ternary(eval);
        if (is_assignment(tok_)) fail("assignment to a non-variable");
        return v;
    }

    int64_t parse_ternary(bool eval) {
        int64_t cond = parse_binary(1, eval);
        if (tok_ != Tok::Question) return cond;
        next();
        int64_t then_value = parse_comma(eval && cond != 0);
        if (tok_ != Tok::Colon) fail("expecting ':'");
        next();
        int64_t else_value = parse_ternary(eval && cond == 0);
        return cond != 0 ? then_value : else_value;
    }

    int64_t parse_binary(int min_precedence, bool eval) {
        int64_t lhs = parse_unary(eval);
        for (;;) {
            Tok op = tok_;
            int prec = precedence(op);
            if (prec == 0 || prec < min_precedence) return lhs;
            next();
            if (op == Tok::And) {
                int64_t rhs = parse_binary(prec + 1, eval && lhs != 0);
                lhs = lhs != 0 && rhs != 0;
            } else if (op == Tok::Or) {
                int64_t rhs = parse_binary(prec + 1, eval && lhs == 0);
                lhs = lhs != 0 || rhs != 0;
            } else {
                // `**` is right-associative: 2**3**2 is 2**9.
                int64_t rhs = parse_binary(op == Tok::Power ? prec : prec + 1, eval);
                lhs = apply(op, lhs, rhs, eval);
            }
        }
    }

    int64_t parse_unary(bool eval) {
        NestingGuard guard(*this);
        switch (tok_) {
        case Tok::Plus: next(); return parse_unary(eval);
        case Tok::Minus: next(); return s(0 - u(parse_unary(eval)));
        case Tok::Not: next(); return parse_unary(eval) == 0;
        case Tok::Tilde: next(); return ~parse_unary(eval);
        case Tok::Inc:
        case Tok::Dec: {
            Tok op = tok_;
            next();
            if (tok_ != Tok::Name) fail("expecting a variable name");
            std::string_view name = element_name(name_, eval);
            next();
            if (!eval) return 0;
            int64_t value = s(u(lookup(name)) + (op == Tok::Inc ? 1 : u(-1)));
            vars_.set(name, value);
            return value;
        }
        default: return parse_postfix(eval);
        }
    }

    int64_t parse_postfix(bool eval) {
        switch (tok_) {
        case Tok::Number: {
            int64_t v = number_;
            next();
            return v;
        }
        case Tok::Name: {
            std::string_view name = element_name(name_, eval);
            next();
            if (tok_ == Tok::Inc || tok_ == Tok::Dec) {
                Tok op = tok_;
                next();
                if (!eval) return 0;
                int64_t old = lookup(name);
                vars_.set(name, s(u(old) + (op == Tok::Inc ? 1 : u(-1))));
                return old;
            }
            return eval ? lookup(name) : 0;
        }
        case Tok::LParen: {
            next();
            int64_t v = parse_comma(eval);
            if (tok_ != Tok::RParen) fail("missing ')'");
            next();
            return v;
        }
        case Tok::End: fail("expecting operand");
        default: fail("syntax error");
        }
    }

    std::string_view text_;
    ArithVariables& vars_;
    Span span_;
    const ArithDialect& dialect_;
    int recursion_;  // how many variables' values are being evaluated around this one
    // `a[i++]` names the element a[N]: its subscript is evaluated once, here,
    // and the names made so (stable storage) are what lookup and set see.
    std::deque<std::string> elements_;
    std::string_view element_name(std::string_view name, bool eval) {
        size_t open = name.find('[');
        if (open == std::string_view::npos || !eval) return name;
        std::string_view array = name.substr(0, open);
        if (vars_.is_assoc(array)) return name;
        std::string_view subscript = name.substr(open + 1, name.size() - open - 2);
        int64_t index = Evaluator(subscript, vars_, span_, dialect_, recursion_).run();
        elements_.push_back(fmt::format("{}[{}]", array, index));
        return elements_.back();
    }
    int nesting_ = 0;  // parse_assign and parse_unary calls open now (NestingGuard)
    size_t pos_ = 0;
    Tok tok_ = Tok::End;
    int64_t number_ = 0;
    std::string_view name_;
};

}  // namespace

int64_t arith_eval(std::string_view expr, ArithVariables& vars, Span span, ArithDialect dialect) {
    return Evaluator(expr, vars, span, dialect).run();
}

}  // namespace forksh
