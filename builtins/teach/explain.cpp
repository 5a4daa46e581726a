// explain: parse a command line and tell, in order and in plain words, what
// the shell would do to run it: tokens, tree, expansions, processes and
// their groups, pipes, descriptor moves, execve, waiting, and $?. Nothing is
// run, expanded or looked up in the hash table: it only reads the parse tree,
// the options, and PATH.
// System calls: stat(2)/access(2) while searching PATH, nothing else.
#include <algorithm>
#include <string>
#include <vector>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/syntax/ast.hpp"
#include "shell/syntax/lexer.hpp"
#include "shell/syntax/parser.hpp"
#include "shell/os/launch.hpp"
#include "shell/os/path_search.hpp"
#include "shell/os/signals.hpp"
#include "shell/shell.hpp"
#include "shell/syntax/token.hpp"

namespace forksh::builtins {

const std::string_view explain_help =
    "Show what the shell would do to run a command line, without running it.\n"
    "  explain 'COMMAND-LINE'      e.g. explain 'ls -l | wc -l > out.txt &'\n"
    "Prints the tokens, a compact parse tree, the expansions the words would\n"
    "go through, and the steps: each fork or spawn (vfork) and the process\n"
    "group the child joins, each pipe, each descriptor a child moves with dup2\n"
    "or opens, the program execve would load (searched in PATH now), a child\n"
    "that execs in place, builtins that run inside the shell, what the shell\n"
    "waits for, and what $? becomes. The launch is decided by the executor's\n"
    "own choose_launch(), so `forksh --trace` shows the same steps; the last\n"
    "line (\"in all: ...\") counts them as the trace would.\n"
    "Quote the line, or the shell runs its | and > before explain sees them.\n"
    "Exit status 0; 2 for a syntax error in COMMAND-LINE.\n"
    "System calls: none of the ones it describes (it only reads PATH).\n";

namespace {

std::string redirect_text(const ast::Redirect& r) {
    std::string text = r.fd >= 0 ? std::to_string(r.fd) : "";
    text += ast::redirect_op_text(r.op);
    if (r.op == ast::RedirOp::HereDoc || r.op == ast::RedirOp::HereDocStrip)
        return text + (r.heredoc ? r.heredoc->delimiter : r.target.text);
    return text + r.target.text;
}

std::string simple_text(const ast::SimpleCommand& c) {
    std::string text;
    auto add = [&](const std::string& w) { text += (text.empty() ? "" : " ") + w; };
    for (const ast::Assignment& a : c.assignments) add(a.name + "=" + a.value.text);
    for (const ast::Word& w : c.words) add(w.text);
    for (const ast::Redirect& r : c.redirects) add(redirect_text(r));
    return text;
}

std::string command_text(const ast::Command& c) {
    if (const auto* s = std::get_if<ast::SimpleCommand>(&c.node)) return simple_text(*s);
    if (std::holds_alternative<ast::Subshell>(c.node)) return "( ... )";
    if (std::holds_alternative<ast::BraceGroup>(c.node)) return "{ ...; }";
    if (std::holds_alternative<ast::IfClause>(c.node)) return "if ...";
    if (const auto* l = std::get_if<ast::LoopClause>(&c.node)) return l->until ? "until ..." : "while ...";
    if (const auto* f = std::get_if<ast::ForClause>(&c.node)) return "for " + f->name + " ...";
    if (std::holds_alternative<ast::CaseClause>(c.node)) return "case ...";
    if (const auto* f = std::get_if<ast::FunctionDef>(&c.node)) return f->name + "() ...";
    return "?";
}

bool has_glob_chars(std::string_view text) { return text.find_first_of("*?[") != std::string_view::npos; }

class Explainer {
  public:
    Explainer(Shell& sh) : sh_(sh), job_control_(sh.options().monitor), interactive_(sh.interactive()) {}

    // ---- tree ----
    void tree_list(const ast::List& list, int depth) {
        for (const ast::ListItem& item : list.items) {
            std::string how = item.background ? " (in the background: &)" : "";
            if (item.and_or.rest.empty()) {
                tree_pipeline(item.and_or.first, depth, how);
                continue;
            }
            line(depth, "and-or list" + how);
            tree_pipeline(item.and_or.first, depth + 1, "");
            for (const auto& [op, p] : item.and_or.rest)
                tree_pipeline(p, depth + 1, op == ast::AndOrOp::And ? " (&&: if the previous succeeded)"
                                                                  : " (||: if the previous failed)");
        }
    }
    void tree_pipeline(const ast::Pipeline& p, int depth, const std::string& how) {
        std::string neg = p.negated ? "! " : "";
        if (p.commands.size() == 1) {
            tree_command(p.commands[0], depth, neg, how);
            return;
        }
        line(depth, neg + "pipeline of " + std::to_string(p.commands.size()) + " commands" + how);
        for (const ast::Command& c : p.commands) tree_command(c, depth + 1, "", "");
    }
    void tree_command(const ast::Command& c, int depth, const std::string& neg, const std::string& how) {
        std::string redirs;
        for (const ast::Redirect& r : c.redirects) redirs += " " + redirect_text(r);
        if (const auto* s = std::get_if<ast::SimpleCommand>(&c.node)) {
            line(depth, neg + "simple command: " + simple_text(*s) + how);
        } else if (const auto* sub = std::get_if<ast::Subshell>(&c.node)) {
            line(depth, neg + "subshell ( )" + redirs + how);
            tree_list(*sub->body, depth + 1);
        } else if (const auto* g = std::get_if<ast::BraceGroup>(&c.node)) {
            line(depth, neg + "group { }" + redirs + how);
            tree_list(*g->body, depth + 1);
        } else if (const auto* i = std::get_if<ast::IfClause>(&c.node)) {
            line(depth, neg + "if" + redirs + how);
            for (const auto& b : i->branches) {
                line(depth + 1, "condition:");
                tree_list(*b.condition, depth + 2);
                line(depth + 1, "then:");
                tree_list(*b.body, depth + 2);
            }
            if (i->else_body) {
                line(depth + 1, "else:");
                tree_list(*i->else_body, depth + 2);
            }
        } else if (const auto* l = std::get_if<ast::LoopClause>(&c.node)) {
            line(depth, neg + (l->until ? "until loop" : "while loop") + redirs + how);
            line(depth + 1, "condition:");
            tree_list(*l->condition, depth + 2);
            line(depth + 1, "body:");
            tree_list(*l->body, depth + 2);
        } else if (const auto* f = std::get_if<ast::ForClause>(&c.node)) {
            std::string words;
            for (const ast::Word& w : f->words) words += " " + w.text;
            line(depth, neg + "for " + f->name + (f->has_in ? " in" + words : " (over \"$@\")") + redirs + how);
            tree_list(*f->body, depth + 1);
        } else if (const auto* k = std::get_if<ast::CaseClause>(&c.node)) {
            line(depth, neg + "case " + k->subject.text + redirs + how);
            for (const auto& item : k->items) {
                std::string pats;
                for (const ast::Word& w : item.patterns) pats += (pats.empty() ? "" : "|") + w.text;
                line(depth + 1, pats + ")");
                if (item.body) tree_list(*item.body, depth + 2);
            }
        } else if (const auto* fn = std::get_if<ast::FunctionDef>(&c.node)) {
            line(depth, "function definition: " + fn->name + "()" + how);
        }
    }

    // ---- expansions ----
    void expansions_list(const ast::List& list) {
        for (const ast::ListItem& item : list.items) {
            expansions_pipeline(item.and_or.first);
            for (const auto& [op, p] : item.and_or.rest) expansions_pipeline(p);
        }
    }
    void expansions_pipeline(const ast::Pipeline& p) {
        for (const ast::Command& c : p.commands) expansions_command(c);
    }
    void expansions_command(const ast::Command& c) {
        for (const ast::Redirect& r : c.redirects) expansions_redirect(r);
        if (const auto* s = std::get_if<ast::SimpleCommand>(&c.node)) {
            for (const ast::Assignment& a : s->assignments) word(a.value, true);
            for (const ast::Word& w : s->words) word(w, false);
            for (const ast::Redirect& r : s->redirects) expansions_redirect(r);
        } else if (const auto* sub = std::get_if<ast::Subshell>(&c.node)) {
            expansions_list(*sub->body);
        } else if (const auto* g = std::get_if<ast::BraceGroup>(&c.node)) {
            expansions_list(*g->body);
        } else if (const auto* i = std::get_if<ast::IfClause>(&c.node)) {
            for (const auto& b : i->branches) {
                expansions_list(*b.condition);
                expansions_list(*b.body);
            }
            if (i->else_body) expansions_list(*i->else_body);
        } else if (const auto* l = std::get_if<ast::LoopClause>(&c.node)) {
            expansions_list(*l->condition);
            expansions_list(*l->body);
        } else if (const auto* f = std::get_if<ast::ForClause>(&c.node)) {
            for (const ast::Word& w : f->words) word(w, false);
            expansions_list(*f->body);
        } else if (const auto* k = std::get_if<ast::CaseClause>(&c.node)) {
            word(k->subject, true);
            for (const auto& item : k->items)
                if (item.body) expansions_list(*item.body);
        }
    }
    void expansions_redirect(const ast::Redirect& r) {
        if (r.op == ast::RedirOp::HereDoc || r.op == ast::RedirOp::HereDocStrip) {
            if (r.heredoc && r.heredoc->expand) {
                bool any = false;
                for (const ast::WordPart& p : r.heredoc->body.parts)
                    if (!std::holds_alternative<ast::Literal>(p.node)) any = true;
                if (any) add("here-document body: $ and ` expansions inside it happen when it is read");
            }
            return;
        }
        word(r.target, true);
    }

    // One word: which of the POSIX expansions apply to it, in their order.
    void word(const ast::Word& w, bool no_split) {
        bool quoted = false, split = false, glob = false, tilde = false;
        std::vector<std::string> found;
        if (!w.parts.empty())
            if (const auto* lit = std::get_if<ast::Literal>(&w.parts[0].node))
                tilde = !lit->text.empty() && lit->text[0] == '~';
        parts(w.parts, false, found, quoted, split, glob);
        if (!tilde && found.empty() && !quoted && !glob) return;
        std::string text = "`" + w.text + "`:";
        if (tilde) text += " tilde expansion (~ becomes a home directory);";
        for (const std::string& f : found) text += " " + f + ";";
        if (split && !no_split) text += " the unquoted results are split into fields at $IFS characters;";
        if (glob && !no_split) {
            if (sh_.options().noglob)
                text += " no pathname expansion (set -f is on);";
            else
                text += " pathname expansion: matched against file names (kept as is if none match);";
        }
        if (quoted) text += " quote removal;";
        text.pop_back();
        add(text);
    }
    void parts(const std::vector<ast::WordPart>& ps, bool in_quotes, std::vector<std::string>& found,
               bool& quoted, bool& split, bool& glob) {
        for (const ast::WordPart& p : ps) {
            if (const auto* lit = std::get_if<ast::Literal>(&p.node)) {
                if (!in_quotes && has_glob_chars(lit->text)) glob = true;
            } else if (std::holds_alternative<ast::SingleQuoted>(p.node) ||
                       std::holds_alternative<ast::AnsiCQuoted>(p.node) ||
                       std::holds_alternative<ast::Escaped>(p.node)) {
                quoted = true;
            } else if (const auto* dq = std::get_if<ast::DoubleQuoted>(&p.node)) {
                quoted = true;
                parts(dq->parts, true, found, quoted, split, glob);
            } else if (const auto* param = std::get_if<ast::Parameter>(&p.node)) {
                found.push_back(parameter(*param));
                if (!in_quotes) split = true;
            } else if (const auto* cs = std::get_if<ast::CommandSubst>(&p.node)) {
                if (substitution_runs_in_shell(*cs->body, sh_.functions())) {
                    found.push_back("command substitution $(" + cs->text + "): " +
                                    std::string(substitution_in_shell_text) +
                                    ", so the shell runs it itself with stdout captured in memory; "
                                    "trailing newlines dropped");
                } else {
                    found.push_back("command substitution $(" + cs->text +
                                    "): a forked child runs it with stdout on a pipe; the shell reads "
                                    "to end-of-file, waits for it, drops trailing newlines");
                }
                if (!in_quotes) split = true;
            } else if (std::holds_alternative<ast::Arithmetic>(p.node)) {
                found.push_back("arithmetic expansion: computed inside the shell, no process");
                if (!in_quotes) split = true;
            }
        }
    }
    std::string parameter(const ast::Parameter& p) {
        std::string text = "parameter expansion of " + (p.braced ? "${" + p.name + "...}" : "$" + p.name);
        if (const std::string* value = sh_.vars().get(p.name); value && !p.name.empty() &&
                                                              (std::isalpha(static_cast<unsigned char>(p.name[0])) || p.name[0] == '_')) {
            std::string shown = value->size() > 40 ? value->substr(0, 37) + "..." : *value;
            text += " (now '" + shown + "')";
        } else if (p.name == "?") {
            text += " (the status of the command before)";
        } else if (p.name == "$") {
            text += " (the shell's pid, " + std::to_string(sh_.vars().special().shell_pid) + ")";
        } else if (p.name == "!") {
            text += " (the pid of the last background job)";
        } else if (p.name == "@" || p.name == "*") {
            text += " (the positional parameters)";
        }
        return text;
    }

    // ---- steps ----
    // The launch decision is not made here: choose_launch and child_tail_ok
    // (shell/os/launch.hpp) are the executor's own; this only gathers the
    // facts they need, and counts what it describes for the summary.

    // The process a command runs in: the shell, or a forked copy of it (where
    // job control is off: become_child turns it off in every child).
    struct Where {
        std::string who;
        bool in_child = false;
    };

    void steps_list(const ast::List& list, int depth, const Where& w, bool child_body) {
        // In a child, the last command of its list may take the child's place.
        bool tail = child_body && w.in_child && child_tail_ok(list, false);
        for (size_t i = 0; i < list.items.size(); ++i) {
            const ast::ListItem& item = list.items[i];
            if (item.background)
                background(item.and_or, depth, w);
            else if (tail && i + 1 == list.items.size())
                command(item.and_or.first.commands.front(), depth, w, true);
            else
                and_or(item.and_or, depth, w);
        }
    }
    void and_or(const ast::AndOr& ao, int depth, const Where& w) {
        pipeline(ao.first, depth, w, false);
        for (const auto& [op, p] : ao.rest) {
            step(depth, op == ast::AndOrOp::And ? "&&: only if $? is 0 now, " + w.who + " goes on with:"
                                              : "||: only if $? is not 0 now, " + w.who + " goes on with:");
            pipeline(p, depth + 1, w, false);
        }
        if (!ao.rest.empty()) note(depth, "$? is the status of the last pipeline that ran.");
    }
    void background(const ast::AndOr& ao, int depth, const Where& w) {
        if (ao.rest.empty() && !ao.first.negated) {
            pipeline(ao.first, depth, w, true);
            return;
        }
        Where child{"child " + std::to_string(next_child_++), true};
        ++forks_;
        step(depth, "fork: " + child.who + ", a copy of " + w.who + ", runs the whole and-or list in the background" +
                        group_note(jc(w), true, 0));
        child_background_setup(depth + 1, jc(w), true, child.who);
        and_or(ao, depth + 1, child);
        note(depth, w.who + " does not wait: $! is the child's pid and $? is 0 at once.");
    }

    // Job control for what `w` starts: never inside a child.
    bool jc(const Where& w) const { return job_control_ && !w.in_child; }

    void pipeline(const ast::Pipeline& p, int depth, const Where& w, bool bg) {
        if (p.commands.size() == 1 && !bg) {
            command(p.commands[0], depth, w, false);
            if (p.negated) note(depth, "`!` turns that status around: 0 becomes 1, anything else 0.");
            return;
        }
        size_t n = p.commands.size();
        int first_child = next_child_;
        for (size_t i = 0; i < n; ++i) {
            const ast::Command& c = p.commands[i];
            if (i + 1 < n) {
                ++pipes_;
                step(depth, "pipe2: pipe " + std::to_string(i + 1) + " (both ends close-on-exec) to connect `" +
                                command_text(c) + "` to `" + command_text(p.commands[i + 1]) + "`");
            }
            if (spawned_stage(c, i, n, depth, w, bg, first_child)) continue;
            Where child{"child " + std::to_string(next_child_++), true};
            ++forks_;
            step(depth, "fork: " + child.who + " for `" + command_text(c) + "`" + group_note(jc(w), i == 0, first_child));
            if (jc(w)) {
                if (i == 0)
                    note(depth + 1, "both the shell and the child call setpgid(child, child): whichever runs first makes the group.");
                else
                    note(depth + 1, "both call setpgid(child, " + std::to_string(first_child) +
                                        "'s pid) so it joins the job's group.");
                if (!bg && interactive_) note(depth + 1, "the child takes the terminal for the job with tcsetpgrp.");
            }
            if (i > 0) note(depth + 1, child.who + ": dup2(read end of pipe " + std::to_string(i) + ", 0): stdin now comes from the pipe");
            if (i + 1 < n) note(depth + 1, child.who + ": dup2(write end of pipe " + std::to_string(i + 1) + ", 1): stdout now goes into the pipe");
            if (n > 1) note(depth + 1, child.who + ": closes its copies of the original pipe descriptors");
            if (bg) child_background_setup(depth + 1, jc(w), i == 0, child.who);
            // The stage is all the child does: it runs the command as the
            // last thing it has to do.
            command(c, depth + 1, child, true);
            parent_closes(i, n, depth, w);
        }
        std::string last = "child " + std::to_string(next_child_ - 1);
        if (bg) {
            step(depth, w.who + " does not wait: it goes on at once; $! = " + last + "'s pid, $? = 0.");
            note(depth + 1, "later, SIGCHLD makes it reap each child with waitpid (no zombies);"
                            " `wait` or `jobs` report the job's status.");
            return;
        }
        step(depth, w.who + " waits (sigsuspend until SIGCHLD, then waitpid) until all " + std::to_string(n) +
                        " children have exited; each is reaped");
        if (jc(w) && interactive_) note(depth + 1, "then it takes the terminal back with tcsetpgrp.");
        std::string status = "$? = the exit status of " + last + " (`" + command_text(p.commands.back()) + "`)";
        if (sh_.options().pipefail) status += "; pipefail is on: of the last stage that failed";
        note(depth, status + (p.negated ? ", turned around by `!`." : "."));
    }

    void parent_closes(size_t i, size_t n, int depth, const Where& w) {
        if (i + 1 < n)
            step(depth, w.who + " closes its write end of pipe " + std::to_string(i + 1) +
                            (i > 0 ? " and its read end of pipe " + std::to_string(i) : "") +
                            ": only the children hold them now, so end-of-file can come");
        else if (i > 0)
            step(depth, w.who + " closes its read end of pipe " + std::to_string(i));
    }

    // A stage (or background job) the executor spawns: the
    // same facts for choose_launch as spawn_stage gathers. False: it forks.
    bool spawned_stage(const ast::Command& c, size_t i, size_t n, int depth, const Where& w, bool bg, int first_child) {
        const auto* s = std::get_if<ast::SimpleCommand>(&c.node);
        if (!s || s->words.empty()) return false;
        std::optional<std::string> path = external_path(*s, 0);
        if (!path) return false;
        LaunchContext context = external_context(*s, w, false, 0);
        context.pipeline_stage = true;
        for (const ast::Word& word : s->words) context.words_pure = context.words_pure && word_is_pure(word);
        for (const ast::Assignment& a : s->assignments)
            context.words_pure = context.words_pure && word_is_pure(a.value) && a.name != "PATH";
        context.background_without_job_control = bg && !jc(w);
        sigset_t to_default;
        context.spawn_sets_signals = signals::spawn_defaults(sh_.traps(), &to_default, bg && !jc(w));
        if (choose_launch(context) != Launch::Spawn) return false;
        std::vector<std::string> actions;
        if (i > 0) actions.push_back("stdin <- read end of pipe " + std::to_string(i));
        if (i + 1 < n) actions.push_back("stdout -> write end of pipe " + std::to_string(i + 1));
        if (bg && !jc(w) && i == 0) actions.push_back("stdin <- /dev/null (a background job of a script)");
        for (const ast::Redirect& r : s->redirects) actions.push_back(action_text(r));
        Where child{"child " + std::to_string(next_child_++), true};
        spawn_step(*s, depth, w, child, 0, *path, decide_launch(context).why, actions, group_note(jc(w), i == 0, first_child));
        if (jc(w) && !bg && interactive_) note(depth + 1, "it takes the terminal with tcsetpgrp before execve" + spawn_how(" (addtcsetpgrp_np)") + ".");
        if (bg && !jc(w)) note(depth + 1, "SIGINT and SIGQUIT are ignored in it (a background job of a script)");
        parent_closes(i, n, depth, w);
        return true;
    }

    // What group a new child goes to.
    std::string group_note(bool job_control, bool first, int first_child) {
        if (!job_control) return " (it stays in the shell's process group: job control is off, `set -m` turns it on)";
        if (first) return " (it becomes the leader of a new process group: its pgid is its own pid)";
        return " (it joins child " + std::to_string(first_child) + "'s process group)";
    }

    void child_background_setup(int depth, bool job_control, bool first_stage, const std::string& who) {
        if (job_control) return;
        if (first_stage) {
            opens_.push_back("/dev/null");
            note(depth, who + ": open /dev/null and dup2 it to 0, so it cannot read the shell's input");
        }
        note(depth, who + ": ignores SIGINT and SIGQUIT (a background job of a script)");
    }

    // One command run by `w`; `tail`: it is the last thing a child has to do.
    void command(const ast::Command& c, int depth, const Where& w, bool tail) {
        if (const auto* s = std::get_if<ast::SimpleCommand>(&c.node)) {
            simple(*s, depth, w, tail);
            return;
        }
        if (const auto* sub = std::get_if<ast::Subshell>(&c.node)) {
            LaunchContext context;
            context.kind = CommandKind::Subshell;
            context.in_child_tail = tail;
            if (choose_launch(context) == Launch::InShell) {
                note(depth, w.who + " is already a copy of the shell with nothing else to do: it runs the ( ) list itself, no fork");
                redirects(c.redirects, depth, w.who, false);
                steps_list(*sub->body, depth + 1, w, true);
                note(depth, w.who + " exits with the status of the list.");
                return;
            }
            Where child{"child " + std::to_string(next_child_++), true};
            ++forks_;
            step(depth, "fork: " + child.who + " runs the ( ) list, a copy of " + w.who + group_note(jc(w), true, 0));
            redirects(c.redirects, depth + 1, child.who, false);
            steps_list(*sub->body, depth + 1, child, true);
            step(depth, w.who + " waits for " + child.who + " and reaps it; $? = its exit status.");
            return;
        }
        if (!c.redirects.empty()) redirects(c.redirects, depth, w.who, true);
        compound(c, depth, w);
        if (tail) note(depth, w.who + " exits with the status of what it ran.");
    }

    void compound(const ast::Command& c, int depth, const Where& w) {
        if (const auto* g = std::get_if<ast::BraceGroup>(&c.node)) {
            step(depth, "{ }: the list runs in the same process, no fork:");
            steps_list(*g->body, depth + 1, w, false);
        } else if (const auto* i = std::get_if<ast::IfClause>(&c.node)) {
            step(depth, "if: " + w.who + " runs the condition and looks at its $?:");
            for (const auto& b : i->branches) {
                steps_list(*b.condition, depth + 1, w, false);
                step(depth, "when it is 0:");
                steps_list(*b.body, depth + 1, w, false);
            }
            if (i->else_body) {
                step(depth, "otherwise:");
                steps_list(*i->else_body, depth + 1, w, false);
            }
        } else if (const auto* l = std::get_if<ast::LoopClause>(&c.node)) {
            step(depth, std::string(l->until ? "until" : "while") + ": " + w.who +
                            " runs the condition, and the body while its $? is " + (l->until ? "not 0" : "0") +
                            " (the tree is parsed once, run many times):");
            steps_list(*l->condition, depth + 1, w, false);
            steps_list(*l->body, depth + 1, w, false);
        } else if (const auto* f = std::get_if<ast::ForClause>(&c.node)) {
            step(depth, "for: " + w.who + " expands the words once, then for each sets $" + f->name + " and runs:");
            steps_list(*f->body, depth + 1, w, false);
        } else if (const auto* k = std::get_if<ast::CaseClause>(&c.node)) {
            step(depth, "case: " + w.who + " matches `" + k->subject.text +
                            "` against each pattern itself (no process) and runs the first match");
        } else if (const auto* fn = std::get_if<ast::FunctionDef>(&c.node)) {
            step(depth, "defines the function " + fn->name + " in " + w.who + ": nothing runs yet; $? = 0.");
        }
    }

    // Command substitutions in a simple command's words, assignments and
    // redirection targets, in the order the executor expands them.
    bool substitutions(const ast::SimpleCommand& s, int depth, const Where& w) {
        bool any = false;
        for (const ast::Word& word : s.words) any |= substitutions(word.parts, depth, w);
        for (const ast::Redirect& r : s.redirects) any |= substitutions(r.target.parts, depth, w);
        for (const ast::Assignment& a : s.assignments) any |= substitutions(a.value.parts, depth, w);
        return any;
    }
    bool substitutions(const std::vector<ast::WordPart>& parts, int depth, const Where& w) {
        bool any = false;
        for (const ast::WordPart& p : parts) {
            if (const auto* dq = std::get_if<ast::DoubleQuoted>(&p.node)) {
                any |= substitutions(dq->parts, depth, w);
            } else if (const auto* cs = std::get_if<ast::CommandSubst>(&p.node)) {
                any = true;
                if (const ast::Redirect* r = substitution_reads_file(*cs->body)) {
                    opens_.push_back(r->target.text);
                    step(depth, "$(" + cs->text + "): " + w.who + " opens " + r->target.text +
                                    " and reads it itself, no fork; $? = 0 (1 if it cannot be opened)");
                    continue;
                }
                if (substitution_runs_in_shell(*cs->body, sh_.functions())) {
                    in_shell_substitution(*cs, depth, w);
                    continue;
                }
                Where child{"child " + std::to_string(next_child_++), true};
                ++pipes_;
                ++forks_;
                step(depth, "$(" + cs->text + "): pipe2, then fork: " + child.who + ", a copy of " + w.who +
                                ", with stdout (dup2) on the pipe's write end, runs:");
                steps_list(*cs->body, depth + 1, child, true);
                note(depth, w.who + " reads the pipe to end-of-file, drops trailing newlines, waits for " +
                                child.who + " and reaps it; $? = its exit status.");
            }
        }
        return any;
    }

    // $(echo hi): the executor's no-fork path (shell/exec/subst_in_shell.cpp).
    void in_shell_substitution(const ast::CommandSubst& cs, int depth, const Where& w) {
        step(depth, "$(" + cs.text + "): " + std::string(substitution_in_shell_text) + ": " + w.who +
                        " runs them itself, with their stdout (fd 1) captured in memory instead of a pipe: "
                        "no pipe2, no fork, no waitpid:");
        steps_list(*cs.body, depth + 1, w, false);
        note(depth, w.who + " drops trailing newlines; $? = the last builtin's status. These builtins cannot "
                            "change the shell, so nobody can tell this from a child (an error or set -e ends "
                            "only the $( ), as it would end a child).");
    }

    // A simple command run by `w`.
    // `at`: the index of the command word (1 for `command NAME ...`, whose
    // redirections and assignments the shell has done already for the builtin).
    void simple(const ast::SimpleCommand& s, int depth, const Where& w, bool tail, size_t at = 0) {
        bool substituted = at == 0 && substitutions(s, depth, w);
        if (s.words.empty()) {
            assignments_only(s, depth, w, substituted);
            return;
        }
        const ast::Word& first = s.words[at];
        bool dynamic_name = first.parts.size() != 1 || !std::holds_alternative<ast::Literal>(first.parts[0].node);
        std::string name = first.text;
        if (dynamic_name) {
            std::string text = at == 0 ? simple_text(s) : words_text(s, at, " ");
            step(depth, "`" + text + "`: the command name comes from an expansion, so only at run time "
                        "will the shell know whether it is a builtin, a function or a program (it depends).");
            return;
        }
        const Builtin* b = find(name);
        const Functions::Body* function =
            at > 0 || (b && b->kind == Kind::Special) ? nullptr : sh_.functions().find(name);
        if (b && !function && name == "command" && s.words.size() > at + 1 && s.words[at + 1].text[0] != '-')
            via_command(s, depth, w, at);
        else if (b && !function)
            builtin(s, name, *b, depth, w, tail);
        else if (function)
            function_call(s, name, **function, depth, w, tail);
        else
            external(s, depth, w, tail, at);
    }

    // No command word: assignments and/or redirections, in the shell.
    void assignments_only(const ast::SimpleCommand& s, int depth, const Where& w, bool substituted) {
        std::string names;
        for (const ast::Assignment& a : s.assignments) names += (names.empty() ? "" : ", ") + a.name;
        if (!s.redirects.empty()) redirects(s.redirects, depth, w.who, true);
        std::string status = substituted ? "$? = the status of the last $( )" : "$? = 0";
        if (!names.empty())
            step(depth, w.who + " sets the variable(s) " + names + " in its own memory, no fork" +
                            (w.in_child ? " (gone when the child exits)" : "") + "; " + status + ".");
        else
            step(depth, "no command: the redirections are done and undone, no fork; " + status + ".");
    }

    // `command NAME`: the builtin runs NAME, skipping functions; an external
    // NAME is launched as any command (never in place).
    void via_command(const ast::SimpleCommand& s, int depth, const Where& w, size_t at) {
        step(depth, "`command` is a builtin: " + w.who + " runs it itself; it skips functions and runs `" +
                        s.words[at + 1].text + "`:");
        if (!s.redirects.empty()) {
            note(depth + 1, "its redirections are undoable: each descriptor it changes is first copied "
                            "above 10 (fcntl F_DUPFD_CLOEXEC), fd N kept aside, and put back afterwards.");
            redirects(s.redirects, depth + 1, w.who, true);
        }
        simple(s, depth + 1, w, false, at + 1);
    }

    void builtin(const ast::SimpleCommand& s, const std::string& name, const Builtin& b, int depth, const Where& w,
                 bool tail) {
        bool exec_command = name == "exec" && s.words.size() > 1;
        step(depth, "`" + name + "` is a builtin: " + w.who + " runs it itself, no fork.");
        if (b.kind == Kind::Special && !w.in_child && !s.assignments.empty())
            note(depth + 1, "its variable assignments stay in the shell (a special builtin).");
        bool permanent = name == "exec" && s.words.size() == 1;
        if (!s.redirects.empty()) {
            if (permanent)
                note(depth + 1, "exec without a command: its redirections stay, for " + w.who + " itself.");
            else
                note(depth + 1, "its redirections are undoable: each descriptor it changes is first copied "
                                "above 10 (fcntl F_DUPFD_CLOEXEC), fd N kept aside, and put back afterwards.");
            redirects(s.redirects, depth + 1, w.who, !permanent);
        }
        if (exec_command) {
            exec_in_place(s, depth + 1, w, "exec replaces " + w.who + "'s own program with execve: no fork, the same pid");
            return;
        }
        if (name == "exit")
            note(depth + 1, w.who + " ends here, with that status (after the EXIT trap, if one is set).");
        else if (tail) note(depth + 1, w.who + " then exits with the builtin's status.");
        else if (!w.in_child) note(depth + 1, "$? = the builtin's status.");
    }

    void function_call(const ast::SimpleCommand& s, const std::string& name, const ast::Command& body, int depth,
                       const Where& w, bool tail) {
        step(depth, "`" + name + "` is a function: " + w.who +
                        " runs its body in the same process, no fork, "
                        "with $1... set to the arguments; $? = its last command's status:");
        if (!s.redirects.empty()) redirects(s.redirects, depth + 1, w.who, true);
        if (function_depth_ < 3) {
            ++function_depth_;
            command(body, depth + 1, w, false);
            --function_depth_;
        }
        if (tail) note(depth + 1, w.who + " then exits with the function's status.");
    }

    // The program a command word names, searched in PATH now.
    std::optional<std::string> external_path(const ast::SimpleCommand& s, size_t at) {
        const ast::Word& first = s.words[at];
        if (first.parts.size() != 1 || !std::holds_alternative<ast::Literal>(first.parts[0].node)) return std::nullopt;
        const std::string& name = first.text;
        if (find(name) || sh_.functions().find(name)) return std::nullopt;
        const std::string* path_var = sh_.vars().get("PATH");
        return PathCache::search(name, path_var ? std::string_view(*path_var) : std::string_view());
    }

    // The facts choose_launch needs for a program, as the executor finds
    // them (run_external, spawn_stage); for a literal redirection target,
    // the executor's look at the file (opening_cannot_block) too.
    LaunchContext external_context(const ast::SimpleCommand& s, const Where& w, bool tail, size_t at) {
        LaunchContext context;
        context.kind = CommandKind::External;
        context.has_redirects = at == 0 && !s.redirects.empty();
        context.job_control = jc(w);
        context.in_child_tail = tail;
        context.method = sh_.options().spawn;
        sigset_t to_default;
        context.spawn_sets_signals = signals::spawn_defaults(sh_.traps(), &to_default);
        if (!context.has_redirects) return context;
        RedirectsFit fit = redirects_fit(s.redirects, sh_.options().noclobber);
        for (const ast::Redirect& r : s.redirects) {
            if (!fit.fit) break;
            bool literal = r.target.parts.size() == 1 && std::holds_alternative<ast::Literal>(r.target.parts[0].node);
            bool numeric = !r.target.text.empty() && r.target.text.find_first_not_of("0123456789") == std::string::npos;
            bool dup = r.op == ast::RedirOp::DupInput || r.op == ast::RedirOp::DupOutput;
            if (dup && literal && !numeric && r.target.text != "-" && (r.op == ast::RedirOp::DupInput || r.fd >= 0))
                fit = {false, "a bad descriptor number is reported by a forked child"};
            else if (literal && (!dup || !numeric) && r.target.text != "-")
                if (std::string_view why = open_misfit(r.target.text, r.op != ast::RedirOp::Input); !why.empty())
                    fit = {false, why};
        }
        context.redirects_fit = fit.fit;
        context.redirects_misfit = fit.why;
        return context;
    }

    // A program: the executor's own launch decision says how it starts.
    void external(const ast::SimpleCommand& s, int depth, const Where& w, bool tail, size_t at) {
        const std::string& name = s.words[at].text;
        const std::string* path_var = sh_.vars().get("PATH");
        std::optional<std::string> path = PathCache::search(name, path_var ? std::string_view(*path_var) : std::string_view());
        LaunchContext context = external_context(s, w, tail, at);
        if (!path) context.kind = CommandKind::NotFound;
        LaunchDecision decision = decide_launch(context);
        switch (decision.launch) {
            case Launch::NotFound:
                if (at == 0 && !s.redirects.empty()) redirects(s.redirects, depth, w.who, true);
                step(depth, "`" + name + "` is not a builtin or function and is not found in PATH: " + w.who +
                                " prints \"command not found\", starts nothing; $? = 127" +
                                (tail ? ", and " + w.who + " exits 127" : "") + ".");
                return;
            case Launch::ExecInPlace:
                if (!s.assignments.empty()) note(depth, w.who + ": puts the assignment(s) in the environment it passes on");
                if (!child_opens(s.redirects, depth, w.who)) return;
                note(depth, w.who + ": resets caught signals to their defaults (execve would anyway) and empties the signal mask");
                exec_in_place(s, depth, w, "exec in place: " + w.who + " has nothing left to do, so the program replaces it, no fork");
                return;
            case Launch::Spawn:
                spawned(s, depth, w, at, *path, decision.why);
                return;
            case Launch::ForkExec:
            default:
                forked_exec(s, depth, w, at, *path, decision.why);
                return;
        }
    }

    // "stdin <- in.txt", "stderr -> stdout": a redirection as a file action.
    static std::string action_text(const ast::Redirect& r) {
        int fd = r.fd >= 0 ? r.fd : ast::default_fd(r.op);
        auto name = [](int n) {
            return n == 0 ? std::string("stdin") : n == 1 ? "stdout" : n == 2 ? "stderr" : "fd " + std::to_string(n);
        };
        const std::string& t = r.target.text;
        switch (r.op) {
            case ast::RedirOp::Input: return name(fd) + " <- " + t + " (open)";
            case ast::RedirOp::ReadWrite: return name(fd) + " <> " + t + " (open)";
            case ast::RedirOp::Append: return name(fd) + " >> " + t + " (open)";
            case ast::RedirOp::DupInput:
            case ast::RedirOp::DupOutput:
                if (t == "-") return "close " + name(fd);
                if (t.find_first_not_of("0123456789") == std::string::npos)
                    return name(fd) + (r.op == ast::RedirOp::DupInput ? " <- " : " -> ") + name(std::stoi(t)) + " (dup2)";
                return "stdout -> " + t + " (open), stderr -> stdout (dup2)";
            case ast::RedirOp::OutputBoth: return "stdout -> " + t + " (open), stderr -> stdout (dup2)";
            default: return name(fd) + " -> " + t + " (open)";
        }
    }

    void spawned(const ast::SimpleCommand& s, int depth, const Where& w, size_t at, const std::string& path,
                 std::string_view why) {
        std::vector<std::string> actions;
        if (at == 0)
            for (const ast::Redirect& r : s.redirects) actions.push_back(action_text(r));
        Where child{"child " + std::to_string(next_child_++), true};
        spawn_step(s, depth, w, child, at, path, why, actions, group_note(jc(w), true, 0));
        if (jc(w) && interactive_) note(depth + 1, "it takes the terminal with tcsetpgrp before execve" + spawn_how(" (addtcsetpgrp_np)") + ".");
        wait_note(depth, w, child.who);
    }

    // Which call spawns (set -o spawn=vfork|posix_spawn), and posix_spawn's
    // name for a step, which the vfork child makes as a plain system call.
    bool by_posix_spawn() const { return sh_.options().spawn == SpawnMethod::PosixSpawn; }
    std::string spawn_how(std::string_view posix_spawn_words) const {
        return by_posix_spawn() ? std::string(posix_spawn_words) : std::string();
    }

    // The one spawn step: what the child does before execve, said as the
    // system calls it makes (posix_spawn: its attributes and file actions).
    void spawn_step(const ast::SimpleCommand& s, int depth, const Where& w, const Where& child, size_t at,
                    const std::string& path, std::string_view why, const std::vector<std::string>& actions,
                    const std::string& group) {
        (void)w;
        ++spawns_;
        std::string text = at == 0 ? simple_text(s) : words_text(s, at, " ");
        step(depth, std::string(by_posix_spawn() ? "posix_spawn" : "vfork") + ": " + child.who + " for `" + text +
                        "`, fork and execve(" + path + ", [" +
                        words_text(s, at, ", ") + "]) in one step (" + std::string(why) + ")" + group +
                        path_note(s.words[at].text));
        if (!actions.empty()) {
            std::string shown;
            for (const std::string& a : actions) shown += (shown.empty() ? "" : ", ") + a;
            note(depth + 1, (by_posix_spawn() ? "its file actions, done by the child before execve: "
                                              : "what the child does before execve (open, dup2, close): ") +
                                shown);
        }
        if (jc(w)) note(depth + 1, "its group is set by the child itself before execve" + spawn_how(" (POSIX_SPAWN_SETPGROUP)") + ".");
        if (at == 0 && !s.assignments.empty()) note(depth + 1, "the assignment(s) go into the environment it receives");
        note(depth + 1, by_posix_spawn()
                            ? "its caught signals start at their defaults and its signal mask empty (posix_spawn attributes)"
                            : "the child sets the signals the shell catches back to their defaults, then empties its signal mask");
    }

    void forked_exec(const ast::SimpleCommand& s, int depth, const Where& w, size_t at, const std::string& path,
                     std::string_view why) {
        std::string text = at == 0 ? simple_text(s) : words_text(s, at, " ");
        Where child{"child " + std::to_string(next_child_++), true};
        ++forks_;
        step(depth, "fork: " + child.who + " for `" + text + "`" + group_note(jc(w), true, 0));
        note(depth + 1, "not spawned: " + std::string(why));
        if (jc(w)) {
            note(depth + 1, "both the shell and the child call setpgid(child, child): whichever runs first makes the group.");
            if (interactive_) note(depth + 1, "the child takes the terminal with tcsetpgrp: it is the foreground job now.");
        }
        if (at == 0 && !s.assignments.empty()) note(depth + 1, child.who + ": puts the assignment(s) in the environment it passes on");
        if (at == 0 && !child_opens(s.redirects, depth + 1, child.who)) {
            wait_note(depth, w, child.who);
            return;
        }
        ++execs_;
        note(depth + 1, child.who + ": resets caught signals to their defaults and empties the signal mask");
        note(depth + 1, child.who + ": execve(" + path + ", [" + words_text(s, at, ", ") +
                            "]): the program replaces the child's copy of the shell, same pid" + path_note(s.words[at].text));
        wait_note(depth, w, child.who);
    }

    void exec_in_place(const ast::SimpleCommand& s, int depth, const Where& w, const std::string& why) {
        ++execs_;
        std::vector<std::string> words;
        for (const ast::Word& word : s.words) words.push_back(word.text);
        if (words.front() == "exec") words.erase(words.begin());
        std::string shown;
        for (const std::string& word : words) shown += (shown.empty() ? "" : ", ") + word;
        const std::string* path_var = sh_.vars().get("PATH");
        std::optional<std::string> path = PathCache::search(words.front(), path_var ? std::string_view(*path_var) : std::string_view());
        note(depth, w.who + ": execve(" + (path ? *path : words.front()) + ", [" + shown + "]): " + why);
    }

    void wait_note(int depth, const Where& w, const std::string& child) {
        step(depth, w.who + " waits: sigsuspend until SIGCHLD, then waitpid collects " + child +
                        "'s status and the zombie is reaped.");
        if (jc(w) && interactive_) note(depth + 1, "then the shell takes the terminal back with tcsetpgrp.");
        if (!w.in_child) note(depth + 1, "$? = its exit status (128+N if a signal N killed it).");
    }

    std::string path_note(const std::string& name) {
        return name.find('/') != std::string::npos ? "" : " (" + name + " found by searching $PATH)";
    }

    static std::string argv_text(const ast::SimpleCommand& s) { return words_text(s, 0, ", "); }
    static std::string words_text(const ast::SimpleCommand& s, size_t from, const char* sep) {
        std::string out;
        for (size_t i = from; i < s.words.size(); ++i) out += (out.empty() ? "" : sep) + s.words[i].text;
        return out;
    }

    // A forked child's redirections, up to one whose open fails now (stat
    // says so): the child reports it and exits 1 without execve. False then.
    bool child_opens(const std::vector<ast::Redirect>& rs, int depth, const std::string& who) {
        std::vector<std::string> closed;
        for (const ast::Redirect& r : rs) {
            int fd = r.fd >= 0 ? r.fd : ast::default_fd(r.op);
            if (r.op == ast::RedirOp::DupInput || r.op == ast::RedirOp::DupOutput) {
                if (std::find(closed.begin(), closed.end(), r.target.text) != closed.end()) {
                    note(depth, who + ": " + redirect_text(r) + ": dup2 of a closed descriptor fails: it prints "
                                "\"Bad file descriptor\" and exits 1, without execve");
                    return false;
                }
                if (r.target.text == "-") closed.push_back(std::to_string(fd));
            }
            bool literal = r.target.parts.size() == 1 && std::holds_alternative<ast::Literal>(r.target.parts[0].node);
            bool file = r.op == ast::RedirOp::Input || r.op == ast::RedirOp::Output || r.op == ast::RedirOp::Append ||
                        r.op == ast::RedirOp::Clobber || r.op == ast::RedirOp::ReadWrite ||
                        r.op == ast::RedirOp::OutputBoth;
            if (literal && file && open_will_fail(r.target.text, r.op != ast::RedirOp::Input)) {
                note(depth, who + ": " + redirect_text(r) + ": open(" + r.target.text + ") fails: it prints why "
                            "(`forksh: line N: " + r.target.text + ": ...`) and exits 1, without execve");
                return false;
            }
            redirect_one(r, depth, who, false);
        }
        return true;
    }

    void redirects(const std::vector<ast::Redirect>& rs, int depth, const std::string& who, bool undoable) {
        for (const ast::Redirect& r : rs) redirect_one(r, depth, who, undoable);
    }

    void redirect_one(const ast::Redirect& r, int depth, const std::string& who, bool undoable) {
        int fd = r.fd >= 0 ? r.fd : ast::default_fd(r.op);
        std::string target = r.target.text;
        std::string prefix = who + ": " + redirect_text(r) + ": ";
        if (undoable) prefix += "(saved first, restored after) ";
        // open(2) onto a new descriptor, then moved to fd: the four file forms.
        auto opened = [&](std::string_view mode, std::string_view extra = {}) {
            opens_.push_back(target);
            note(depth, prefix + "open(" + target + ", " + std::string(mode) + ") -> a new fd; dup2(it, " +
                            std::to_string(fd) + "); close(it)" + std::string(extra));
        };
        switch (r.op) {
            case ast::RedirOp::Input: opened("read"); break;
            case ast::RedirOp::Output:
            case ast::RedirOp::Clobber:
                opened("write|create|truncate",
                       r.op == ast::RedirOp::Output && sh_.options().noclobber ? " (set -C: fails if the file exists)" : "");
                break;
            case ast::RedirOp::Append: opened("write|create|append"); break;
            case ast::RedirOp::ReadWrite: opened("read-write|create"); break;
            case ast::RedirOp::DupInput:
            case ast::RedirOp::DupOutput:
                if (target == "-") {
                    note(depth, prefix + "close(" + std::to_string(fd) + ")");
                } else if (r.op == ast::RedirOp::DupOutput && r.fd < 0 &&
                           target.find_first_not_of("0123456789") != std::string::npos) {
                    opens_.push_back(target);
                    note(depth, prefix + "open(" + target + ", write|create|truncate); dup2 it to 1 and to 2; close it");
                } else {
                    note(depth, prefix + "dup2(" + target + ", " + std::to_string(fd) + "): fd " + std::to_string(fd) +
                                    " now refers to what fd " + target + " refers to");
                }
                break;
            case ast::RedirOp::HereDoc:
            case ast::RedirOp::HereDocStrip:
            case ast::RedirOp::HereString:
                ++pipes_;
                note(depth, prefix + "the text is put in a pipe (or a temporary file) and its read end is dup2'ed to " +
                                std::to_string(fd));
                break;
            case ast::RedirOp::OutputBoth:
                opens_.push_back(target);
                note(depth, prefix + "open(" + target + ", write|create|truncate); dup2 it to 1 and to 2; close it");
                break;
        }
    }

    // ---- output ----
    void line(int depth, const std::string& text) { sh_.out().print("  {}{}\n", std::string(depth * 2, ' '), text); }
    void add(const std::string& text) { expansions_.push_back(text); }
    void step(int depth, const std::string& text) {
        if (depth == 0)
            sh_.out().print("  {}. {}\n", ++step_, text);
        else
            sh_.out().print("  {}- {}\n", std::string(depth * 3 + 1, ' '), text);
    }
    void note(int depth, const std::string& text) {
        sh_.out().print("  {}  {}\n", std::string(depth * 3 + 1, ' '), text);
    }

    std::vector<std::string> expansions_;

    // What the steps above add up to, in the trace's own words: the corpus
    // test (tests/teaching/launch_corpus.py) checks it against a real run.
    std::string summary() const {
        std::string files;
        for (const std::string& f : opens_) files += (files.empty() ? "" : " ") + f;
        return fmt::format("fork {}, spawn {}, execve {}, pipe2 {}, open [{}]", forks_, spawns_, execs_, pipes_,
                           files);
    }

  private:
    Shell& sh_;
    bool job_control_;
    bool interactive_;
    int step_ = 0;
    int next_child_ = 1;
    int function_depth_ = 0;
    int forks_ = 0, spawns_ = 0, execs_ = 0, pipes_ = 0;
    std::vector<std::string> opens_;
};

std::string token_text(const LexedToken& t) {
    switch (t.token.kind) {
        case TokenKind::Word: return "[" + t.token.word.text + "]";
        case TokenKind::IoNumber: return "IO_NUMBER(" + std::to_string(t.token.io_number) + ")";
        case TokenKind::Newline: return "NEWLINE";
        case TokenKind::End: return "";
        default: return std::string(token_kind_text(t.token.kind));
    }
}

}  // namespace

int explain(Shell& sh, const Args& args) {
    if (args.count() < 2) return sh.usage_error(args, "a command line to explain is needed");
    std::string text;
    for (const std::string& a : args.rest()) text += (text.empty() ? "" : " ") + a;

    ast::List program;
    std::vector<LexedToken> tokens;
    try {
        tokenize(text, tokens);
        program = parse_program(text);
    } catch (const ParseError& e) {
        std::string what = e.kind() == ParseError::Kind::Incomplete ? "incomplete command line" : "syntax error";
        return sh.fail(args, fmt::format("{} (line {}, column {})", std::string_view(e.what()).starts_with("syntax error") ? std::string(e.what()) : what + ": " + e.what(), e.span().line, e.span().column), 2);
    }

    Output& out = sh.out();
    out.print("command line: {}\n", text);
    std::string shown;
    for (const LexedToken& t : tokens) {
        std::string one = token_text(t);
        if (!one.empty()) shown += (shown.empty() ? "" : " ") + one;
    }
    out.print("tokens: {}\n", shown);
    out.print("parsed as:\n");
    Explainer x(sh);
    x.tree_list(program, 0);
    x.expansions_list(program);
    out.print("expansions (done just before each command runs, in this order):\n");
    if (x.expansions_.empty()) out.print("  none: no $, `, ~, quotes or *?[ in any word\n");
    for (const std::string& e : x.expansions_) out.print("  {}\n", e);
    out.print("steps{}:\n", sh.options().monitor ? " (job control on: each job in its own process group)" : "");
    x.steps_list(program, 0, Explainer::Where{"the shell", false}, false);
    out.print("in all: {}\n", x.summary());
    return finish(sh, args, 0);
}

}  // namespace forksh::builtins
