// launch.cpp: the launch decision (see launch.hpp). System calls: stat(2)
// in open_misfit.
#include "shell/os/launch.hpp"

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <cerrno>

namespace forksh {

LaunchDecision decide_launch(const LaunchContext& c) {
    switch (c.kind) {
        case CommandKind::Assignments:
        case CommandKind::Builtin:
        case CommandKind::Function:
        case CommandKind::Compound:
            return {Launch::InShell, LaunchReason::InShell};
        case CommandKind::NotFound:
            return {Launch::NotFound, LaunchReason::NotFound};
        case CommandKind::Subshell:
            // A child that would only wait for another child runs the list itself.
            if (c.in_child_tail) return {Launch::InShell, LaunchReason::SubshellInChildTail};
            return {Launch::Fork, LaunchReason::SubshellForks};
        case CommandKind::External:
            break;
    }
    // Already in a forked child with nothing left to do: one process less.
    if (c.in_child_tail) return {Launch::ExecInPlace, LaunchReason::ChildHasNothingElse};
    // A pipeline stage or background job that does not start by posix_spawn
    // is a forked child that then runs the command (and execs in place).
    Launch fork = c.pipeline_stage ? Launch::Fork : Launch::ForkExec;
    if (c.method == SpawnMethod::Fork) return {fork, LaunchReason::SpawnSetToFork};
    // Spawned (vfork or posix_spawn) when everything the child must do
    // between its birth and execve is a plain system call the shell can list
    // beforehand: open, dup2 and close for redirections and pipe ends,
    // setpgid and tcsetpgrp for job control, signals set to the default (and,
    // by the vfork child only, to ignored) and an empty mask. The trace is
    // not a reason: it must not change the launch.
    if (c.pipeline_stage && !c.words_pure)
        return {fork, LaunchReason::WordsNeedChild};
    if (c.has_redirects && !c.redirects_fit) return {fork, c.redirects_misfit};
    if (!c.spawn_sets_signals && c.method == SpawnMethod::PosixSpawn)
        return {fork, c.background_without_job_control ? LaunchReason::BackgroundNeedsIgnore
                                                       : LaunchReason::PosixSpawnCannotIgnore};
    if (c.method == SpawnMethod::PosixSpawn) return {Launch::Spawn, LaunchReason::PosixSpawnDoesAll};
    return {Launch::Spawn, LaunchReason::VforkDoesAll};
}

namespace {
bool parts_pure(const std::vector<ast::WordPart>& parts);

bool parameter_pure(const ast::Parameter& p) {
    if (p.bad || p.op == ast::ParamOp::AssignDefault || p.op == ast::ParamOp::ErrorIfUnset) return false;
    // $BASHPID is the pid of the process that expands it: the stage's own.
    if (p.name == "BASHPID") return false;
    // bash's forms: an index or offset is arithmetic (`${a[i++]}` assigns),
    // and their errors are reported by the shell that expands them.
    if (p.subscript || p.indirect || p.op >= ast::ParamOp::Substring) return false;
    return !p.arg || word_is_pure(*p.arg);
}

bool parts_pure(const std::vector<ast::WordPart>& parts) {
    for (const ast::WordPart& part : parts) {
        if (const auto* dq = std::get_if<ast::DoubleQuoted>(&part.node)) {
            if (!parts_pure(dq->parts)) return false;
        } else if (const auto* p = std::get_if<ast::Parameter>(&part.node)) {
            if (!parameter_pure(*p)) return false;
        } else if (std::holds_alternative<ast::CommandSubst>(part.node) ||
                   std::holds_alternative<ast::Arithmetic>(part.node) ||
                   std::holds_alternative<ast::ProcessSubst>(part.node)) {
            return false;
        }
    }
    return true;
}
}  // namespace

bool word_is_pure(const ast::Word& word) { return parts_pure(word.parts); }

RedirectsFit redirects_fit(const std::vector<ast::Redirect>& redirects, bool noclobber) {
    using ast::RedirOp;
    std::vector<int> closed;
    for (const ast::Redirect& r : redirects) {
        if (r.op == RedirOp::HereDoc || r.op == RedirOp::HereDocStrip || r.op == RedirOp::HereString)
            return {false, LaunchReason::HereDocument};
        if (noclobber && (r.op == RedirOp::Output || r.op == RedirOp::OutputBoth))
            return {false, LaunchReason::Noclobber};
        if (!word_is_pure(r.target)) return {false, LaunchReason::RedirectWordNeedsChild};
        // `2>&- >&2`: a copy of a descriptor closed just before fails; a
        // forked child says "Bad file descriptor".
        int fd = r.fd >= 0 ? r.fd : ast::default_fd(r.op);
        const std::string& word = r.target.text;
        if (r.op == RedirOp::DupInput || r.op == RedirOp::DupOutput) {
            if (word == "-") {
                closed.push_back(fd);
                continue;
            }
            for (int c : closed)
                if (word == std::to_string(c))
                    return {false, LaunchReason::CopiesClosedFd};
        }
        std::erase(closed, fd);
    }
    return {};
}

std::optional<LaunchReason> open_misfit(const std::string& path, bool creates) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT && creates) return std::nullopt;
        return LaunchReason::CannotOpen;
    }
    if (S_ISREG(st.st_mode)) return std::nullopt;
    if (S_ISDIR(st.st_mode)) return creates ? std::optional(LaunchReason::WritesDirectory) : std::nullopt;
    // Major 1: the memory devices (/dev/null, zero, full, random, urandom).
    if (S_ISCHR(st.st_mode) && major(st.st_rdev) == 1) return std::nullopt;
    return LaunchReason::OpenMayBlock;
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
            // its generator on; $- loses `i` in a child, and $BASHPID is the
            // pid of the process that reads it. An error such as
            // `set -u` on an unset name is fine: the caller reports it and
            // goes on, as the shell does for a child that fails.
            if (!quoted || p->bad || p->op == ast::ParamOp::AssignDefault || p->op == ast::ParamOp::ErrorIfUnset ||
                p->name == "RANDOM" || p->name == "-" || p->name == "BASHPID")
                return false;
            if (p->arg && !parts_change_nothing(p->arg->parts, true, functions)) return false;
        } else if (const auto* cs = std::get_if<ast::CommandSubst>(&part.node)) {
            if (!quoted || !substitution_runs_in_shell(*cs->body, functions)) return false;
        } else if (std::holds_alternative<ast::Arithmetic>(part.node) ||
                   std::holds_alternative<ast::ProcessSubst>(part.node)) {
            // $((i += 1)) assigns, and so may $((x)) when x holds "i=1";
            // <(cmd) starts a process.
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

std::string_view launch_code(Launch launch) {
    switch (launch) {
        case Launch::InShell: return "in-shell";
        case Launch::Spawn: return "spawn";
        case Launch::ForkExec: return "fork-exec";
        case Launch::ExecInPlace: return "exec-in-place";
        case Launch::Fork: return "fork";
        case Launch::NotFound: return "not-found";
    }
    return "?";
}

std::string_view reason_code(LaunchReason reason) {
    switch (reason) {
        case LaunchReason::InShell: return "in-shell";
        case LaunchReason::NotFound: return "not-found";
        case LaunchReason::SubshellInChildTail: return "subshell-in-child-tail";
        case LaunchReason::SubshellForks: return "subshell-forks";
        case LaunchReason::ChildHasNothingElse: return "child-has-nothing-else";
        case LaunchReason::SpawnSetToFork: return "spawn-set-to-fork";
        case LaunchReason::WordsNeedChild: return "words-need-child";
        case LaunchReason::PosixSpawnCannotIgnore: return "posix-spawn-cannot-ignore";
        case LaunchReason::BackgroundNeedsIgnore: return "background-needs-ignore";
        case LaunchReason::PosixSpawnDoesAll: return "posix-spawn-does-all";
        case LaunchReason::VforkDoesAll: return "vfork-does-all";
        case LaunchReason::HereDocument: return "here-document";
        case LaunchReason::Noclobber: return "noclobber";
        case LaunchReason::RedirectWordNeedsChild: return "redirect-word-needs-child";
        case LaunchReason::CopiesClosedFd: return "copies-closed-fd";
        case LaunchReason::BadFdNumber: return "bad-fd-number";
        case LaunchReason::FdNotOpen: return "fd-not-open";
        case LaunchReason::EmptyFileName: return "empty-file-name";
        case LaunchReason::WordDidNotExpand: return "word-did-not-expand";
        case LaunchReason::CannotOpen: return "cannot-open";
        case LaunchReason::WritesDirectory: return "writes-directory";
        case LaunchReason::OpenMayBlock: return "open-may-block";
    }
    return "?";
}

}  // namespace forksh
