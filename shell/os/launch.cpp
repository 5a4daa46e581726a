// launch.cpp: the launch decision (see launch.hpp). No system calls.
#include "shell/os/launch.hpp"

namespace forksh {

Launch choose_launch(const LaunchContext& c) {
    switch (c.kind) {
        case CommandKind::Assignments:
        case CommandKind::Builtin:
        case CommandKind::Function:
        case CommandKind::Compound:
            return Launch::InShell;
        case CommandKind::NotFound:
            return Launch::NotFound;
        case CommandKind::Subshell:
            // A child that would only wait for another child runs the list itself.
            return c.in_child_tail ? Launch::InShell : Launch::Fork;
        case CommandKind::External:
            break;
    }
    // Already in a forked child with nothing left to do: one process less.
    if (c.in_child_tail) return Launch::ExecInPlace;
    // posix_spawn when nothing has to happen in the child between fork and
    // execve: redirections must be done in the child (or the shell's own
    // descriptors would change for a moment), and so must setpgid and
    // tcsetpgrp under job control, and the signal dispositions when
    // posix_spawn's default-set cannot express them. The trace is not a
    // reason: it must not change the launch.
    if (!c.has_redirects && !c.job_control && c.spawn_sets_signals) return Launch::Spawn;
    return Launch::ForkExec;
}

bool child_tail_ok(const ast::List& list, bool exit_trap_set) {
    if (list.items.empty() || exit_trap_set) return false;
    const ast::ListItem& last = list.items.back();
    return !last.background && last.and_or.rest.empty() && !last.and_or.first.negated &&
           last.and_or.first.commands.size() == 1;
}

const ast::Redirect* substitution_reads_file(const ast::List& body) {
    if (body.items.size() != 1) return nullptr;
    const ast::ListItem& item = body.items.front();
    if (item.background || !item.and_or.rest.empty() || item.and_or.first.negated ||
        item.and_or.first.commands.size() != 1)
        return nullptr;
    const auto* simple = std::get_if<ast::SimpleCommand>(&item.and_or.first.commands.front().node);
    if (!simple || !simple->words.empty() || !simple->assignments.empty() || simple->redirects.size() != 1)
        return nullptr;
    const ast::Redirect& r = simple->redirects.front();
    return r.op == ast::RedirOp::Input && (r.fd < 0 || r.fd == 0) ? &r : nullptr;
}

namespace {
// Builtins whose only effects are bytes on stdout or stderr and a status:
// run in the shell, they change nothing a later command could see.
constexpr std::string_view output_only_builtins[] = {":", "echo", "false", "printf", "pwd", "true"};

bool parts_change_nothing(const std::vector<ast::WordPart>& parts, bool quoted, const Functions& functions);

bool word_changes_nothing(const ast::Word& word, const Functions& functions) {
    return parts_change_nothing(word.parts, false, functions);
}

// `quoted`: inside "...", where no pathname expansion happens. Outside, a
// pattern (`*`, or what an unquoted $x or $(...) gives) is matched against
// file names, and /proc/self/task/* names the process that looks: the
// shell's pid, not a child's. So only quoted expansions, and no pattern.
bool parts_change_nothing(const std::vector<ast::WordPart>& parts, bool quoted, const Functions& functions) {
    for (const ast::WordPart& part : parts) {
        if (const auto* lit = std::get_if<ast::Literal>(&part.node)) {
            if (!quoted && lit->text.find_first_of("*?[") != std::string::npos) return false;
        } else if (const auto* dq = std::get_if<ast::DoubleQuoted>(&part.node)) {
            if (!parts_change_nothing(dq->parts, true, functions)) return false;
        } else if (const auto* p = std::get_if<ast::Parameter>(&part.node)) {
            // ${x=w} assigns and ${x?w} ends the shell; reading $RANDOM moves
            // its generator on; $- loses `i` in a child. An error such as
            // `set -u` on an unset name is fine: the caller reports it and
            // goes on, as the shell does for a child that fails.
            if (!quoted || p->bad || p->op == ast::ParamOp::AssignDefault || p->op == ast::ParamOp::ErrorIfUnset ||
                p->name == "RANDOM" || p->name == "-")
                return false;
            if (p->arg && !parts_change_nothing(p->arg->parts, true, functions)) return false;
        } else if (const auto* cs = std::get_if<ast::CommandSubst>(&part.node)) {
            if (!quoted || !substitution_runs_in_shell(*cs->body, functions)) return false;
        } else if (std::holds_alternative<ast::Arithmetic>(part.node)) {
            // $((i += 1)) assigns, and so may $((x)) when x holds "i=1".
            return false;
        }
    }
    return true;
}

bool command_changes_nothing(const ast::Pipeline& pipeline, const Functions& functions) {
    if (pipeline.commands.size() != 1 || !pipeline.commands.front().redirects.empty()) return false;
    const auto* simple = std::get_if<ast::SimpleCommand>(&pipeline.commands.front().node);
    if (!simple || simple->words.empty() || !simple->assignments.empty() || !simple->redirects.empty())
        return false;
    const ast::Word& name = simple->words.front();
    if (name.parts.size() != 1 || !std::holds_alternative<ast::Literal>(name.parts.front().node)) return false;
    const std::string& text = std::get<ast::Literal>(name.parts.front().node).text;
    bool listed = false;
    for (std::string_view builtin : output_only_builtins) listed |= text == builtin;
    if (!listed || functions.find(text)) return false;
    for (const ast::Word& word : simple->words)
        if (!word_changes_nothing(word, functions)) return false;
    return true;
}
}  // namespace

bool substitution_runs_in_shell(const ast::List& body, const Functions& functions) {
    if (body.items.empty()) return false;
    for (const ast::ListItem& item : body.items) {
        if (item.background || !command_changes_nothing(item.and_or.first, functions)) return false;
        for (const auto& [op, pipeline] : item.and_or.rest)
            if (!command_changes_nothing(pipeline, functions)) return false;
    }
    return true;
}

std::string_view launch_text(Launch launch) {
    switch (launch) {
        case Launch::InShell: return "no fork";
        case Launch::Spawn: return "posix_spawn";
        case Launch::ForkExec: return "fork + execve";
        case Launch::ExecInPlace: return "exec in place";
        case Launch::Fork: return "fork";
        case Launch::NotFound: return "not found";
    }
    return "?";
}

}  // namespace forksh
