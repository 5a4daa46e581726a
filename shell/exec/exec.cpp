// exec.cpp: lists, and-or lists, compound commands, traps and control flow.
// No system calls here: processes are made in pipeline.cpp and
// simple_command.cpp.
#include <fmt/format.h>

#include "shell/exec/exec.hpp"
#include "shell/expand/arith.hpp"
#include "shell/base/stack_guard.hpp"
#include "shell/sys/dry_run.hpp"

#include <unistd.h>

#include "shell/base/diag.hpp"
#include "shell/text/pattern.hpp"
#include "shell/exec/redirect.hpp"
#include "shell/state/parser_options.hpp"
#include "shell/os/launch.hpp"
#include "shell/sys/fd.hpp"
#include "shell/sys/trace.hpp"
#include "shell/os/signals.hpp"

namespace forksh {

Executor::Executor(Shell& facade, Variables& vars, Options& options, Functions& functions,
                   Aliases& aliases, PathCache& path_cache, Traps& traps, JobTable& jobs)
    : facade_(facade), vars_(vars), options_(options), functions_(functions), aliases_(aliases),
      path_cache_(path_cache), traps_(traps), jobs_(jobs), expander_(vars, options, *this) {
    // The terminal descriptor of job control is the shell's own: a user's
    // `exec 10>file` at the prompt moves it rather than replacing it.
    fd_registry::adopt(terminal_fd_);
    // declare -i: the variables ask the arithmetic (a layer above them) to
    // evaluate what is assigned.
    vars_.set_integer_evaluator([this](const std::string& expr) {
        ShellArithVariables arith_vars(vars_);
        return std::to_string(arith_eval(expr, arith_vars));
    });
}

Executor::~Executor() { fd_registry::forget(terminal_fd_); }

int Executor::run_parser(Parser& parser) {
    // No command at all (`. empty-file`): 0, as POSIX says for `.`.
    int status = 0;
    for (;;) {
        std::optional<ast::List> list;
        try {
            list = parser.next_command();
        } catch (const ParseError& e) {
            Span at = e.span();
            report_syntax_error(e.what(), at, parser.text_between(Span{at.line, 1}, Span{at.line + 1, 1}));
            vars_.special().last_status = status = 2;
            // POSIX 2.8.1: a syntax error ends a non-interactive shell, also
            // when it is in a file read with `.` (as in dash).
            if (!options_.interactive) {
                if (source_depth_ > 0) throw ExitRequest{status};
                return status;
            }
            parser.recover();
            continue;
        }
        if (!list) break;
        if (options_.noexec && !options_.interactive) continue;
        try {
            status = run_list(*list);
        } catch (const ShellError& e) {
            if (!e.reported()) report(e.what(), e.span().line > 0 ? e.span().line : vars_.current_line());
            vars_.special().last_status = status = e.status();
            if (e.fatal() && !options_.interactive) throw ExitRequest{status};
        }
        // `return` in a file read by `.` ends that file, even when the `.`
        // ran inside a function (a function called from here has already
        // used up its own return).
        if (returning_ && source_depth_ > 0) break;
    }
    return status;
}

int Executor::run_string(std::string_view text) {
    Parser parser(text, parser_options(aliases_, options_, vars_.current_line()));
    int status = 0;
    for (;;) {
        std::optional<ast::List> list;
        try {
            list = parser.next_command();
        } catch (const ParseError& e) {
            // eval is a special builtin: a syntax error in its text ends a
            // non-interactive shell, as in dash.
            throw ShellError(e.what(), Span{e.span().line, e.span().column}, 2, true);
        }
        if (!list) break;
        status = run_list(*list);
        if (interrupted()) break;
    }
    return status;
}

int Executor::run_list(const ast::List& list) {
    int status = vars_.special().last_status;
    for (const ast::ListItem& item : list.items) {
        if (item.background) {
            status = run_background(item.and_or);
        } else {
            status = run_and_or(item.and_or);
        }
        vars_.special().last_status = status;
        if (signals::any_pending_trap()) run_pending_traps();
        if (interrupted()) break;
    }
    return status;
}

namespace {
// POSIX: "If the exit status of a compound command other than a subshell
// command was the result of a failure while -e was being ignored, then -e
// shall not apply to this command." The commands inside a compound command
// have already been checked one by one, so only simple commands, subshells,
// [[ ]] (a command of its own, with no commands inside) and multi-stage
// pipelines are checked here.
bool errexit_applies(const ast::Pipeline& pipeline) {
    if (pipeline.negated) return false;
    if (pipeline.commands.size() > 1) return true;
    const auto& node = pipeline.commands.front().node;
    // bash's ((expr)) is a command of its own, like a simple command: `((i++))`
    // with i=0 fails and ends a set -e script there; so is [[ ]].
    return std::holds_alternative<ast::SimpleCommand>(node) || std::holds_alternative<ast::Subshell>(node) ||
           std::holds_alternative<ast::ArithCommand>(node) || std::holds_alternative<ast::CondCommand>(node);
}
}  // namespace

int Executor::run_list_in_child(const ast::List& list) {
    if (list.items.empty()) return vars_.special().last_status;
    const ast::ListItem& last = list.items.back();
    if (!child_tail_ok(list, traps_.get(0).action == TrapAction::Command)) return run_list(list);
    int status = vars_.special().last_status;
    for (size_t i = 0; i + 1 < list.items.size(); ++i) {
        const ast::ListItem& item = list.items[i];
        status = item.background ? run_background(item.and_or) : run_and_or(item.and_or);
        vars_.special().last_status = status;
        if (signals::any_pending_trap()) run_pending_traps();
        if (interrupted()) return status;
    }
    // Traps may have been set by the earlier commands.
    if (traps_.get(0).action == TrapAction::Command) {
        status = run_and_or(last.and_or);
        vars_.special().last_status = status;
        return status;
    }
    status = run_command(last.and_or.first.commands.front(), true);
    check_errexit(status);
    return status;
}

void Executor::check_errexit(int status) {
    // set -e: a failing command ends the shell, except where its status is
    // being tested (conditions, left of && and ||, after !).
    if (status != 0 && options_.errexit && errexit_suppressed_ == 0 && !interrupted())
        throw ExitRequest{status};
}

// While one lives, set -e is off: the status being produced is tested by
// someone (an `if`, a `&&`, a `!`), so a failure is not an error.
struct Executor::ErrexitOff {
    ErrexitOff(int& count, bool active) : count_(count), active_(active) {
        if (active_) ++count_;
    }
    ~ErrexitOff() {
        if (active_) --count_;
    }
    ErrexitOff(const ErrexitOff&) = delete;
    ErrexitOff& operator=(const ErrexitOff&) = delete;
    int& count_;
    bool active_;
};

// and_or : pipeline (('&&' | '||') linebreak pipeline)*
// Left-associative: in `a && b || c`, c runs when a fails.
int Executor::run_and_or(const ast::AndOr& and_or) {
    int status;
    {
        // POSIX: -e is ignored left of && and ||, and inside a pipeline
        // that begins with `!` (subshells there too: dash and bash).
        ErrexitOff off(errexit_suppressed_, !and_or.rest.empty() || and_or.first.negated);
        status = run_pipeline(and_or.first, false);
    }
    // Only the last pipeline's failure counts for set -e, and only if it ran.
    bool check = and_or.rest.empty() && errexit_applies(and_or.first);
    for (size_t i = 0; i < and_or.rest.size() && !interrupted(); ++i) {
        const auto& [op, pipeline] = and_or.rest[i];
        vars_.special().last_status = status;
        bool is_last = i + 1 == and_or.rest.size();
        check = false;
        if (op == ast::AndOrOp::And ? status != 0 : status == 0) continue;
        ErrexitOff off(errexit_suppressed_, !is_last || pipeline.negated);
        status = run_pipeline(pipeline, false);
        check = is_last && errexit_applies(pipeline);
    }
    if (check) check_errexit(status);
    return status;
}

int Executor::run_condition(const ast::List& list) {
    ErrexitOff off(errexit_suppressed_, true);
    return run_list(list);
}

LaunchDecision Executor::decide(const LaunchContext& context, std::string_view what) {
    LaunchDecision d = decide_launch(context);
    trace::event("launch", "{what}: {launch} ({reason})")
        .str("what", what)
        .str("launch", launch_code(d.launch))
        .str("reason", reason_code(d.why))
        .record_only()
        .emit();
    return d;
}

int Executor::run_command(const ast::Command& command, bool in_child_tail) {
    ProcessSubstScope process_substs(*this);
    // Deep nesting (eval in eval in eval ...) ends with an error, not a SIGSEGV.
    if (stack::nearly_full())
        throw ShellError("nesting too deep: the shell's stack is nearly full", command.span, 2);
    // explain's dry run must end, even for `while :; do :; done`.
    if (sys::dry_run::on() && !sys::dry_run::spend())
        throw ShellError(fmt::format("explain: stopped after {} commands (an endless loop?)", sys::dry_run::command_budget),
                         command.span, 2);
    if (const auto* simple = std::get_if<ast::SimpleCommand>(&command.node))
        return run_simple(*simple, command, in_child_tail);
    if (const auto* def = std::get_if<ast::FunctionDef>(&command.node)) {
        functions_.define(def->name, def->body, diag_context().script, def->text);
        return 0;
    }
    if (std::holds_alternative<ast::Subshell>(command.node)) {
        vars_.set_current_line(command.span.line);
        LaunchContext context;
        context.kind = CommandKind::Subshell;
        context.in_child_tail = in_child_tail;
        if (decide(context, "( )").launch == Launch::InShell) {
            // Already in a child of our own: no need to fork again.
            RedirectScope scope(false);
            scope.apply(command.redirects, expander_, options_);
            return run_list_in_child(*std::get<ast::Subshell>(command.node).body);
        }
        return run_subshell(command);
    }
    vars_.set_current_line(command.span.line);
    if (command.redirects.empty()) return run_compound(command);
    RedirectScope scope(true);
    if (!redirect_or_report(scope, command.redirects)) return 1;
    return report_inside([&] { return run_compound(command); });
}

bool Executor::redirect_or_report(RedirectScope& scope, const std::vector<ast::Redirect>& redirects) {
    std::optional<std::vector<std::string>> words = expand_redirects_or_report(redirects);
    return words && redirect_or_report(scope, redirects, *words);
}

std::optional<std::vector<std::string>> Executor::expand_redirects_or_report(
    const std::vector<ast::Redirect>& redirects) {
    if (redirects.empty()) return std::vector<std::string>{};
    try {
        return expand_redirect_words(redirects, expander_);
    } catch (const ShellError& e) {
        report(e.what(), e.span().line);
        return std::nullopt;
    }
}

bool Executor::redirect_or_report(RedirectScope& scope, const std::vector<ast::Redirect>& redirects,
                                  const std::vector<std::string>& words) {
    try {
        scope.apply(redirects, words, options_);
        return true;
    } catch (const ShellError& e) {
        report(e.what(), e.span().line);
        return false;
    }
}

int Executor::run_compound(const ast::Command& command) {
    return std::visit(
        [&](const auto& node) -> int {
            using T = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<T, ast::BraceGroup>) {
                return run_list(*node.body);
            } else if constexpr (std::is_same_v<T, ast::IfClause>) {
                return run_if(node);
            } else if constexpr (std::is_same_v<T, ast::LoopClause>) {
                return run_loop(node);
            } else if constexpr (std::is_same_v<T, ast::ForClause>) {
                return run_for(node);
            } else if constexpr (std::is_same_v<T, ast::CaseClause>) {
                return run_case(node);
            } else if constexpr (std::is_same_v<T, ast::TimedPipeline>) {
                return run_timed(node);
            } else if constexpr (std::is_same_v<T, ast::ArithCommand>) {
                return run_arith_command(node);
            } else if constexpr (std::is_same_v<T, ast::ArithForClause>) {
                return run_arith_for(node);
            } else if constexpr (std::is_same_v<T, ast::CondCommand>) {
                return run_cond(node);
            } else if constexpr (std::is_same_v<T, ast::SelectClause>) {
                return run_select(node);
            } else {
                return 0;  // simple commands, subshells, functions: run_command
            }
        },
        command.node);
}

// if_clause : If compound_list Then compound_list else_part? Fi
int Executor::run_if(const ast::IfClause& clause) {
    for (const auto& branch : clause.branches) {
        int cond = run_condition(*branch.condition);
        if (interrupted()) return cond;
        if (cond == 0) return run_list(*branch.body);
    }
    if (clause.else_body) return run_list(*clause.else_body);
    return 0;  // POSIX: no branch taken gives 0
}

// After a loop's condition or body ran: must this loop end? It must for
// `return`, for `break` (one level is used up here), and for a `continue N`
// aimed at an outer loop. A `continue` aimed at this loop is used up, and the
// loop goes on.
bool Executor::loop_must_end() {
    if (returning_) return true;
    if (break_levels_ > 0) {
        --break_levels_;
        return true;
    }
    return continue_levels_ > 0 && --continue_levels_ > 0;
}

// while_clause : While compound_list do_group ;  until_clause likewise.
int Executor::run_loop(const ast::LoopClause& loop) {
    int status = 0;
    LoopScope scope(loop_depth_);
    for (;;) {
        int cond = run_condition(*loop.condition);
        bool continued = continue_levels_ > 0;
        if (loop_must_end()) break;
        if (continued) continue;  // `continue` in the condition: test it again
        if ((cond == 0) == loop.until) break;
        status = run_list(*loop.body);
        if (loop_must_end()) break;
    }
    return status;
}

// for_clause : For name [In wordlist] do_group
int Executor::run_for(const ast::ForClause& loop) {
    std::vector<std::string> items =
        loop.has_in ? expander_.expand_fields(loop.words) : vars_.special().positional;
    int status = 0;
    LoopScope scope(loop_depth_);
    for (std::string& item : items) {
        if (vars_.set(loop.name, std::move(item)) == Variables::Result::Readonly)
            throw ShellError(loop.name + ": is read only", loop.name_span, 2, true);
        status = run_list(*loop.body);
        if (loop_must_end()) break;
    }
    return status;
}

// case_clause : Case WORD In case_item* Esac
// After a body: `;;` ends the case, `;&` runs the next body too (its
// patterns untested), `;;&` goes on testing the items after it.
int Executor::run_case(const ast::CaseClause& clause) {
    vars_.set_current_line(clause.subject.span.line);
    std::string subject = expander_.expand_string(clause.subject);
    auto matches = [&](const ast::CaseClause::Item& item) {
        for (const ast::Word& pattern : item.patterns)
            if (pattern_match(expander_.expand_pattern(pattern), subject, options_.extglob ? PatternExtglob : 0u))
                return true;
        return false;
    };
    const auto& items = clause.items;
    size_t i = 0;
    while (i < items.size() && !matches(items[i])) ++i;
    int status = 0;
    while (i < items.size()) {
        status = items[i].body ? run_list(*items[i].body) : 0;
        if (interrupted()) break;
        ast::CaseEnd end = items[i].end;
        ++i;
        if (end == ast::CaseEnd::Break) break;
        if (end == ast::CaseEnd::TestNext)
            while (i < items.size() && !matches(items[i])) ++i;
    }
    return status;
}

bool Executor::request_return(int status) {
    if (function_depth_ == 0 && source_depth_ == 0) return false;
    vars_.special().last_status = return_status_ = status;
    returning_ = true;
    return true;
}

bool Executor::request_break(int levels) {
    if (loop_depth_ == 0) return false;
    break_levels_ = std::min(levels, loop_depth_);
    return true;
}

bool Executor::request_continue(int levels) {
    if (loop_depth_ == 0) return false;
    continue_levels_ = std::min(levels, loop_depth_);
    return true;
}

void Executor::run_pending_traps() {
    if (running_trap_) return;
    while (int sig = signals::take_pending_trap()) {
        const Trap& trap = traps_.get(sig);
        // Ctrl-C at an interactive shell, untrapped: abandon the command line
        // (a loop of builtins included), as bash does.
        if (sig == SIGINT && trap.action == TrapAction::Default && options_.interactive) {
            report_raw("\n");  // the terminal echoed ^C; the prompt starts on a new line
            throw CommandInterrupted{130};
        }
        if (trap.action != TrapAction::Command) continue;
        // A trap runs with $? of the interrupted command and leaves it unchanged.
        int saved = vars_.special().last_status;
        trap_saved_status_ = saved;
        running_trap_ = true;
        try {
            run_string(trap.command);
        } catch (...) {
            running_trap_ = false;
            throw;
        }
        running_trap_ = false;
        // A CHLD trap whose command runs a program would otherwise run
        // again for that program's exit, and again, without end (bash stops
        // the same way; dash loops).
        if (sig == SIGCHLD) signals::forget_pending(SIGCHLD);
        // `return N` in the action ends the function the trap interrupted,
        // with status N (dash, bash): only then does $? not come back.
        if (!returning_) vars_.special().last_status = saved;
    }
}

int Executor::finish(int status) {
    if (exiting_) return status;
    exiting_ = true;
    const Trap& trap = traps_.get(0);
    if (trap.action == TrapAction::Command) {
        std::string command = trap.command;
        traps_.set(0, Trap{});
        vars_.special().last_status = status;
        returning_ = false;
        break_levels_ = continue_levels_ = 0;
        running_trap_ = true;
        trap_saved_status_ = status;
        try {
            run_string(command);
        } catch (const ExitRequest& e) {
            status = e.status;  // `trap 'exit 5' EXIT` changes the status
        } catch (const ShellError& e) {
            // A broken action (`trap 'if' EXIT`) is reported, and its status
            // (2 for a syntax error) becomes the shell's, as in dash.
            if (!e.reported()) report(e.what(), e.span().line);
            status = e.status();
        }
        running_trap_ = false;
    }
    {
        // The SIGCHLD handler may have reaped a child (an orphan, when the
        // shell is PID 1) since the last look: collected before the shell
        // ends, every reap the shell did is in the trace.
        signals::Block block;
        jobs_.collect();
    }
    return status;
}

}  // namespace forksh
