// cond.cpp: bash's conditional command, [[ expression ]], run in the shell
// with no fork. Its words are expanded as one string each (no field
// splitting, no pathname expansion), and only when the expression needs
// them: `&&` and `||` stop early, as in a list. The primaries are test's
// (shell/os/test_ops.cpp) with three differences, all bash's: the right side
// of == and != is a pattern, -eq and friends take arithmetic expressions, and
// < and > compare in the locale's order.
// System calls: stat(2), lstat(2), faccessat(2), isatty(3) for the file tests;
// regcomp(3) and regexec(3) for =~.
#include <fmt/format.h>
#include <regex.h>

#include <cstring>

#include "shell/base/output.hpp"
#include "shell/exec/exec.hpp"
#include "shell/expand/arith.hpp"
#include "shell/os/test_ops.hpp"
#include "shell/text/names.hpp"
#include "shell/text/pattern.hpp"

namespace forksh {

namespace {

// BASH_REMATCH after a =~: an array of the whole match, then what each
// parenthesised group matched (empty when the match failed), as in bash.
void set_rematch(Variables& vars, const std::vector<std::string>& groups) {
    vars.set_array("BASH_REMATCH", groups);
}

// A compiled regular expression, freed however the match ends.
struct Regex {
    regex_t re{};
    int error = 0;
    explicit Regex(const std::string& pattern) { error = ::regcomp(&re, pattern.c_str(), REG_EXTENDED); }
    ~Regex() {
        if (error == 0) ::regfree(&re);
    }
    Regex(const Regex&) = delete;
    Regex& operator=(const Regex&) = delete;
    std::string error_text() const {
        char text[256];
        ::regerror(error, &re, text, sizeof text);
        return text;
    }
};

}  // namespace

int Executor::run_cond(const ast::CondCommand& cond) {
    return eval_cond(*cond.expr);
}

// 0 true, 1 false, 2 error (a bad regular expression). As in bash, `!`
// turns an error into true, and && and || pass it on like a false.
int Executor::eval_cond(const ast::CondExpr& e, bool negated) {
    using Kind = ast::CondExpr::Kind;
    switch (e.kind) {
    case Kind::Word: {
        std::string word = expander_.expand_string(e.words[0]);
        trace_cond(negated, "-n " + word);
        return word.empty() ? 1 : 0;
    }
    case Kind::Not: return eval_cond(*e.left, true) == 0 ? 1 : 0;
    case Kind::And: {
        int status = eval_cond(*e.left);
        return status == 0 ? eval_cond(*e.right) : status;
    }
    case Kind::Or: {
        int status = eval_cond(*e.left);
        return status != 0 ? eval_cond(*e.right) : status;
    }
    case Kind::Unary: {
        std::string operand = expander_.expand_string(e.words[0]);
        trace_cond(negated, e.op + " " + operand);
        return cond_unary(e.op, operand) ? 0 : 1;
    }
    case Kind::Binary: return cond_binary(e, negated);
    }
    return 2;
}

// set -x shows each test as it is made, expanded: `+ [[ -f notes.txt ]]`.
void Executor::trace_cond(bool negated, std::string_view test) {
    if (!options_.xtrace || expanding_ps4_) return;
    write_all(2, fmt::format("{}[[ {}{} ]]\n", trace_prefix(), negated ? "! " : "", test));
}

bool Executor::cond_unary(std::string_view op, const std::string& operand) {
    switch (op[1]) {
    case 'v': {
        // -v NAME: the variable is set (to anything, even ""); a number
        // names a positional parameter.
        if (!operand.empty() && operand.find_first_not_of("0123456789") == std::string::npos)
            return operand.size() < 10 && std::stoul(operand) <= vars_.special().positional.size() &&
                   std::stoul(operand) > 0;
        return is_valid_name(operand) && vars_.get(operand) != nullptr;
    }
    case 'o': {
        // -o OPTION: that `set -o` option is on.
        const OptionInfo* option = find_option(operand);
        return option != nullptr && options_.*(option->field);
    }
    case 'a': return test_unary("-e", operand);  // bash's old spelling of -e
    default: break;
    }
    try {
        return test_unary(op, operand);
    } catch (const TestOperandError&) {
        return false;  // -t with no number: bash says false, without a message
    }
}

int Executor::cond_binary(const ast::CondExpr& e, bool negated) {
    const std::string& op = e.op;
    std::string left = expander_.expand_string(e.words[0]);
    if (op == "==" || op == "=" || op == "!=") {
        std::string pattern = expander_.expand_pattern(e.words[1]);
        trace_cond(negated, fmt::format("{} {} {}", left, op, pattern));
        bool match = pattern_match(pattern, left, PatternExtglob);  // always on in [[ ]], as in bash
        return match == (op != "!=") ? 0 : 1;
    }
    if (op == "=~") {
        std::string pattern = expander_.expand_regex(e.words[1]);
        trace_cond(negated, fmt::format("{} {} {}", left, op, pattern));
        Regex regex(pattern);
        if (regex.error != 0) {
            report(fmt::format("[[: bad regular expression '{}': {}", pattern, regex.error_text()),
                   vars_.current_line());
            return 2;
        }
        std::vector<regmatch_t> found(regex.re.re_nsub + 1);
        if (::regexec(&regex.re, left.c_str(), found.size(), found.data(), 0) != 0) {
            set_rematch(vars_, {});
            return 1;
        }
        std::vector<std::string> groups;
        for (const regmatch_t& m : found)
            groups.push_back(m.rm_so < 0 ? std::string() : left.substr(m.rm_so, m.rm_eo - m.rm_so));
        set_rematch(vars_, groups);
        return 0;
    }
    std::string right = expander_.expand_string(e.words[1]);
    trace_cond(negated, fmt::format("{} {} {}", left, op, right));
    if (op == "<") return std::strcoll(left.c_str(), right.c_str()) < 0 ? 0 : 1;
    if (op == ">") return std::strcoll(left.c_str(), right.c_str()) > 0 ? 0 : 1;
    if (op == "-nt" || op == "-ot" || op == "-ef") return test_files(left, op, right) ? 0 : 1;
    // -eq -ne -lt -le -gt -ge: each side is an arithmetic expression, so
    // `[[ $n+1 -gt 2 ]]` and `[[ count -eq 0 ]]` work. An error there makes
    // this comparison false, with a message (bash).
    try {
        ShellArithVariables arith_vars(vars_, e.span);
        int64_t x = arith_eval(left, arith_vars, e.span);
        int64_t y = arith_eval(right, arith_vars, e.span);
        return test_integers(x, op, y) ? 0 : 1;
    } catch (const ShellError& error) {
        report(fmt::format("[[: {}", error.what()), vars_.current_line());
        return 1;
    }
}

}  // namespace forksh
