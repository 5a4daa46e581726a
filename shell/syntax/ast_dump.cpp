// ast_dump.cpp: printing tokens and trees (see ast_dump.hpp for the format).
// No system calls.
#include "shell/syntax/ast_dump.hpp"

#include <fmt/format.h>

#include "shell/syntax/lexer.hpp"
#include "shell/syntax/parser.hpp"

namespace forksh {

namespace {

// Text in double quotes, with control characters made visible.
std::string quoted(std::string_view s) {
    std::string out = "\"";
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '"': out += "\\\""; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    out += fmt::format("\\x{:02x}", c);
                } else {
                    out.push_back(ch);
                }
        }
    }
    return out + "\"";
}

// A word as written, in single quotes (newlines and tabs made visible).
std::string as_written(std::string_view s) {
    std::string out = "'";
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            out += fmt::format("\\x{:02x}", c);
        } else {
            out.push_back(ch);
        }
    }
    return out + "'";
}

std::string at(Span s) {
    return fmt::format("@{}:{}", s.line, s.column);
}

std::string_view op_text(ast::ParamOp op) {
    switch (op) {
        case ast::ParamOp::Plain:
        case ast::ParamOp::Length: return "";
        case ast::ParamOp::UseDefault: return "-";
        case ast::ParamOp::AssignDefault: return "=";
        case ast::ParamOp::ErrorIfUnset: return "?";
        case ast::ParamOp::UseAlternative: return "+";
        case ast::ParamOp::RemoveSmallestSuffix: return "%";
        case ast::ParamOp::RemoveLargestSuffix: return "%%";
        case ast::ParamOp::RemoveSmallestPrefix: return "#";
        case ast::ParamOp::RemoveLargestPrefix: return "##";
        case ast::ParamOp::Substring: return ":";
        case ast::ParamOp::ReplaceFirst: return "/";
        case ast::ParamOp::ReplaceAll: return "//";
        case ast::ParamOp::ReplacePrefix: return "/#";
        case ast::ParamOp::ReplaceSuffix: return "/%";
        case ast::ParamOp::UpperFirst: return "^";
        case ast::ParamOp::UpperAll: return "^^";
        case ast::ParamOp::LowerFirst: return ",";
        case ast::ParamOp::LowerAll: return ",,";
        case ast::ParamOp::Names: return "*";
        case ast::ParamOp::Keys: return "";
    }
    return "";
}

std::string dump_parts(const std::vector<ast::WordPart>& parts);

std::string dump_part(const ast::WordPart& part) {
    struct Visitor {
        std::string operator()(const ast::Literal& p) { return "Literal " + quoted(p.text); }
        std::string operator()(const ast::SingleQuoted& p) { return "SingleQuoted " + quoted(p.text); }
        std::string operator()(const ast::AnsiCQuoted& p) { return "AnsiC " + quoted(p.text); }
        std::string operator()(const ast::Escaped& p) { return "Escaped " + quoted(p.text); }
        std::string operator()(const ast::DoubleQuoted& p) { return "DoubleQuoted " + dump_parts(p.parts); }
        std::string operator()(const ast::Parameter& p) {
            if (!p.braced) return "Param $" + p.name;
            if (p.bad) return "Param ${bad " + quoted(p.name) + " " + (p.arg ? dump_parts(p.arg->parts) : "[]") + "}";
            std::string s = "Param ${";
            if (p.op == ast::ParamOp::Length) s += "#";
            if (p.indirect || p.op == ast::ParamOp::Names || p.op == ast::ParamOp::Keys) s += "!";
            s += p.name;
            if (p.subscript) s += "[" + dump_parts(p.subscript->parts) + "]";
            if (p.colon) s += ":";
            s += p.op == ast::ParamOp::Names && !p.names_star ? std::string_view("@") : op_text(p.op);
            if (p.arg) s += dump_parts(p.arg->parts);
            if (p.arg2) s += (p.op == ast::ParamOp::Substring ? ":" : "/") + dump_parts(p.arg2->parts);
            return s + "}";
        }
        std::string operator()(const ast::ProcessSubst& p) {
            return std::string(p.output ? "ProcessSubst >" : "ProcessSubst <") + quoted(p.text);
        }
        std::string operator()(const ast::CommandSubst& p) {
            return (p.backquoted ? "Backquoted " : "CommandSubst ") + quoted(p.text);
        }
        std::string operator()(const ast::Arithmetic& p) {
            return "Arith " + (p.expr ? dump_parts(p.expr->parts) : std::string("[]"));
        }
    };
    return std::visit(Visitor{}, part.node);
}

std::string dump_parts(const std::vector<ast::WordPart>& parts) {
    std::string s = "[";
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) s += ", ";
        s += dump_part(parts[i]);
    }
    return s + "]";
}

// A large body is kept as text, not parts (ast.hpp, HereDoc::pieces).
std::string heredoc_body(const ast::HereDoc& doc) {
    if (doc.body.parts.empty() && doc.body.text.size() > ast::heredoc_parts_limit)
        return fmt::format("[{} bytes kept as text, in {} pieces parsed when expanded]",
                           doc.body.text.size(), doc.pieces.size());
    return dump_parts(doc.body.parts);
}

class TreeDumper {
  public:
    std::string out;

    void line(int depth, std::string_view text) {
        out.append(static_cast<std::size_t>(depth) * 2, ' ');
        out += text;
        out += '\n';
    }

    void list(const ast::List& l, int d) {
        line(d, "List " + at(l.span));
        for (const auto& item : l.items) and_or(item.and_or, item.background, d + 1);
    }

    void and_or(const ast::AndOr& ao, bool background, int d) {
        line(d, "AndOr " + at(ao.span) + (background ? " background" : ""));
        pipeline(ao.first, "", d + 1);
        for (const auto& [op, p] : ao.rest) pipeline(p, op == ast::AndOrOp::And ? "&& " : "|| ", d + 1);
    }

    void pipeline(const ast::Pipeline& p, std::string_view prefix, int d) {
        line(d, std::string(prefix) + "Pipeline " + at(p.span) + (p.negated ? " negated" : ""));
        for (const auto& c : p.commands) command(c, d + 1);
    }

    void labelled_list(std::string_view label, const std::unique_ptr<ast::List>& l, int d) {
        line(d, label);
        if (l) list(*l, d + 1);
    }

    // NAME=value, NAME[i]+=value, NAME=( [k]=v w ... )
    void assignment(const ast::Assignment& a, int d) {
        std::string target = a.name;
        if (a.subscript) target += "[" + dump_parts(a.subscript->parts) + "]";
        std::string op = a.append ? "+=" : "=";
        if (!a.array) {
            if (a.append || a.subscript) target += op;
            line(d, "assign " + target + " " + at(a.span) + " " + dump_parts(a.value.parts));
            substs(a.value.parts, d + 1);
            return;
        }
        line(d, "assign array " + target + op + " " + at(a.span));
        for (const auto& item : a.items) {
            std::string key = item.key ? "[" + dump_parts(item.key->parts) + "]=" : "";
            line(d + 1, "item " + key + dump_parts(item.value.parts));
            substs(item.value.parts, d + 2);
        }
    }

    void command(const ast::Command& c, int d) {
        struct Visitor {
            TreeDumper& t;
            const ast::Command& c;
            int d;
            void operator()(const ast::SimpleCommand& s) {
                t.line(d, "Simple " + at(c.span));
                for (const auto& a : s.assignments) t.assignment(a, d + 1);
                for (const auto& w : s.words) t.word("word", w, d + 1);
                for (const auto& arg : s.array_arguments) t.assignment(arg.assignment, d + 1);
                for (const auto& r : s.redirects) t.redirect(r, d + 1);
            }
            void operator()(const ast::BraceGroup& g) {
                t.line(d, "BraceGroup " + at(c.span));
                if (g.body) t.list(*g.body, d + 1);
            }
            void operator()(const ast::Subshell& s) {
                t.line(d, "Subshell " + at(c.span));
                if (s.body) t.list(*s.body, d + 1);
            }
            void operator()(const ast::IfClause& i) {
                t.line(d, "If " + at(c.span));
                for (std::size_t n = 0; n < i.branches.size(); ++n) {
                    t.labelled_list(n == 0 ? "if" : "elif", i.branches[n].condition, d + 1);
                    t.labelled_list("then", i.branches[n].body, d + 1);
                }
                if (i.else_body) t.labelled_list("else", i.else_body, d + 1);
            }
            void operator()(const ast::LoopClause& l) {
                t.line(d, (l.until ? "Until " : "While ") + at(c.span));
                t.labelled_list("condition", l.condition, d + 1);
                t.labelled_list("do", l.body, d + 1);
            }
            void operator()(const ast::ForClause& f) { loop("For ", f); }
            void operator()(const ast::CaseClause& k) {
                t.line(d, "Case " + at(c.span));
                t.word("subject", k.subject, d + 1);
                for (const auto& item : k.items) {
                    std::string end = item.end == ast::CaseEnd::FallThrough ? " ;&"
                                      : item.end == ast::CaseEnd::TestNext  ? " ;;&"
                                                                            : "";
                    t.line(d + 1, "item " + at(item.span) + end);
                    for (const auto& p : item.patterns) t.word("pattern", p, d + 2);
                    if (item.body) {
                        t.list(*item.body, d + 2);
                    } else {
                        t.line(d + 2, "(empty)");
                    }
                }
            }
            void operator()(const ast::TimedPipeline& tp) {
                t.line(d, std::string("Time") + (tp.posix_format ? " -p " : " ") + at(c.span));
                if (tp.pipeline) t.pipeline(*tp.pipeline, "", d + 1);
            }
            void operator()(const ast::ArithCommand& a) {
                t.line(d, "ArithCommand " + at(c.span));
                t.word("expr", a.expr, d + 1);
            }
            void operator()(const ast::ArithForClause& f) {
                t.line(d, "ArithFor " + at(c.span));
                t.word("init", f.init, d + 1);
                t.word("condition", f.condition, d + 1);
                t.word("step", f.step, d + 1);
                t.labelled_list("do", f.body, d + 1);
            }
            void operator()(const ast::SelectClause& f) { loop("Select ", f.loop); }
            // for and select: a name, the words after `in` (or "$@"), a body.
            void loop(const char* keyword, const ast::ForClause& f) {
                t.line(d, keyword + f.name + " " + at(c.span));
                if (f.has_in) {
                    t.line(d + 1, "in");
                    for (const auto& w : f.words) t.word("word", w, d + 2);
                } else {
                    t.line(d + 1, "in \"$@\" (no 'in')");
                }
                t.labelled_list("do", f.body, d + 1);
            }
            void operator()(const ast::CondCommand& k) {
                t.line(d, "Cond [[ ]] " + at(c.span));
                if (k.expr) t.cond(*k.expr, d + 1);
            }
            void operator()(const ast::FunctionDef& f) {
                t.line(d, "FunctionDef " + f.name + " " + at(c.span));
                if (f.body) t.command(*f.body, d + 1);
            }
        };
        std::visit(Visitor{*this, c, d}, c.node);
        for (const auto& r : c.redirects) redirect(r, d + 1);
    }

    // One node of a [[ ]] expression, its operands below it.
    void cond(const ast::CondExpr& e, int d) {
        using Kind = ast::CondExpr::Kind;
        switch (e.kind) {
        case Kind::Word: line(d, "test-word " + at(e.span)); break;
        case Kind::Unary: line(d, "unary " + e.op + " " + at(e.span)); break;
        case Kind::Binary: line(d, "binary " + e.op + " " + at(e.span)); break;
        case Kind::Not: line(d, "not " + at(e.span)); break;
        case Kind::And: line(d, "and && " + at(e.span)); break;
        case Kind::Or: line(d, "or || " + at(e.span)); break;
        }
        for (const auto& w : e.words) word("operand", w, d + 1);
        if (e.left) cond(*e.left, d + 1);
        if (e.right) cond(*e.right, d + 1);
    }

    void word(std::string_view label, const ast::Word& w, int d) {
        line(d, std::string(label) + " " + as_written(w.text) + " " + at(w.span) + " " + dump_parts(w.parts));
        substs(w.parts, d + 1);
    }

    // The commands inside $(...) and `...`, wherever they are in the parts.
    void substs(const std::vector<ast::WordPart>& parts, int d) {
        for (const auto& part : parts) {
            if (const auto* cs = std::get_if<ast::CommandSubst>(&part.node)) {
                line(d, std::string(cs->backquoted ? "backquoted " : "subst ") + at(part.span));
                if (cs->body) list(*cs->body, d + 1);
            } else if (const auto* ps = std::get_if<ast::ProcessSubst>(&part.node)) {
                line(d, std::string(ps->output ? "process subst >( ) " : "process subst <( ) ") + at(part.span));
                if (ps->body) list(*ps->body, d + 1);
            } else if (const auto* dq = std::get_if<ast::DoubleQuoted>(&part.node)) {
                substs(dq->parts, d);
            } else if (const auto* p = std::get_if<ast::Parameter>(&part.node)) {
                if (p->arg) substs(p->arg->parts, d);
                if (p->arg2) substs(p->arg2->parts, d);
                if (p->subscript) substs(p->subscript->parts, d);
            } else if (const auto* a = std::get_if<ast::Arithmetic>(&part.node)) {
                if (a->expr) substs(a->expr->parts, d);
            }
        }
    }

    void redirect(const ast::Redirect& r, int d) {
        std::string fd = r.fd >= 0 ? std::to_string(r.fd) : "";
        line(d, "redirect " + fd + std::string(ast::redirect_op_text(r.op)) + " " + at(r.span) + " " + as_written(r.target.text) +
                    " " + dump_parts(r.target.parts));
        substs(r.target.parts, d + 1);
        if (r.heredoc) {
            line(d + 1, "heredoc delimiter " + quoted(r.heredoc->delimiter) +
                            (r.heredoc->expand ? " expand " : " quoted ") + at(r.heredoc->body.span) + " " +
                            heredoc_body(*r.heredoc));
            substs(r.heredoc->body.parts, d + 2);
        }
    }
};

}  // namespace

std::string dump_word(const ast::Word& word) {
    return dump_parts(word.parts);
}

std::string dump_ast(const ast::List& list) {
    TreeDumper t;
    t.list(list, 0);
    return t.out;
}

std::string dump_tokens(std::string_view source, ParserOptions options) {
    std::vector<LexedToken> tokens;
    std::string error;
    try {
        tokenize(source, tokens, options);
    } catch (const ParseError& e) {
        error = fmt::format("{}:{} ERROR {}\n", e.span().line, e.span().column, e.what());
    }
    std::string out;
    for (const auto& lt : tokens) {
        const Token& t = lt.token;
        out += fmt::format("{}:{} {}", t.span.line, t.span.column, token_kind_name(t.kind));
        switch (t.kind) {
            case TokenKind::Word: out += " " + as_written(t.word.text) + " " + dump_word(t.word); break;
            case TokenKind::IoNumber: out += " " + std::to_string(t.io_number); break;
            case TokenKind::ArithCommand: out += " " + as_written("((" + t.word.text + "))") + " " + dump_word(t.word); break;
            case TokenKind::Newline:
            case TokenKind::End: break;
            default: out += " '" + std::string(token_kind_text(t.kind)) + "'";
        }
        out += '\n';
        if (lt.heredoc) {
            out += fmt::format("  heredoc delimiter {} {} {}\n", quoted(lt.heredoc->delimiter),
                               lt.heredoc->expand ? "expand" : "quoted", dump_word(lt.heredoc->body));
        }
    }
    return out + error;
}

}  // namespace forksh
