// explain_syntax.cpp: the first part of explain (explain.hpp): the command
// line as the parser read it. Reads the tree and the variables; no system
// calls.
#include <string>
#include <vector>

#include "shell/syntax/token.hpp"
#include "shell/teach/explain.hpp"

namespace forksh::teach {

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
    for (const ast::Assignment& a : c.assignments) {
        std::string target = a.subscript ? a.name + "[" + a.subscript->text + "]" : a.name;
        std::string op = a.append ? "+=" : "=";
        if (!a.array) {
            add(target + op + a.value.text);
            continue;
        }
        std::string items;
        for (const ast::ArrayItem& item : a.items)
            items += (items.empty() ? "" : " ") + (item.key ? "[" + item.key->text + "]=" : "") + item.value.text;
        add(target + op + "(" + items + ")");
    }
    for (const ast::Word& w : c.words) add(w.text);
    for (const ast::Redirect& r : c.redirects) add(redirect_text(r));
    return text;
}

// A [[ ]] expression as written (its parentheses implied by the tree).
std::string cond_text(const ast::CondExpr& e) {
    using Kind = ast::CondExpr::Kind;
    switch (e.kind) {
    case Kind::Word: return e.words[0].text;
    case Kind::Unary: return e.op + " " + e.words[0].text;
    case Kind::Binary: return e.words[0].text + " " + e.op + " " + e.words[1].text;
    case Kind::Not: return "! " + cond_text(*e.left);
    case Kind::And: return cond_text(*e.left) + " && " + cond_text(*e.right);
    case Kind::Or: return "( " + cond_text(*e.left) + " || " + cond_text(*e.right) + " )";
    }
    return "";
}

void cond_words(const ast::CondExpr& e, std::vector<const ast::Word*>& out) {
    for (const ast::Word& w : e.words) out.push_back(&w);
    if (e.left) cond_words(*e.left, out);
    if (e.right) cond_words(*e.right, out);
}

bool has_glob_chars(std::string_view text) { return text.find_first_of("*?[") != std::string_view::npos; }

class SyntaxView {
  public:
    SyntaxView(Output& out, const Variables& vars, bool noglob) : out_(out), vars_(vars), noglob_(noglob) {}

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
                std::string end = item.end == ast::CaseEnd::FallThrough ? "  (ends in ;& : the next body runs too)"
                                  : item.end == ast::CaseEnd::TestNext
                                      ? "  (ends in ;;& : the next patterns are tested too)"
                                      : "";
                line(depth + 1, pats + ")" + end);
                if (item.body) tree_list(*item.body, depth + 2);
            }
        } else if (const auto* a = std::get_if<ast::ArithCommand>(&c.node)) {
            line(depth, neg + "arithmetic command ((" + a->expr.text + ")): status 0 when not zero" + redirs + how);
        } else if (const auto* af = std::get_if<ast::ArithForClause>(&c.node)) {
            line(depth, neg + "for ((" + af->init.text + ";" + af->condition.text + ";" + af->step.text + "))" +
                            redirs + how);
            tree_list(*af->body, depth + 1);
        } else if (const auto* fn = std::get_if<ast::FunctionDef>(&c.node)) {
            line(depth, "function definition: " + fn->name + "()" + how);
        } else if (const auto* sel = std::get_if<ast::SelectClause>(&c.node)) {
            std::string words;
            for (const ast::Word& w : sel->loop.words) words += " " + w.text;
            line(depth, neg + "select " + sel->loop.name + (sel->loop.has_in ? " in" + words : " (over \"$@\")") +
                            " (bash's menu: numbered words on stderr, then one line read per choice)" + redirs + how);
            tree_list(*sel->loop.body, depth + 1);
        } else if (const auto* cond = std::get_if<ast::CondCommand>(&c.node)) {
            line(depth, neg + "conditional [[ " + cond_text(*cond->expr) + " ]] (bash's; the shell tests it itself)" +
                            redirs + how);
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
        } else if (const auto* a = std::get_if<ast::ArithCommand>(&c.node)) {
            word(a->expr, true);
        } else if (const auto* af = std::get_if<ast::ArithForClause>(&c.node)) {
            for (const ast::Word* w : {&af->init, &af->condition, &af->step}) word(*w, true);
            expansions_list(*af->body);
        } else if (const auto* k = std::get_if<ast::CaseClause>(&c.node)) {
            word(k->subject, true);
            for (const auto& item : k->items)
                if (item.body) expansions_list(*item.body);
        } else if (const auto* sel = std::get_if<ast::SelectClause>(&c.node)) {
            for (const ast::Word& w : sel->loop.words) word(w, false);
            expansions_list(*sel->loop.body);
        } else if (const auto* cond = std::get_if<ast::CondCommand>(&c.node)) {
            // Inside [[ ]] no word is split or globbed.
            std::vector<const ast::Word*> words;
            cond_words(*cond->expr, words);
            for (const ast::Word* w : words) word(*w, true);
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
        if (!tilde && found.empty() && !quoted && (!glob || no_split)) return;
        std::string text = "`" + w.text + "`:";
        if (tilde) text += " tilde expansion (~ becomes a home directory);";
        for (const std::string& f : found) text += " " + f + ";";
        if (split && !no_split) text += " the unquoted results are split into fields at $IFS characters;";
        if (glob && !no_split) {
            if (noglob_)
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
                                "): replaced by what it writes on stdout, trailing newlines dropped (the steps "
                                "below show how it runs)");
                if (!in_quotes) split = true;
            } else if (const auto* subst = std::get_if<ast::ProcessSubst>(&p.node)) {
                found.push_back(std::string("process substitution ") + (subst->output ? ">(" : "<(") + subst->text +
                                "): a child runs it with its " + (subst->output ? "stdin" : "stdout") +
                                " on a pipe, and the word becomes /dev/fd/N, the shell's end of that pipe");
            } else if (std::holds_alternative<ast::Arithmetic>(p.node)) {
                found.push_back("arithmetic expansion: computed inside the shell, no process");
                if (!in_quotes) split = true;
            }
        }
    }
    std::string parameter(const ast::Parameter& p) {
        std::string text = "parameter expansion of " + (p.braced ? (p.text.empty() ? "${" + p.name + "...}" : p.text) : "$" + p.name);
        if (const std::string* value = vars_.get(p.name); value && !p.name.empty() &&
                                                              (std::isalpha(static_cast<unsigned char>(p.name[0])) || p.name[0] == '_')) {
            std::string shown = value->size() > 40 ? value->substr(0, 37) + "..." : *value;
            text += " (now '" + shown + "')";
        } else if (p.name == "?") {
            text += " (the status of the command before)";
        } else if (p.name == "$") {
            text += " (the shell's pid, " + std::to_string(vars_.special().shell_pid) + ")";
        } else if (p.name == "!") {
            text += " (the pid of the last background job)";
        } else if (p.name == "@" || p.name == "*") {
            text += " (the positional parameters)";
        }
        return text;
    }

    void line(int depth, const std::string& text) { out_.print("  {}{}\n", std::string(depth * 2, ' '), text); }
    void add(const std::string& text) { expansions_.push_back(text); }

    std::vector<std::string> expansions_;

  private:
    Output& out_;
    const Variables& vars_;
    bool noglob_;
};

std::string token_text(const LexedToken& t) {
    switch (t.token.kind) {
        case TokenKind::Word: return "[" + t.token.word.text + "]";
        case TokenKind::IoNumber: return "IO_NUMBER(" + std::to_string(t.token.io_number) + ")";
        case TokenKind::ArithCommand: return "((" + t.token.word.text + "))";
        case TokenKind::Newline: return "NEWLINE";
        case TokenKind::End: return "";
        default: return std::string(token_kind_text(t.token.kind));
    }
}

}  // namespace

void print_syntax(Output& out, const std::vector<LexedToken>& tokens, const ast::List& program,
                  const Variables& vars, bool noglob) {
    std::string shown;
    for (const LexedToken& t : tokens) {
        std::string one = token_text(t);
        if (!one.empty()) shown += (shown.empty() ? "" : " ") + one;
    }
    out.print("tokens: {}\n", shown);
    out.print("parsed as:\n");
    SyntaxView view(out, vars, noglob);
    view.tree_list(program, 0);
    view.expansions_list(program);
    out.print("expansions (done just before each command runs, in this order):\n");
    if (view.expansions_.empty()) out.print("  none: no $, `, ~, quotes or *?[ in any word\n");
    for (const std::string& e : view.expansions_) out.print("  {}\n", e);
}

}  // namespace forksh::teach
