// arith_command.cpp: bash's arithmetic commands, `((expression))` and
// `for ((init; condition; step))`. No system calls: the expressions are
// expanded as $((...)) is and evaluated by shell/expand/arith.cpp.
//
// As in bash, a wrong expression (`((1/0))`) is reported and gives status 1;
// it does not end the shell, as a wrong $((...)) does. An error in an
// expansion inside it (`(( ${x?} ))`) is an expansion error as anywhere else.
#include <fmt/format.h>

#include "shell/base/diag.hpp"
#include "shell/exec/exec.hpp"
#include "shell/expand/arith.hpp"

namespace forksh {

namespace {

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\n") == std::string_view::npos;
}

}  // namespace

std::optional<int64_t> Executor::eval_arith_word(const ast::Word& expr, std::string_view text) {
    vars_.set_current_line(expr.span.line);
    ShellArithVariables vars(vars_, expr.span);
    try {
        return arith_eval(text, vars, expr.span, ArithDialect{true, true});
    } catch (const ShellError& e) {
        report(fmt::format("((: {}", e.what()), expr.span.line);
        return std::nullopt;
    }
}

// ((expression)): 0 when the value is not zero, else 1 (also for an error).
int Executor::run_arith_command(const ast::ArithCommand& command) {
    std::string text = expander_.expand_heredoc(command.expr);
    if (options_.xtrace) trace_arith(text);
    std::optional<int64_t> value = eval_arith_word(command.expr, text);
    return value && *value != 0 ? 0 : 1;
}

// for ((init; condition; step)); do body; done: init once; then, while the
// condition is not zero (an empty one is true), the body and the step. A
// `continue` still runs the step, as in C.
int Executor::run_arith_for(const ast::ArithForClause& loop) {
    // One part of the head: true when it could be evaluated; `value` gets
    // its value (1 for an empty part).
    auto part = [&](const ast::Word& word, int64_t& value) {
        std::string text = expander_.expand_heredoc(word);
        if (is_blank(text)) {
            value = 1;
            return true;
        }
        if (options_.xtrace) trace_arith(text);
        std::optional<int64_t> v = eval_arith_word(word, text);
        if (v) value = *v;
        return v.has_value();
    };
    int64_t value = 0;
    if (!part(loop.init, value)) return 1;
    int status = 0;
    LoopScope scope(loop_depth_);
    for (;;) {
        if (!part(loop.condition, value)) return 1;
        if (value == 0) break;
        status = run_list(*loop.body);
        if (loop_must_end()) break;
        if (!part(loop.step, value)) return 1;
    }
    return status;
}

// set -x shows an arithmetic command as bash does: `+ (( i<3 ))`.
void Executor::trace_arith(const std::string& text) {
    ast::SimpleCommand none;
    trace_command({"((", text, "))"}, none, true);
}

}  // namespace forksh
