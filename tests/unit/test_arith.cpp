// Unit tests for shell/arith: $((...)) evaluation, with a map for variables.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "shell/expand/arith.hpp"
#include "shell/base/diag.hpp"
#include "shell/state/variables.hpp"

using forksh::arith_eval;
using forksh::ShellError;

namespace {

struct MapVars : forksh::ArithVariables {
    std::map<std::string, std::string, std::less<>> values;
    std::set<std::string, std::less<>> readonly;
    int gets = 0;
    const std::string* get(std::string_view name) override {
        ++gets;
        auto it = values.find(name);
        return it == values.end() ? nullptr : &it->second;
    }
    void set(std::string_view name, int64_t value) override {
        if (readonly.count(name)) throw ShellError(std::string(name) + ": is read only", {}, 2, true);
        values[std::string(name)] = std::to_string(value);
    }
};

int64_t eval(std::string_view expr) {
    MapVars vars;
    return arith_eval(expr, vars);
}

std::string error_of(std::string_view expr, MapVars* vars = nullptr) {
    MapVars local;
    try {
        arith_eval(expr, vars ? *vars : local);
    } catch (const ShellError& e) {
        CHECK(e.status() == 2);
        CHECK(e.fatal());
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("arith: decimal numbers", "[arith]") {
    CHECK(eval("42") == 42);
    CHECK(eval("  7  ") == 7);
    CHECK(eval("0") == 0);
}

TEST_CASE("arith: octal and hex constants", "[arith]") {
    CHECK(eval("010") == 8);
    CHECK(eval("0755") == 493);
    CHECK(eval("0x1F") == 31);
    CHECK(eval("0XfF") == 255);
}

TEST_CASE("arith: empty expression is zero", "[arith]") {
    CHECK(eval("") == 0);
    CHECK(eval("   ") == 0);
}

TEST_CASE("arith: invalid numbers are errors", "[arith]") {
    CHECK(error_of("08") == "08: invalid number");
    CHECK(error_of("12abc") == "12abc: invalid number");
    CHECK(error_of("0x") == "0x: invalid number");
}

TEST_CASE("arith: additive and multiplicative precedence", "[arith]") {
    CHECK(eval("1+2*3") == 7);
    CHECK(eval("(1+2)*3") == 9);
    CHECK(eval("10-4-3") == 3);
    CHECK(eval("100/10/5") == 2);
}

TEST_CASE("arith: division and modulo truncate toward zero", "[arith]") {
    CHECK(eval("7/2") == 3);
    CHECK(eval("-7/2") == -3);
    CHECK(eval("7%3") == 1);
    CHECK(eval("-7%3") == -1);
}

TEST_CASE("arith: division by zero is an error", "[arith]") {
    CHECK(error_of("1/0") == "1/0: division by zero");
    CHECK(error_of(" 5 % 0 ") == "5 % 0: division by zero");
}

TEST_CASE("arith: INT64_MIN divided by -1 does not trap", "[arith]") {
    CHECK(eval("(-9223372036854775807-1)/-1") == INT64_MIN);
    CHECK(eval("(-9223372036854775807-1)%-1") == 0);
}

TEST_CASE("arith: overflow wraps around", "[arith]") {
    CHECK(eval("9223372036854775807+1") == INT64_MIN);
    CHECK(eval("-9223372036854775807-2") == INT64_MAX);
    CHECK(eval("9223372036854775807*2") == -2);
    CHECK(eval("-(-9223372036854775807-1)") == INT64_MIN);
}

TEST_CASE("arith: shifts", "[arith]") {
    CHECK(eval("1<<4") == 16);
    CHECK(eval("256>>4") == 16);
    CHECK(eval("-16>>2") == -4);
    CHECK(eval("1<<63") == INT64_MIN);
    CHECK(eval("1<<64") == 1);  // count taken modulo 64, as dash and bash on x86
}

TEST_CASE("arith: comparisons give 0 or 1", "[arith]") {
    CHECK(eval("1<2") == 1);
    CHECK(eval("2<=2") == 1);
    CHECK(eval("3>4") == 0);
    CHECK(eval("4>=5") == 0);
    CHECK(eval("5==5") == 1);
    CHECK(eval("5!=5") == 0);
}

TEST_CASE("arith: bitwise operators and their precedence", "[arith]") {
    CHECK(eval("6&3") == 2);
    CHECK(eval("6|3") == 7);
    CHECK(eval("6^3") == 5);
    CHECK(eval("1|2^3&4") == (1 | (2 ^ (3 & 4))));
    CHECK(eval("~0") == -1);
}

TEST_CASE("arith: equality binds tighter than bitwise and", "[arith]") {
    CHECK(eval("1&2==2") == 1);  // 1 & (2==2)
    CHECK(eval("3==3&&2") == 1);
}

TEST_CASE("arith: logical operators", "[arith]") {
    CHECK(eval("1&&2") == 1);
    CHECK(eval("0&&2") == 0);
    CHECK(eval("0||0") == 0);
    CHECK(eval("0||7") == 1);
    CHECK(eval("!0") == 1);
    CHECK(eval("!5") == 0);
}

TEST_CASE("arith: unary minus and plus", "[arith]") {
    CHECK(eval("-5") == -5);
    CHECK(eval("- -5") == 5);
    CHECK(eval("+5") == 5);
    CHECK(eval("-(2+3)") == -5);
}

TEST_CASE("arith: -- and ++ before a number are two signs", "[arith]") {
    CHECK(eval("--5") == 5);
    CHECK(eval("1--1") == 2);
    CHECK(eval("1+++2") == 3);
    CHECK(eval("++5") == 5);
}

TEST_CASE("arith: exponent (bash) is right-associative", "[arith]") {
    CHECK(eval("2**10") == 1024);
    CHECK(eval("2**3**2") == 512);
    CHECK(eval("-2**2") == 4);
    CHECK(error_of("2**-1") == "2**-1: exponent less than 0");
}

TEST_CASE("arith: conditional operator", "[arith]") {
    CHECK(eval("1?2:3") == 2);
    CHECK(eval("0?2:3") == 3);
    CHECK(eval("1 ? 2 : 3 ? 4 : 5") == 2);
    CHECK(eval("0 ? 2 : 0 ? 4 : 5") == 5);
    CHECK(eval("1 ? 2, 3 : 4") == 3);
}

TEST_CASE("arith: comma evaluates both, yields the right", "[arith]") {
    MapVars vars;
    CHECK(arith_eval("x=1, y=2, x+y", vars) == 3);
    CHECK(vars.values["x"] == "1");
}

TEST_CASE("arith: variables by name", "[arith]") {
    MapVars vars;
    vars.values["x"] = "6";
    vars.values["y"] = "7";
    CHECK(arith_eval("x*y", vars) == 42);
}

TEST_CASE("arith: unset or empty variable is zero", "[arith]") {
    MapVars vars;
    vars.values["e"] = "";
    CHECK(arith_eval("nope + e + 1", vars) == 1);
}

TEST_CASE("arith: a variable's value must be an integer constant, as in dash", "[arith]") {
    MapVars vars;
    vars.values["h"] = "0x10";
    vars.values["s"] = " 3 ";
    vars.values["n"] = "-4";
    CHECK(arith_eval("h", vars) == 16);
    CHECK(arith_eval("s+1", vars) == 4);
    CHECK(arith_eval("n*2", vars) == -8);
}

TEST_CASE("arith: a variable holding an expression is an error", "[arith]") {
    MapVars vars;
    vars.values["x"] = "1+2";
    vars.values["y"] = "abc1";
    CHECK(error_of("x", &vars) == "x: x is '1+2', not a number");
    CHECK(error_of("y+1", &vars) == "y+1: y is 'abc1', not a number");
}

TEST_CASE("arith: simple assignment", "[arith]") {
    MapVars vars;
    CHECK(arith_eval("x = 5", vars) == 5);
    CHECK(vars.values["x"] == "5");
    CHECK(arith_eval("a = b = 3", vars) == 3);
    CHECK(vars.values["a"] == "3");
    CHECK(vars.values["b"] == "3");
}

TEST_CASE("arith: compound assignments", "[arith]") {
    MapVars vars;
    vars.values["x"] = "10";
    CHECK(arith_eval("x += 5", vars) == 15);
    CHECK(arith_eval("x -= 3", vars) == 12);
    CHECK(arith_eval("x *= 2", vars) == 24);
    CHECK(arith_eval("x /= 5", vars) == 4);
    CHECK(arith_eval("x %= 3", vars) == 1);
    CHECK(arith_eval("x <<= 4", vars) == 16);
    CHECK(arith_eval("x >>= 2", vars) == 4);
    CHECK(arith_eval("x |= 3", vars) == 7);
    CHECK(arith_eval("x &= 5", vars) == 5);
    CHECK(arith_eval("x ^= 1", vars) == 4);
    CHECK(vars.values["x"] == "4");
}

TEST_CASE("arith: compound division by zero is an error", "[arith]") {
    MapVars vars;
    vars.values["x"] = "1";
    CHECK(error_of("x /= 0", &vars) == "x /= 0: division by zero");
    CHECK(vars.values["x"] == "1");
}

TEST_CASE("arith: pre and post increment and decrement", "[arith]") {
    MapVars vars;
    vars.values["x"] = "5";
    CHECK(arith_eval("x++", vars) == 5);
    CHECK(vars.values["x"] == "6");
    CHECK(arith_eval("++x", vars) == 7);
    CHECK(arith_eval("x--", vars) == 7);
    CHECK(arith_eval("--x", vars) == 5);
    CHECK(vars.values["x"] == "5");
}

TEST_CASE("arith: increment of an unset variable starts at zero", "[arith]") {
    MapVars vars;
    CHECK(arith_eval("n++ + n", vars) == 1);
    CHECK(vars.values["n"] == "1");
}

TEST_CASE("arith: && does not evaluate its right side after 0", "[arith]") {
    MapVars vars;
    CHECK(arith_eval("0 && (y = 5)", vars) == 0);
    CHECK(vars.values.count("y") == 0);
    CHECK(arith_eval("0 && 1/0", vars) == 0);
}

TEST_CASE("arith: || does not evaluate its right side after non-zero", "[arith]") {
    MapVars vars;
    CHECK(arith_eval("1 || (y = 5)", vars) == 1);
    CHECK(arith_eval("2 || y++", vars) == 1);
    CHECK(vars.values.count("y") == 0);
    CHECK(arith_eval("1 || 1/0", vars) == 1);
}

TEST_CASE("arith: ?: evaluates only the chosen branch", "[arith]") {
    MapVars vars;
    CHECK(arith_eval("1 ? (a = 1) : (b = 2)", vars) == 1);
    CHECK(arith_eval("0 ? c++ : 9", vars) == 9);
    CHECK(arith_eval("0 ? 1/0 : 4", vars) == 4);
    CHECK(vars.values.count("a") == 1);
    CHECK(vars.values.count("b") == 0);
    CHECK(vars.values.count("c") == 0);
}

TEST_CASE("arith: skipped side does not even look variables up", "[arith]") {
    MapVars vars;
    vars.values["x"] = "1+";  // would be an error if evaluated
    CHECK(arith_eval("0 && x", vars) == 0);
    CHECK(vars.gets == 0);
}

TEST_CASE("arith: missing operand", "[arith]") {
    CHECK(error_of("2+") == "2+: expecting operand");
    CHECK(error_of("*3") == "*3: syntax error");
}

TEST_CASE("arith: syntax errors", "[arith]") {
    CHECK(error_of("1 2") == "1 2: syntax error");
    CHECK(error_of("()") == "(): syntax error");
    CHECK(error_of("x++ ++") == "x++ ++: expecting operand");
    CHECK(error_of("1 ? 2") == "1 ? 2: expecting ':'");
}

TEST_CASE("arith: unbalanced parentheses", "[arith]") {
    CHECK(error_of("(1+2") == "(1+2: missing ')'");
    CHECK(error_of("1+2)") == "1+2): syntax error");
}

TEST_CASE("arith: assignment needs a variable", "[arith]") {
    CHECK(error_of("1 = 2") == "1 = 2: assignment to a non-variable");
    CHECK(error_of("1 ? 2 : x = 3") == "1 ? 2 : x = 3: assignment to a non-variable");
}

TEST_CASE("arith: unexpected characters", "[arith]") {
    CHECK(error_of("1 $ 2") == "1 $ 2: unexpected character '$'");
    CHECK(error_of("a.b") == "a.b: unexpected character '.'");
}

TEST_CASE("arith: deep nesting is an error, not a crash", "[arith]") {
    std::string deep(300000, '(');
    deep += "1";
    deep += std::string(300000, ')');
    CHECK(error_of(deep).find("expression nested too deeply") != std::string::npos);
    std::string shallow = std::string(100, '(') + "1" + std::string(100, ')');
    CHECK(eval(shallow) == 1);
}

TEST_CASE("arith: many stars and operators in a row", "[arith]") {
    CHECK(eval("1*2*3*4*5*6*7*8*9*10") == 3628800);
    CHECK(eval("!!!!5") == 1);
    CHECK(eval("~~7") == 7);
}

TEST_CASE("arith: adapter over shell variables assigns decimal strings", "[arith]") {
    forksh::Variables vars;
    forksh::ShellArithVariables adapter(vars);
    vars.set("x", "0x10");
    CHECK(arith_eval("x += 1", adapter) == 17);
    REQUIRE(vars.get("x") != nullptr);
    CHECK(*vars.get("x") == "17");
}

TEST_CASE("arith: readonly variable cannot be assigned", "[arith]") {
    forksh::Variables vars;
    vars.set("r", "1");
    vars.set_readonly("r");
    forksh::ShellArithVariables adapter(vars);
    try {
        arith_eval("r = 2", adapter);
        FAIL("no error");
    } catch (const ShellError& e) {
        CHECK(std::string(e.what()) == "r: is read only");
        CHECK(e.status() == 2);
    }
    CHECK(*vars.get("r") == "1");
    CHECK(arith_eval("r + 1", adapter) == 2);
}

TEST_CASE("arith: bash's BASE#DIGITS constants", "[arith]") {
    CHECK(eval("2#101") == 5);
    CHECK(eval("16#ff + 16#FF") == 510);
    CHECK(eval("36#z") == 35);
    CHECK(eval("64#Z") == 61);
    CHECK(eval("64#@") == 62);
    CHECK(eval("64#_") == 63);
    CHECK(eval("10#08") == 8);
    CHECK(error_of("1#0") == "1#0: invalid arithmetic base");
    CHECK(error_of("65#1") == "65#1: invalid arithmetic base");
    CHECK(error_of("8#9") == "8#9: value too great for base");
    CHECK(error_of("2#") == "2#: invalid integer constant");
}

TEST_CASE("arith: with bash's dialect a variable's value is an expression", "[arith]") {
    MapVars vars;
    vars.values["x"] = "1+2";
    vars.values["y"] = "x*2";
    vars.values["loop"] = "loop";
    forksh::ArithDialect bash{true};
    CHECK(arith_eval("y + 1", vars, {}, bash) == 7);
    CHECK(arith_eval("unset_name + abc", vars, {}, bash) == 0);
    try {
        arith_eval("loop", vars, {}, bash);
        FAIL("no error");
    } catch (const ShellError& e) {
        CHECK(std::string(e.what()) == "loop: loop: expression recursion level exceeded");
    }
}
