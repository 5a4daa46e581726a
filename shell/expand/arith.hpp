// arith.hpp: shell arithmetic, $((...)) (XCU 2.6.4): signed 64-bit integers
// with the C operators, precedence and associativity, plus `**` (bash).
// No system calls.
//
// The evaluator reads the expression text directly (one recursive-descent
// pass that parses and evaluates together, no tree). Overflow wraps around
// (two's complement, computed in unsigned arithmetic so there is no undefined
// behaviour); INT64_MIN / -1 is INT64_MIN and INT64_MIN % -1 is 0; shift
// counts are taken modulo 64, as on x86 in dash and bash.
//
// `&&`, `||` and `?:` parse the side they skip without evaluating it: no
// assignment, no division-by-zero error, no variable lookup there.
//
// Errors throw ShellError(status 2, fatal) with the expression and what is
// wrong: `1/0: division by zero`, `2+: expecting operand`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "shell/base/source.hpp"
#include "shell/state/variables.hpp"

namespace forksh {

// What arithmetic needs from variables, so that the evaluator can be used
// (and tested) without a whole shell.
class ArithVariables {
  public:
    virtual ~ArithVariables() = default;
    // The value, or nullptr when unset.
    virtual const std::string* get(std::string_view name) = 0;
    // Assign (as a decimal string); throws ShellError when that is not allowed.
    virtual void set(std::string_view name, int64_t value) = 0;
    // True when `array` is associative: its subscripts are keys, not numbers.
    virtual bool is_assoc(std::string_view array) { (void)array; return false; }
};

// The shell's variables: assignment to a readonly variable is an error.
// A name may be an element, `a[i]` (ArithDialect::arrays).
class ShellArithVariables : public ArithVariables {
  public:
    explicit ShellArithVariables(Variables& vars, Span span = {}) : vars_(vars), span_(span) {}
    const std::string* get(std::string_view name) override;
    void set(std::string_view name, int64_t value) override;
    bool is_assoc(std::string_view array) override;

  private:
    // `a[i]`: the array's name and, for an indexed one, the index (negative
    // counts back from the end); false when `name` has no subscript.
    struct Element {
        std::string_view array;
        std::string_view subscript;
        const Variable* var;
        int64_t index;
    };
    bool element(std::string_view name, Element& e);
    Variables& vars_;
    Span span_;
};

// What POSIX leaves to the shell (XCU 2.6.4 defines only variables that
// hold integer constants).
struct ArithDialect {
    // bash: a variable whose value is not a number is evaluated as an
    // expression of its own: after x=1+2, $((x*2)) is 6. Off (strict POSIX
    // mode): an error, "x is '1+2', not a number", as in dash.
    bool variables_as_expressions = false;
    // bash: `a[i]` is an element of the array a (the index is arithmetic for
    // an indexed array, a key for an associative one). Off: `[` is an error.
    bool arrays = false;
};

// Evaluate `expr`. An empty (or all-blank) expression is 0, and so is an
// unset or empty variable. Any other value must be an integer constant, with
// an optional sign and blanks around it, unless `dialect` says otherwise.
int64_t arith_eval(std::string_view expr, ArithVariables& vars, Span span = {}, ArithDialect dialect = {});

}  // namespace forksh
