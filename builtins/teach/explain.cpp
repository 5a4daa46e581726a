// explain: parse a command line and tell, in order and in plain words, what
// the shell would do to run it: tokens, tree, expansions, processes and
// their groups, pipes, descriptor moves, execve, waiting, and $?. Nothing is
// run, expanded or looked up in the hash table: it only reads the parse tree,
// the options, and PATH.
// System calls: stat(2)/access(2) while searching PATH, nothing else.
#include <string>
#include <vector>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/syntax/ast.hpp"
#include "shell/syntax/lexer.hpp"
#include "shell/syntax/parser.hpp"
#include "shell/os/path_search.hpp"
#include "shell/shell.hpp"
#include "shell/syntax/token.hpp"

namespace forksh::builtins {

const std::string_view explain_help =
    "Show what the shell would do to run a command line, without running it.\n"
    "  explain 'COMMAND-LINE'      e.g. explain 'ls -l | wc -l > out.txt &'\n"
    "Prints the tokens, a compact parse tree, the expansions the words would\n"
    "go through, and the steps: each fork and the process group the child\n"
    "joins, each pipe, each descriptor a child moves with dup2 or opens, the\n"
    "program execve would load (searched in PATH now), builtins that run\n"
    "inside the shell, what the shell waits for, and what $? becomes.\n"
    "Quote the line, or the shell runs its | and > before explain sees them.\n"
    "Exit status 0; 2 for a syntax error in COMMAND-LINE.\n"
    "System calls: none of the ones it describes (it only reads PATH).\n";

namespace {

std::string redirect_op_text(ast::RedirOp op) {
    switch (op) {
        case ast::RedirOp::Input: return "<";
        case ast::RedirOp::Output: return ">";
        case ast::RedirOp::Append: return ">>";
        case ast::RedirOp::Clobber: return ">|";
        case ast::RedirOp::ReadWrite: return "<>";
        case ast::RedirOp::DupInput: return "<&";
        case ast::RedirOp::DupOutput: return ">&";
        case ast::RedirOp::HereDoc: return "<<";
        case ast::RedirOp::HereDocStrip: return "<<-";
        case ast::RedirOp::HereString: return "<<<";
        case ast::RedirOp::OutputBoth: return "&>";
    }
    return "?";
}

int default_fd(ast::RedirOp op) {
    switch (op) {
        case ast::RedirOp::Input:
        case ast::RedirOp::ReadWrite:
        case ast::RedirOp::DupInput:
        case ast::RedirOp::HereDoc:
        case ast::RedirOp::HereDocStrip:
        case ast::RedirOp::HereString: return 0;
        default: return 1;
    }
}

std::string redirect_text(const ast::Redirect& r) {
    std::string text = r.fd >= 0 ? std::to_string(r.fd) : "";
    text += redirect_op_text(r.op);
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
                found.push_back("command substitution $(" + cs->text +
                                "): a forked child runs it with stdout on a pipe; the shell reads "
                                "to end-of-file, waits for it, drops trailing newlines");
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
    void steps_list(const ast::List& list, int depth, bool in_child) {
        for (const ast::ListItem& item : list.items) {
            if (item.background)
                background(item.and_or, depth, in_child);
            else
                and_or(item.and_or, depth, in_child);
        }
    }
    void and_or(const ast::AndOr& ao, int depth, bool in_child) {
        pipeline(ao.first, depth, in_child, false, ao.rest.empty());
        for (const auto& [op, p] : ao.rest) {
            step(depth, op == ast::AndOrOp::And ? "&&: only if $? is 0 now, the shell goes on with:"
                                              : "||: only if $? is not 0 now, the shell goes on with:");
            pipeline(p, depth + 1, in_child, false, true);
        }
        if (!ao.rest.empty()) note(depth, "$? is the status of the last pipeline that ran.");
    }
    void background(const ast::AndOr& ao, int depth, bool in_child) {
        if (ao.rest.empty() && !ao.first.negated) {
            pipeline(ao.first, depth, in_child, true, true);
            return;
        }
        std::string who = "child " + std::to_string(next_child_++);
        step(depth, "fork: " + who + ", a copy of the shell, runs the whole and-or list in the background" +
                        group_note(true, 0));
        child_background_setup(depth + 1, true, who);
        and_or(ao, depth + 1, true);
        note(depth, "the shell does not wait: $! is the child's pid and $? is 0 at once.");
    }

    void pipeline(const ast::Pipeline& p, int depth, bool in_child, bool bg, bool last_in_and_or) {
        (void)last_in_and_or;
        if (p.commands.size() == 1 && !bg) {
            command_here(p.commands[0], depth, in_child);
            if (p.negated) note(depth, "`!` turns that status around: 0 becomes 1, anything else 0.");
            return;
        }
        size_t n = p.commands.size();
        int first_child = next_child_;
        for (size_t i = 0; i < n; ++i) {
            const ast::Command& c = p.commands[i];
            if (i + 1 < n)
                step(depth, "pipe2: pipe " + std::to_string(i + 1) +
                                " (both ends close-on-exec) to connect `" + command_text(c) + "` to `" +
                                command_text(p.commands[i + 1]) + "`");
            int me = next_child_++;
            step(depth, "fork: child " + std::to_string(me) + " for `" + command_text(c) + "`" +
                            group_note(i == 0, first_child));
            if (job_control_ && !in_child) {
                if (i == 0)
                    note(depth + 1, "both the shell and the child call setpgid(child, child): whichever runs first makes the group.");
                else
                    note(depth + 1, "both call setpgid(child, " + std::to_string(first_child) +
                                        "'s pid) so it joins the job's group.");
                if (!bg && interactive_) note(depth + 1, "the child takes the terminal for the job with tcsetpgrp.");
            }
            std::string who = "child " + std::to_string(me);
            if (i > 0) note(depth + 1, who + ": dup2(read end of pipe " + std::to_string(i) + ", 0): stdin now comes from the pipe");
            if (i + 1 < n) note(depth + 1, who + ": dup2(write end of pipe " + std::to_string(i + 1) + ", 1): stdout now goes into the pipe");
            if (n > 1) note(depth + 1, who + ": closes its copies of the original pipe descriptors");
            if (bg) child_background_setup(depth + 1, i == 0, who);
            command_in_child(c, depth + 1, who);
            if (i + 1 < n)
                step(depth, "the shell closes its write end of pipe " + std::to_string(i + 1) +
                                (i > 0 ? " and its read end of pipe " + std::to_string(i) : "") +
                                ": only the children hold them now, so end-of-file can come");
            else if (i > 0)
                step(depth, "the shell closes its read end of pipe " + std::to_string(i));
        }
        std::string last = "child " + std::to_string(next_child_ - 1);
        if (bg) {
            step(depth, "the shell does not wait: it goes on at once; $! = " + last + "'s pid, $? = 0.");
            note(depth + 1, "later, SIGCHLD makes the shell reap each child with waitpid (no zombies);"
                            " `wait` or `jobs` report the job's status.");
            return;
        }
        step(depth, "the shell waits (sigsuspend until SIGCHLD, then waitpid) until all " + std::to_string(n) +
                        " children have exited; each is reaped");
        if (job_control_ && interactive_) note(depth + 1, "then it takes the terminal back with tcsetpgrp.");
        std::string status = "$? = the exit status of " + last + " (`" + command_text(p.commands.back()) + "`)";
        if (sh_.options().pipefail) status += "; pipefail is on: of the last stage that failed";
        note(depth, status + (p.negated ? ", turned around by `!`." : "."));
    }

    // What group a new child goes to.
    std::string group_note(bool first, int first_child) {
        if (!job_control_) return " (it stays in the shell's process group: job control is off, `set -m` turns it on)";
        if (first) return " (it becomes the leader of a new process group: its pgid is its own pid)";
        return " (it joins child " + std::to_string(first_child) + "'s process group)";
    }

    void child_background_setup(int depth, bool first_stage, const std::string& who) {
        if (job_control_) return;
        if (first_stage)
            note(depth, who + ": open /dev/null and dup2 it to 0, so it cannot read the shell's input");
        note(depth, who + ": ignores SIGINT and SIGQUIT (a background job of a script)");
    }

    // A command in the shell's own process (foreground, alone).
    void command_here(const ast::Command& c, int depth, bool in_child) {
        if (const auto* s = std::get_if<ast::SimpleCommand>(&c.node)) {
            simple(*s, depth, in_child, false, in_child ? "the child" : "the shell");
            return;
        }
        if (const auto* sub = std::get_if<ast::Subshell>(&c.node)) {
            int me = next_child_++;
            step(depth, "fork: child " + std::to_string(me) + " runs the ( ) list, a copy of the shell" +
                            group_note(true, 0));
            redirects(c.redirects, depth + 1, "child " + std::to_string(me), false);
            steps_list(*sub->body, depth + 1, true);
            step(depth, "the shell waits for child " + std::to_string(me) + " and reaps it; $? = its exit status.");
            return;
        }
        if (!c.redirects.empty()) redirects(c.redirects, depth, "the shell", true);
        compound(c, depth, in_child);
    }

    void compound(const ast::Command& c, int depth, bool in_child) {
        if (const auto* g = std::get_if<ast::BraceGroup>(&c.node)) {
            step(depth, "{ }: the list runs in the same process, no fork:");
            steps_list(*g->body, depth + 1, in_child);
        } else if (const auto* i = std::get_if<ast::IfClause>(&c.node)) {
            step(depth, "if: the shell itself runs the condition and looks at its $?:");
            for (const auto& b : i->branches) {
                steps_list(*b.condition, depth + 1, in_child);
                step(depth, "when it is 0:");
                steps_list(*b.body, depth + 1, in_child);
            }
            if (i->else_body) {
                step(depth, "otherwise:");
                steps_list(*i->else_body, depth + 1, in_child);
            }
        } else if (const auto* l = std::get_if<ast::LoopClause>(&c.node)) {
            step(depth, std::string(l->until ? "until" : "while") +
                            ": the shell runs the condition, and the body while its $? is " +
                            (l->until ? "not 0" : "0") + " (the tree is parsed once, run many times):");
            steps_list(*l->condition, depth + 1, in_child);
            steps_list(*l->body, depth + 1, in_child);
        } else if (const auto* f = std::get_if<ast::ForClause>(&c.node)) {
            step(depth, "for: the shell expands the words once, then for each sets $" + f->name + " and runs:");
            steps_list(*f->body, depth + 1, in_child);
        } else if (const auto* k = std::get_if<ast::CaseClause>(&c.node)) {
            step(depth, "case: the shell matches `" + k->subject.text +
                            "` against each pattern itself (no process) and runs the first match");
        } else if (const auto* fn = std::get_if<ast::FunctionDef>(&c.node)) {
            step(depth, "defines the function " + fn->name + " in the shell: nothing runs yet; $? = 0.");
        }
    }

    // A command that runs in a child the shell has already forked.
    void command_in_child(const ast::Command& c, int depth, const std::string& who) {
        if (const auto* s = std::get_if<ast::SimpleCommand>(&c.node)) {
            simple(*s, depth, true, true, who);
            return;
        }
        redirects(c.redirects, depth, who, false);
        if (const auto* sub = std::get_if<ast::Subshell>(&c.node)) {
            note(depth, who + " is already a copy of the shell: it runs the ( ) list itself");
            steps_list(*sub->body, depth + 1, true);
        } else {
            note(depth, who + " (a copy of the shell) runs `" + command_text(c) + "` itself:");
            compound(c, depth + 1, true);
        }
        note(depth, who + " exits with the status of what it ran.");
    }

    // A simple command. `forked`: we are describing a child that exists
    // already (a pipeline stage), which execs in place instead of forking again.
    void simple(const ast::SimpleCommand& s, int depth, bool in_child, bool forked, const std::string& who) {
        if (s.words.empty()) {
            std::string names;
            for (const ast::Assignment& a : s.assignments) names += (names.empty() ? "" : ", ") + a.name;
            if (!s.redirects.empty()) redirects(s.redirects, depth, who, !forked);
            if (!names.empty())
                step(depth, who + " sets the variable(s) " + names + " in its own memory, no fork" +
                                (forked ? " (gone when the child exits)" : "") + "; $? = 0.");
            return;
        }
        const ast::Word& first = s.words[0];
        bool dynamic_name = first.parts.size() != 1 || !std::holds_alternative<ast::Literal>(first.parts[0].node);
        std::string name = first.text;
        std::string text = simple_text(s);
        if (dynamic_name) {
            step(depth, "`" + text + "`: the command name comes from an expansion, so only at run time "
                        "will the shell know whether it is a builtin, a function or a program.");
            return;
        }
        if (const Builtin* b = find(name)) {
            std::string where = forked ? who + " (a forked copy of the shell)" : who;
            step(depth, "`" + name + "` is a builtin: " + where + " runs it itself, no fork" +
                            (forked ? ", no execve" : "") + ".");
            if (b->kind == Kind::Special && !forked && !s.assignments.empty())
                note(depth + 1, "its variable assignments stay in the shell (a special builtin).");
            if (!s.redirects.empty()) {
                if (!forked)
                    note(depth + 1, "its redirections are undoable: each descriptor it changes is first copied "
                                    "above 10 (fcntl F_DUPFD_CLOEXEC) and put back afterwards.");
                redirects(s.redirects, depth + 1, who, false);
            }
            if (name == "exec" && s.words.size() > 1)
                note(depth + 1, "exec replaces the shell's own program with execve: no fork, the same pid.");
            if (name == "exit")
                note(depth + 1, std::string(forked || in_child ? "that process" : "the shell") +
                                    " ends here, with that status (after the EXIT trap, if one is set).");
            else if (forked) note(depth + 1, who + " then exits with the builtin's status.");
            else if (!in_child) note(depth + 1, "$? = the builtin's status.");
            return;
        }
        if (sh_.functions().find(name)) {
            step(depth, "`" + name + "` is a function: " + who + " runs its body" +
                            (forked ? "" : " in the same process, no fork") +
                            ", with $1... set to the arguments; $? = its last command's status.");
            if (!s.redirects.empty()) redirects(s.redirects, depth + 1, who, !forked);
            return;
        }
        const std::string* path_var = sh_.vars().get("PATH");
        std::optional<std::string> path = PathCache::search(name, path_var ? std::string_view(*path_var) : std::string_view());
        if (!path) {
            step(depth, "`" + name + "` is not a builtin or function and is not found in PATH: " +
                            (forked ? who + " prints \"command not found\" and exits 127"
                                    : "the shell prints \"command not found\", forks nothing; $? = 127") + ".");
            return;
        }
        std::string exec_line = who + ": execve(" + *path + ", [" + argv_text(s) + "]): the program replaces " +
                                (forked ? who : "the child") + "'s copy of the shell, same pid";
        if (forked) {
            if (!s.assignments.empty()) note(depth, who + ": puts the assignment(s) in the environment it passes on");
            redirects(s.redirects, depth, who, false);
            note(depth, who + ": resets caught signals to their defaults (execve would anyway) and empties the signal mask");
            note(depth, exec_line + (path_note(name)));
            return;
        }
        int me = next_child_++;
        std::string child = "child " + std::to_string(me);
        step(depth, "fork: " + child + " for `" + text + "`" + (in_child ? "" : group_note(true, 0)));
        if (job_control_ && !in_child) {
            note(depth + 1, "both the shell and the child call setpgid(child, child): whichever runs first makes the group.");
            if (interactive_) note(depth + 1, "the child takes the terminal with tcsetpgrp: it is the foreground job now.");
        }
        if (!s.assignments.empty()) note(depth + 1, child + ": puts the assignment(s) in the environment it passes on");
        redirects(s.redirects, depth + 1, child, false);
        note(depth + 1, child + ": resets caught signals to their defaults and empties the signal mask");
        note(depth + 1, child + ": execve(" + *path + ", [" + argv_text(s) + "]): the program replaces the child's copy of the shell, same pid" + path_note(name));
        step(depth, std::string(in_child ? "the child" : "the shell") +
                        " waits: sigsuspend until SIGCHLD, then waitpid collects " + child +
                        "'s status and the zombie is reaped.");
        if (job_control_ && interactive_ && !in_child) note(depth + 1, "then the shell takes the terminal back with tcsetpgrp.");
        if (!in_child) note(depth + 1, "$? = its exit status (128+N if a signal N killed it).");
    }

    std::string path_note(const std::string& name) {
        return name.find('/') != std::string::npos ? "" : " (" + name + " found by searching $PATH)";
    }

    static std::string argv_text(const ast::SimpleCommand& s) {
        std::string out;
        for (const ast::Word& w : s.words) out += (out.empty() ? "" : ", ") + w.text;
        return out;
    }

    void redirects(const std::vector<ast::Redirect>& rs, int depth, const std::string& who, bool undoable) {
        for (const ast::Redirect& r : rs) {
            int fd = r.fd >= 0 ? r.fd : default_fd(r.op);
            std::string target = r.target.text;
            std::string prefix = who + ": " + redirect_text(r) + ": ";
            if (undoable) prefix += "(saved first, restored after) ";
            switch (r.op) {
                case ast::RedirOp::Input:
                    note(depth, prefix + "open(" + target + ", read) -> a new fd; dup2(it, " + std::to_string(fd) + "); close(it)");
                    break;
                case ast::RedirOp::Output:
                case ast::RedirOp::Clobber:
                    note(depth, prefix + "open(" + target + ", write|create|truncate) -> a new fd; dup2(it, " +
                                    std::to_string(fd) + "); close(it)" +
                                    (r.op == ast::RedirOp::Output && sh_.options().noclobber ? " (set -C: fails if the file exists)" : ""));
                    break;
                case ast::RedirOp::Append:
                    note(depth, prefix + "open(" + target + ", write|create|append) -> a new fd; dup2(it, " + std::to_string(fd) + "); close(it)");
                    break;
                case ast::RedirOp::ReadWrite:
                    note(depth, prefix + "open(" + target + ", read-write|create) -> a new fd; dup2(it, " + std::to_string(fd) + "); close(it)");
                    break;
                case ast::RedirOp::DupInput:
                case ast::RedirOp::DupOutput:
                    if (target == "-")
                        note(depth, prefix + "close(" + std::to_string(fd) + ")");
                    else
                        note(depth, prefix + "dup2(" + target + ", " + std::to_string(fd) + "): fd " + std::to_string(fd) +
                                        " now refers to what fd " + target + " refers to");
                    break;
                case ast::RedirOp::HereDoc:
                case ast::RedirOp::HereDocStrip:
                case ast::RedirOp::HereString:
                    note(depth, prefix + "the text is put in a pipe (or a temporary file) and its read end is dup2'ed to " +
                                    std::to_string(fd));
                    break;
                case ast::RedirOp::OutputBoth:
                    note(depth, prefix + "open(" + target + ", write|create|truncate); dup2 it to 1 and to 2; close it");
                    break;
            }
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

  private:
    Shell& sh_;
    bool job_control_;
    bool interactive_;
    int step_ = 0;
    int next_child_ = 1;
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
    x.steps_list(program, 0, false);
    return finish(sh, args, 0);
}

}  // namespace forksh::builtins
