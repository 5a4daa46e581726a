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
