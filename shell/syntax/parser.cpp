// parser.cpp: recursive descent over the POSIX shell grammar (XCU 2.10.2).
//
// One function per grammar rule, named after it, with the rule above it.
// The parser looks at most one token ahead. Reserved words are recognised
// here, from the position (XCU 2.10.2 rule 1): the lexer only gives words.
// Aliases are substituted here too, by pushing the alias text in front of
// the lexer's input (XCU 2.3.1).
// No system calls.
#include "shell/syntax/parser.hpp"

#include <algorithm>
#include <optional>

#include "shell/syntax/lexer.hpp"
#include "shell/text/bash_habits.hpp"
#include "shell/text/names.hpp"

namespace forksh {

namespace {

using Kind = ParseError::Kind;

bool is_reserved(std::string_view s) {
    static constexpr std::string_view words[] = {"if", "then", "else", "elif", "fi", "do", "done", "case",
                                                 "esac", "while", "until", "for", "in", "{", "}", "!"};
    return std::find(std::begin(words), std::end(words), s) != std::end(words);
}

// Reserved words that end a compound list: they cannot start a command.
bool is_terminator(std::string_view s) {
    return s == "then" || s == "else" || s == "elif" || s == "fi" || s == "do" || s == "done" || s == "esac" ||
           s == "}";
}

bool is_compound_start(std::string_view s) {
    return s == "{" || s == "if" || s == "while" || s == "until" || s == "for" || s == "case";
}

InputSource string_source(std::string_view text) {
    auto data = std::make_shared<std::string>(text);
    auto pos = std::make_shared<std::size_t>(0);
    return [data, pos](std::string& line, bool) {
        if (*pos >= data->size()) return false;
        std::size_t nl = data->find('\n', *pos);
        std::size_t end = nl == std::string::npos ? data->size() : nl + 1;
        line.append(*data, *pos, end - *pos);
        *pos = end;
        return true;
    };
}

// The here-document delimiter after quote removal; any quoting turns
// expansion of the body off (XCU 2.7.4).
void set_heredoc_delimiter(ast::HereDoc& doc, std::string_view text) {
    std::string out;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++i;
        } else if (c == '\\') {
            quoted = true;
            if (i + 1 < text.size()) out.push_back(text[++i]);
        } else if (c == '\'') {
            quoted = true;
            while (++i < text.size() && text[i] != '\'') out.push_back(text[i]);
        } else if (c == '"') {
            quoted = true;
            while (++i < text.size() && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < text.size() && std::string_view("$`\"\\").find(text[i + 1]) != std::string_view::npos)
                    ++i;
                out.push_back(text[i]);
            }
        } else {
            out.push_back(c);
        }
    }
    doc.delimiter = out;
    doc.expand = !quoted;
}

ast::RedirOp redir_op(TokenKind kind) {
    switch (kind) {
        case TokenKind::Less: return ast::RedirOp::Input;
        case TokenKind::Great: return ast::RedirOp::Output;
        case TokenKind::DGreat: return ast::RedirOp::Append;
        case TokenKind::Clobber: return ast::RedirOp::Clobber;
        case TokenKind::LessGreat: return ast::RedirOp::ReadWrite;
        case TokenKind::LessAnd: return ast::RedirOp::DupInput;
        case TokenKind::GreatAnd: return ast::RedirOp::DupOutput;
        case TokenKind::DLess: return ast::RedirOp::HereDoc;
        case TokenKind::DLessDash: return ast::RedirOp::HereDocStrip;
        case TokenKind::TLess: return ast::RedirOp::HereString;
        case TokenKind::AndDGreat: return ast::RedirOp::AppendBoth;
        default: return ast::RedirOp::OutputBoth;
    }
}

// The grammar proper. Parser::Impl owns one; tokenize() uses one for the
// $(...) inside words.
class Grammar {
  public:
    Grammar(InputSource input, ParserOptions options)
        : options_(std::move(options)), lex_(std::move(input), options_.first_line) {
        lex_.set_hooks({[this] { return parse_command_subst(); }, [this] { return parse_nested_program(); }});
        lex_.set_strict_posix(options_.strict_posix);
        lex_.set_extglob(options_.extglob);
    }

    Lexer& lexer() { return lex_; }

    // complete_command : list separator_op? NEWLINE
    //                  | NEWLINE                      (an empty List)
    //                  | end of input                 (nullopt)
    std::optional<ast::List> next_command() {
        habit_.reset();
        lex_.begin_command();
        Token& t = peek_command();
        if (t.is(TokenKind::End)) {
            take();
            return std::nullopt;
        }
        ast::List list;
        list.span = t.span;
        if (t.is(TokenKind::Newline)) {
            take();
            return list;
        }
        parse_list(list);
        Token& end = peek();
        if (end.is(TokenKind::Newline)) {
            take();
        } else if (!end.is(TokenKind::End)) {
            unexpected(end);
        }
        return list;
    }

    void recover() {
        habit_.reset();
        bool at_newline = peeked_ && peeked_->is(TokenKind::Newline);
        peeked_.reset();
        lex_.skip_rest_of_line(at_newline);
    }

  private:
    // ---- tokens ----

    Token& peek() {
        if (!peeked_) peeked_ = lex_.next();
        return *peeked_;
    }

    Token take() {
        peek();
        Token t = std::move(*peeked_);
        peeked_.reset();
        return t;
    }

    // The next token in command position: an unquoted word that is an alias
    // (and not a reserved word, when reserved words count here) is replaced
    // by the alias text, again and again, but never by an alias that is
    // being expanded already.
    Token& peek_command(bool reserved_words = true) {
        for (;;) {
            Token& t = peek();
            std::string name;
            if (!options_.aliases || !t.plain_text(name)) return t;
            if (reserved_words && is_reserved(name)) return t;
            if (std::find(t.active_aliases.begin(), t.active_aliases.end(), name) != t.active_aliases.end())
                return t;
            const std::string* value = options_.aliases(name);
            if (!value) return t;
            Span span = t.span;
            peeked_.reset();
            lex_.push_alias(name, *value, span);
        }
    }

    // A word after the command name: checked for aliases only right after an
    // alias whose value ends in a blank (`alias sudo='sudo '`).
    Token& peek_word(bool command_position) {
        Token& t = peek();
        if (command_position || t.alias_eligible) return peek_command(false);
        return t;
    }

    // linebreak : newline_list?
    void linebreak() {
        while (peek().is(TokenKind::Newline)) take();
    }
    // The linebreak after `|`, `&&` or `||`, where a command comes next: an
    // alias there is expanded first, and one that expands to nothing
    // (`alias a=`; `a echo foo | a` then `cat` on the next line) leaves the
    // newlines after it to skip, as in dash.
    void linebreak_before_command() {
        while (peek_command().is(TokenKind::Newline)) take();
    }

    [[noreturn]] void unexpected(const Token& t, std::string_view expecting = {}) {
        std::string message = "syntax error: unexpected " + t.describe();
        if (!expecting.empty()) message += " (expecting '" + std::string(expecting) + "')";
        if (habit_) message += " (" + std::string(bash_habit_hint(*habit_)) + ")";
        throw ParseError(t.is(TokenKind::End) ? Kind::Incomplete : Kind::Syntax, message, t.span);
    }

    void expect_reserved(std::string_view word) {
        Token& t = peek_command();
        if (!t.is_plain_word(word)) unexpected(t, word);
        take();
    }

    bool can_start_command(const Token& t) {
        std::string w;
        if (t.plain_text(w)) return !is_terminator(w);
        return t.is(TokenKind::Word) || t.is(TokenKind::IoNumber) || t.is(TokenKind::LParen) ||
               t.is(TokenKind::ArithCommand) || t.is_redirection();
    }

    // ---- lists ----

    // list : and_or (separator_op and_or)* separator_op?
    // At top level a list ends at the newline: the caller reads it.
    void parse_list(ast::List& list) {
        for (;;) {
            ast::ListItem item;
            item.span = peek().span;
            item.and_or = parse_and_or();
            Token& t = peek();
            if (!t.is(TokenKind::Semi) && !t.is(TokenKind::Amp)) {
                list.items.push_back(std::move(item));
                return;
            }
            item.background = t.is(TokenKind::Amp);
            take();
            list.items.push_back(std::move(item));
            Token& n = peek_command();
            if (n.is(TokenKind::Newline) || n.is(TokenKind::End)) return;
        }
    }

    // compound_list : linebreak term separator?
    // term          : and_or (separator and_or)*
    // separator     : separator_op linebreak | newline_list
    // Used inside compound commands; it may not be empty (dash: `{ }` and
    // `if true; then fi` are syntax errors). `closer` is the word that
    // should follow, for the message at end of input.
    std::unique_ptr<ast::List> parse_compound_list(std::string_view closer) {
        auto list = std::make_unique<ast::List>();
        linebreak();
        list->span = peek().span;
        for (;;) {
            Token& t = peek_command();
            if (!can_start_command(t)) break;
            ast::ListItem item;
            item.span = t.span;
            item.and_or = parse_and_or();
            Token& s = peek();
            if (s.is(TokenKind::Semi) || s.is(TokenKind::Amp)) {
                item.background = s.is(TokenKind::Amp);
                take();
                list->items.push_back(std::move(item));
                linebreak();
                continue;
            }
            list->items.push_back(std::move(item));
            if (!s.is(TokenKind::Newline)) break;
            linebreak();
        }
        if (list->items.empty()) {
            Token& t = peek();
            unexpected(t, t.is(TokenKind::End) ? closer : std::string_view{});
        }
        return list;
    }

    // and_or : pipeline (('&&' | '||') linebreak pipeline)*
    // Left-associative: in `a && b || c`, c runs when a or b fails.
    ast::AndOr parse_and_or() {
        ast::AndOr ao;
        ao.span = peek_command().span;
        ao.first = parse_pipeline();
        for (;;) {
            Token& t = peek();
            if (!t.is(TokenKind::AndIf) && !t.is(TokenKind::OrIf)) {
                ao.text = source_text(ao.span, t.span);
                return ao;
            }
            ast::AndOrOp op = t.is(TokenKind::AndIf) ? ast::AndOrOp::And : ast::AndOrOp::Or;
            take();
            linebreak_before_command();
            ao.rest.emplace_back(op, parse_pipeline());
        }
    }

    // pipeline      : '!'? pipe_sequence
    // pipe_sequence : command ('|' linebreak command)*
    // `! ! x` and `a | ! b` are errors, as in dash.
    ast::Pipeline parse_pipeline() {
        ast::Pipeline p;
        Token& t = peek_command();
        p.span = t.span;
        if (t.is_plain_word("!")) {
            p.negated = true;
            take();
        }
        if (peek_command().is_plain_word("time")) {
            p.commands.push_back(parse_timed_pipeline());
            return p;
        }
        p.commands.push_back(parse_command());
        while (peek().is(TokenKind::Pipe) || peek().is(TokenKind::PipeAnd)) {
            if (take().is(TokenKind::PipeAnd)) add_stderr_to_pipe(p.commands.back());
            linebreak_before_command();
            p.commands.push_back(parse_command());
        }
        p.text = source_text(p.span, peek().span);
        return p;
    }

    // bash's `a |& b` is `a 2>&1 | b`: the 2>&1 comes after a's own
    // redirections, and --dump-ast and explain show it as one of them.
    static void add_stderr_to_pipe(ast::Command& command) {
        ast::Redirect r;
        r.fd = 2;
        r.op = ast::RedirOp::DupOutput;
        r.span = command.span;
        r.target.text = "1";
        r.target.span = command.span;
        r.target.parts.push_back(ast::WordPart{ast::Literal{"1"}, command.span});
        if (auto* simple = std::get_if<ast::SimpleCommand>(&command.node)) {
            simple->redirects.push_back(std::move(r));
        } else {
            command.redirects.push_back(std::move(r));
        }
    }

    // timed_pipeline : 'time' ('-p')? ('--')? pipeline?
    // As in bash: only at the start of a pipeline (`a | time b` runs the
    // utility time), and `time` followed by the end of the command is
    // allowed. A quoted 'time' or `command time` is the utility.
    ast::Command parse_timed_pipeline() {
        ast::Command cmd;
        cmd.span = take().span;
        ast::TimedPipeline timed;
        if (peek().is_plain_word("-p")) {
            timed.posix_format = true;
            take();
        }
        // `time -- cmd`: the end of time's options, as in bash.
        if (peek().is_plain_word("--")) take();
        if (can_start_command(peek_command()) || peek_command().is_plain_word("!"))
            timed.pipeline = std::make_unique<ast::Pipeline>(parse_pipeline());
        cmd.node = std::move(timed);
        return cmd;
    }

    // The text from `from` up to the token at `to`, as written: a job's label
    // (`jobs`, the trace, ptree) is what the user typed. Only its first line,
    // then " ...": a here-document's body follows the line it is named on.
    std::string source_text(Span from, Span to) {
        // At most a label's worth: a line of 10,000 nested ( ) holds 20,000
        // lists and pipelines, and a copy of all of its text in each would
        // cost memory by the square of the depth.
        constexpr std::size_t longest_label = 512;
        std::string text = lex_.text_between(from, to, longest_label + 1);
        if (text.size() > longest_label) {
            text.resize(longest_label);
            text += " ...";
        }
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
        if (size_t newline = text.find('\n'); newline != std::string::npos) {
            text.resize(newline);
            while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
            text += " ...";
        }
        return text;
    }

    // ---- commands ----

    // command : simple_command
    //         | compound_command redirect_list?
    //         | function_definition
    ast::Command parse_command() {
        Token& t = peek_command();
        std::string w;
        if (t.is(TokenKind::LParen) || t.is(TokenKind::ArithCommand)) return parse_compound_command();
        if (t.plain_text(w)) {
            if (is_compound_start(w) || is_bash_compound_start(w)) return parse_compound_command();
            if (w == "function" && !lex_.strict_posix()) return parse_function_keyword();
            if (is_terminator(w) || w == "!") unexpected(t);
        }
        if (t.is(TokenKind::Word)) {
            Token first = take();
            if (peek().is(TokenKind::LParen) && !opens_array(first)) return parse_function_definition(std::move(first));
            return parse_simple_command(std::move(first));
        }
        if (t.is(TokenKind::IoNumber) || t.is_redirection()) return parse_simple_command(std::nullopt);
        unexpected(t);
    }

    // compound_command : brace_group | subshell | for_clause | case_clause
    //                  | if_clause | while_clause | until_clause
    // followed by redirect_list : io_redirect+
    ast::Command parse_compound_command() {
        Token& t = peek_command();
        ast::Command cmd;
        cmd.span = t.span;
        Lexer::DepthGuard guard(lex_, t.span, Lexer::Nesting::Command);
        std::string w;
        t.plain_text(w);
        if (t.is(TokenKind::LParen)) {
            cmd.node = parse_subshell();
        } else if (t.is(TokenKind::ArithCommand)) {
            cmd.node = ast::ArithCommand{take().word};
        } else if (w == "{") {
            cmd.node = parse_brace_group();
        } else if (w == "if") {
            cmd.node = parse_if_clause();
        } else if (w == "while" || w == "until") {
            cmd.node = parse_while_clause();
        } else if (w == "for") {
            take();
            if (peek().is(TokenKind::ArithCommand)) {
                cmd.node = parse_arith_for_clause();
            } else {
                cmd.node = parse_for_clause();
            }
        } else if (w == "case") {
            cmd.node = parse_case_clause();
        } else if (w == "[[" && is_bash_compound_start(w)) {
            cmd.node = parse_cond_command();
        } else if (w == "select" && is_bash_compound_start(w)) {
            cmd.node = parse_select_clause();
        } else {
            unexpected(t);
        }
        parse_redirect_list(cmd.redirects);
        return cmd;
    }

    // brace_group : '{' compound_list '}'
    ast::BraceGroup parse_brace_group() {
        take();
        ast::BraceGroup g;
        g.body = parse_compound_list("}");
        expect_reserved("}");
        return g;
    }

    // subshell : '(' compound_list ')'
    ast::Subshell parse_subshell() {
        take();
        ast::Subshell s;
        s.body = parse_compound_list(")");
        Token& t = peek();
        if (!t.is(TokenKind::RParen)) unexpected(t, ")");
        take();
        return s;
    }

    // if_clause : If compound_list Then compound_list else_part? Fi
    // else_part : Elif compound_list Then compound_list else_part?
    //           | Else compound_list
    ast::IfClause parse_if_clause() {
        take();
        ast::IfClause c;
        for (;;) {
            ast::IfClause::Branch b;
            b.condition = parse_compound_list("then");
            expect_reserved("then");
            b.body = parse_compound_list("fi");
            c.branches.push_back(std::move(b));
            Token& t = peek_command();
            if (t.is_plain_word("elif")) {
                take();
                continue;
            }
            if (t.is_plain_word("else")) {
                take();
                c.else_body = parse_compound_list("fi");
            }
            expect_reserved("fi");
            return c;
        }
    }

    // while_clause : While compound_list do_group
    // until_clause : Until compound_list do_group
    ast::LoopClause parse_while_clause() {
        ast::LoopClause l;
        l.until = take().is_plain_word("until");
        l.condition = parse_compound_list("do");
        l.body = parse_do_group();
        return l;
    }

    // do_group : Do compound_list Done
    std::unique_ptr<ast::List> parse_do_group() {
        expect_reserved("do");
        auto body = parse_compound_list("done");
        expect_reserved("done");
        return body;
    }

    // for_clause : For name do_group
    //            | For name sequential_sep do_group
    //            | For name linebreak in sequential_sep do_group
    //            | For name linebreak in wordlist sequential_sep do_group
    // sequential_sep : ';' linebreak | newline_list
    ast::ForClause parse_for_clause() {
        ast::ForClause f;
        Token& n = peek();
        std::string name;
        if (!n.is(TokenKind::Word)) unexpected(n, "name");
        if (!n.plain_text(name) || !is_valid_name(name))
            throw ParseError(Kind::Syntax, "syntax error: bad for loop variable '" + n.word.text + "'", n.span);
        f.name = name;
        f.name_span = n.span;
        take();
        if (peek().is(TokenKind::Semi)) {
            take();
            linebreak();
        } else {
            linebreak();
            // After an alias that ends in a blank (`alias forx='for x '`),
            // the word here may be an alias too (`i='in 0'`), as in dash.
            if (peek_word(false).is_plain_word("in")) {
                take();
                f.has_in = true;
                while (peek().is(TokenKind::Word)) f.words.push_back(take().word);
                Token& s = peek();
                if (!s.is(TokenKind::Semi) && !s.is(TokenKind::Newline)) unexpected(s, "do");
                take();
                linebreak();
            }
        }
        f.body = parse_do_group();
        return f;
    }

    // arith_for_clause : For '((' expr ';' expr ';' expr '))' sequential_sep?
    //                    (do_group | brace_group)          (bash)
    // The lexer gave the whole `((...))` as one token; its three parts are
    // cut at the `;`s outside any expansion.
    ast::ArithForClause parse_arith_for_clause() {
        Token t = take();
        std::vector<ast::Word> parts = split_arith_for(t.word);
        if (parts.size() != 3)
            throw ParseError(Kind::Syntax, "syntax error: for ((...)) needs three expressions: for ((init; condition; step))",
                             t.span);
        ast::ArithForClause f;
        f.init = std::move(parts[0]);
        f.condition = std::move(parts[1]);
        f.step = std::move(parts[2]);
        if (peek().is(TokenKind::Semi)) take();
        linebreak();
        if (peek_command().is_plain_word("{")) {
            take();
            f.body = parse_compound_list("}");
            expect_reserved("}");
        } else {
            f.body = parse_do_group();
        }
        return f;
    }

    // `i=0; i<3; i++` as three words; a `;` counts only in the plain text
    // of the expression (not inside "...", $(...) or ${...}).
    static std::vector<ast::Word> split_arith_for(ast::Word& expr) {
        std::vector<ast::Word> out(1);
        out.back().span = expr.span;
        for (ast::WordPart& part : expr.parts) {
            const auto* lit = std::get_if<ast::Literal>(&part.node);
            if (!lit) {
                out.back().parts.push_back(std::move(part));
                continue;
            }
            std::string_view text = lit->text;
            Span span = part.span;
            for (;;) {
                std::size_t semi = text.find(';');
                std::string_view piece = text.substr(0, semi);
                if (!piece.empty()) out.back().parts.push_back(ast::WordPart{ast::Literal{std::string(piece)}, span});
                if (semi == std::string_view::npos) break;
                span.column += static_cast<int>(semi + 1);
                text.remove_prefix(semi + 1);
                out.emplace_back().span = span;
            }
        }
        // The text as written, cut the same way (for set -x and dumps).
        std::size_t start = 0, index = 0;
        int depth = 0;
        for (std::size_t i = 0; i <= expr.text.size() && index < out.size(); ++i) {
            char c = i < expr.text.size() ? expr.text[i] : ';';
            if (c == '(' || c == '{') ++depth;
            if (c == ')' || c == '}') --depth;
            if (c == ';' && depth <= 0) {
                out[index++].text = expr.text.substr(start, i - start);
                start = i + 1;
            }
        }
        return out;
    }

    static bool is_case_end(const Token& t) {
        return t.is(TokenKind::DSemi) || t.is(TokenKind::SemiAnd) || t.is(TokenKind::DSemiAnd);
    }

    // case_clause : Case WORD linebreak in linebreak case_item* Esac
    // case_item   : '('? pattern ')' linebreak compound_list? (case_end linebreak)?
    // case_end    : ';;' | ';&' (POSIX 2024) | ';;&' (bash)
    //               (only the last item may leave out ';;')
    // pattern     : WORD ('|' WORD)*
    ast::CaseClause parse_case_clause() {
        take();
        ast::CaseClause c;
        Token& s = peek();
        if (!s.is(TokenKind::Word)) unexpected(s, "word");
        c.subject = take().word;
        linebreak();
        Token& in = peek_word(false);  // an alias after one ending in a blank
        if (!in.is_plain_word("in")) unexpected(in, "in");
        take();
        linebreak();
        for (;;) {
            Token& t = peek();
            if (t.is_plain_word("esac")) {
                take();
                return c;
            }
            ast::CaseClause::Item item;
            item.span = t.span;
            if (t.is(TokenKind::LParen)) take();
            for (;;) {
                Token& w = peek();
                if (!w.is(TokenKind::Word)) unexpected(w, w.is(TokenKind::End) ? "esac" : "");
                item.patterns.push_back(take().word);
                if (!peek().is(TokenKind::Pipe)) break;
                take();
            }
            Token& r = peek();
            if (!r.is(TokenKind::RParen)) unexpected(r, ")");
            take();
            linebreak();
            Token& b = peek_command();
            bool empty = is_case_end(b) || b.is_plain_word("esac");
            if (!empty) item.body = parse_compound_list("esac");
            Token& e = peek();
            if (is_case_end(e)) {
                item.end = e.is(TokenKind::SemiAnd)    ? ast::CaseEnd::FallThrough
                           : e.is(TokenKind::DSemiAnd) ? ast::CaseEnd::TestNext
                                                       : ast::CaseEnd::Break;
                c.items.push_back(std::move(item));
                take();
                linebreak();
            } else if (e.is_plain_word("esac")) {
                c.items.push_back(std::move(item));
            } else {
                unexpected(e, ";;");
            }
        }
    }

    // POSIX allows a NAME (letters, digits, _); bash's dialect any unquoted
    // word without expansions, so `_systemd-delta()` and `mkfs.minix()`, as
    // bash-completion writes them, can be defined (not all digits, no `=`:
    // `a=(...)` is an array assignment).
    bool is_function_name(std::string_view n) const {
        if (is_valid_name(n)) return true;
        if (lex_.strict_posix() || n.empty() || n.find('=') != std::string_view::npos) return false;
        return n.find_first_not_of("0123456789") != std::string_view::npos;
    }

    // ---- bash's compound commands ----

    // `[[` is a reserved word of bash's; in strict POSIX mode it is an
    // ordinary word, as POSIX reads it.
    bool is_bash_compound_start(std::string_view w) const {
        return !lex_.strict_posix() && (w == "[[" || w == "select");
    }

    // select_clause : Select name (linebreak in wordlist)? sequential_sep do_group
    // Written as a for loop is, so it is read by parse_for_clause.
    ast::SelectClause parse_select_clause() {
        take();  // select
        return ast::SelectClause{parse_for_clause()};
    }

    // cond_command : '[[' cond_or ']]'
    // Newlines may come between the parts, as in bash.
    ast::CondCommand parse_cond_command() {
        take();
        ast::CondCommand c;
        c.expr = parse_cond_or();
        Token& t = cond_peek();
        if (!t.is_plain_word("]]")) cond_unexpected(t, "]]");
        take();
        return c;
    }

    Token& cond_peek() {
        while (peek().is(TokenKind::Newline)) take();
        return peek();
    }

    // An operand: a word (`2` of `[[ 2>1 ]]` too), but not the closing `]]`.
    bool is_cond_operand(Token& t) {
        return (t.is(TokenKind::Word) && !t.is_plain_word("]]")) || t.is(TokenKind::IoNumber);
    }

    [[noreturn]] void cond_unexpected(const Token& t, std::string_view expecting) {
        if (t.is_plain_word("-a") || t.is_plain_word("-o"))
            throw ParseError(Kind::Syntax,
                             "syntax error: unexpected " + t.describe() +
                                 " in [[ ]] (there, write && and || instead of test's -a and -o)",
                             t.span);
        unexpected(t, expecting);
    }

    static std::unique_ptr<ast::CondExpr> cond_node(ast::CondExpr::Kind kind, Span span) {
        auto node = std::make_unique<ast::CondExpr>();
        node->kind = kind;
        node->span = span;
        return node;
    }

    // cond_or  : cond_and ('||' cond_and)*
    // cond_and : cond_term ('&&' cond_term)*
    std::unique_ptr<ast::CondExpr> parse_cond_or() {
        auto left = parse_cond_and();
        while (cond_peek().is(TokenKind::OrIf)) {
            auto node = cond_node(ast::CondExpr::Kind::Or, take().span);
            node->left = std::move(left);
            node->right = parse_cond_and();
            left = std::move(node);
        }
        return left;
    }
    std::unique_ptr<ast::CondExpr> parse_cond_and() {
        auto left = parse_cond_term();
        while (cond_peek().is(TokenKind::AndIf)) {
            auto node = cond_node(ast::CondExpr::Kind::And, take().span);
            node->left = std::move(left);
            node->right = parse_cond_term();
            left = std::move(node);
        }
        return left;
    }

    // cond_term : '!' cond_term | '(' cond_or ')'
    //           | UNARY word | word BINARY word | word
    // As in bash, an operator must be unquoted, and a word that is an
    // operator is one: `[[ -f ]]` lacks the file name.
    std::unique_ptr<ast::CondExpr> parse_cond_term() {
        using CondKind = ast::CondExpr::Kind;
        Lexer::DepthGuard guard(lex_, peek().span);
        Token& t = cond_peek();
        if (t.is_plain_word("!")) {
            auto node = cond_node(CondKind::Not, take().span);
            node->left = parse_cond_term();
            return node;
        }
        if (t.is(TokenKind::LParen)) {
            take();
            auto inner = parse_cond_or();
            Token& r = cond_peek();
            if (!r.is(TokenKind::RParen)) cond_unexpected(r, ")");
            take();
            return inner;
        }
        if (!is_cond_operand(t)) cond_unexpected(t, {});
        std::string op;
        if (t.plain_text(op) && is_cond_unary_op(op)) {
            auto node = cond_node(CondKind::Unary, take().span);
            node->op = op;
            Token& operand = cond_peek();
            if (!is_cond_operand(operand)) cond_unexpected(operand, {});
            node->words.push_back(take().word);
            return node;
        }
        auto node = cond_node(CondKind::Word, t.span);
        node->words.push_back(take().word);
        Token& o = cond_peek();
        op.clear();
        if (o.is(TokenKind::Less) || o.is(TokenKind::Great)) {
            op = token_kind_text(o.kind);
        } else if (!o.plain_text(op) || !is_cond_binary_op(op)) {
            if (o.is(TokenKind::AndIf) || o.is(TokenKind::OrIf) || o.is(TokenKind::RParen) || o.is_plain_word("]]"))
                return node;
            cond_unexpected(o, "]]");
        }
        take();
        node->kind = CondKind::Binary;
        node->op = op;
        // The regular expression of =~ and the pattern of == = != are read
        // by rules of their own; the other operands are ordinary words.
        const bool pattern = op == "==" || op == "=" || op == "!=";
        if (op != "=~" && !pattern) cond_peek();
        Token right = op == "=~" ? lex_.next_regex_word() : pattern ? lex_.next_pattern_word() : take();
        if (!is_cond_operand(right)) cond_unexpected(right, {});
        node->words.push_back(std::move(right.word));
        return node;
    }

    static bool is_cond_unary_op(std::string_view op) {
        if (op.size() != 2 || op[0] != '-') return false;
        return std::string_view("abcdefghLnprSstuwxzkGONvo").find(op[1]) != std::string_view::npos;
    }
    static bool is_cond_binary_op(std::string_view op) {
        return op == "=" || op == "==" || op == "!=" || op == "=~" || op == "-eq" || op == "-ne" || op == "-gt" ||
               op == "-ge" || op == "-lt" || op == "-le" || op == "-nt" || op == "-ot" || op == "-ef";
    }

    // function_keyword : 'function' fname ('(' ')')? linebreak function_body
    // bash's other way to define a function, with any compound command as
    // its body: `function f { ...; }`, `function f() { ...; }`, and even
    // `function f ( subshell )`. As in bash, fname may be any unquoted word
    // (`function my-func`); `function` is a command name in strict POSIX mode.
    ast::Command parse_function_keyword() {
        ast::Command cmd;
        cmd.span = take().span;
        Token& t = peek();
        std::string name;
        if (!t.is(TokenKind::Word)) unexpected(t, "name");
        if (!t.plain_text(name) || name.empty())
            throw ParseError(Kind::Syntax, "syntax error: bad function name '" + t.word.text + "'", t.span);
        take();
        ast::Command body;
        if (peek().is(TokenKind::LParen)) {
            Span open = take().span;
            if (!peek().is(TokenKind::RParen)) {
                // `function f ( echo hi )`: the parenthesis opened the body.
                Lexer::DepthGuard guard(lex_, open, Lexer::Nesting::Command);
                ast::Subshell subshell;
                subshell.body = parse_compound_list(")");
                Token& r = peek();
                if (!r.is(TokenKind::RParen)) unexpected(r, ")");
                take();
                body.span = open;
                body.node = std::move(subshell);
                parse_redirect_list(body.redirects);
                cmd.node = ast::FunctionDef{name, std::make_shared<const ast::Command>(std::move(body)),
                                            definition_text(cmd.span)};
                return cmd;
            }
            take();
        }
        linebreak();
        Token& b = peek_command();
        std::string w;
        if (!b.is(TokenKind::LParen) && !(b.plain_text(w) && (is_compound_start(w) || is_bash_compound_start(w))))
            unexpected(b);
        body = parse_compound_command();
        cmd.node = ast::FunctionDef{name, std::make_shared<const ast::Command>(std::move(body)),
                                    definition_text(cmd.span)};
        return cmd;
    }

    // A function definition's text as written, for declare -f: from `from`
    // up to the next token (its redirections were read with the body),
    // without trailing blanks.
    std::string definition_text(Span from) {
        std::string text = lex_.text_between(from, peek().span);
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
        return text;
    }

    // function_definition : fname '(' ')' linebreak function_body
    // function_body       : compound_command redirect_list?
    ast::Command parse_function_definition(Token name) {
        std::string n;
        if (!name.plain_text(n) || !is_function_name(n)) {
            // `arr=(a b)`: bash's array assignment, which POSIX reads as a
            // function definition with a bad name.
            if (n.size() > 1 && n.back() == '=' && is_valid_name(n.substr(0, n.size() - 1)))
                throw ParseError(Kind::Syntax, "syntax error: unexpected '(' after '" + n + "' (" +
                                                   std::string(bash_habit_hint(BashHabit::Array)) + ")",
                                 peek().span);
            throw ParseError(Kind::Syntax, "syntax error: bad function name '" + name.word.text + "'", name.span);
        }
        take();  // (
        Token& r = peek();
        if (!r.is(TokenKind::RParen)) unexpected(r, ")");
        take();
        linebreak();
        Token& b = peek_command();
        std::string w;
        if (!b.is(TokenKind::LParen) && !b.is(TokenKind::ArithCommand) &&
            !(b.plain_text(w) && (is_compound_start(w) || is_bash_compound_start(w))))
            unexpected(b);
        ast::Command body = parse_compound_command();
        ast::Command cmd;
        cmd.span = name.span;
        cmd.node = ast::FunctionDef{n, std::make_shared<const ast::Command>(std::move(body)),
                                    definition_text(name.span)};
        return cmd;
    }

    // simple_command : cmd_prefix? cmd_word cmd_suffix? | cmd_prefix
    // cmd_prefix     : (io_redirect | ASSIGNMENT_WORD)+
    // cmd_suffix     : (io_redirect | WORD)+
    // An assignment counts only before the command word (XCU 2.10.2 rule 7).
    ast::Command parse_simple_command(std::optional<Token> first) {
        ast::Command cmd;
        ast::SimpleCommand sc;
        cmd.span = first ? first->span : peek().span;
        // `function f {`: a command named `function` to POSIX, bash's
        // function syntax to the one who typed it; the syntax error that
        // follows (at `}` or `(`) gets a hint.
        if (first && first->is_plain_word("function")) habit_ = BashHabit::FunctionKeyword;
        if (first) add_word(sc, std::move(*first));
        for (;;) {
            Token& t = peek_word(sc.words.empty());
            if (t.is(TokenKind::IoNumber) || t.is_redirection()) {
                sc.redirects.push_back(parse_io_redirect());
            } else if (t.is(TokenKind::Word)) {
                add_word(sc, take());
            } else {
                break;
            }
        }
        cmd.node = std::move(sc);
        return cmd;
    }

    void add_word(ast::SimpleCommand& sc, Token t) {
        if (sc.words.empty()) {
            bool array = opens_array(t);
            ast::Assignment a;
            if (split_assignment(t, a)) {
                if (array) parse_array_items(a);
                sc.assignments.push_back(std::move(a));
                return;
            }
        } else if (is_declaration_name(sc.words.front()) && opens_array(t)) {
            // `declare -a a=(x y)`, `local a=(...)`: bash reads the array
            // as part of the argument. (Not built for export and readonly:
            // `readonly a=(x)` stays a syntax error; declare -r does it.)
            ast::Assignment a;
            const std::string& text = t.word.text;
            a.append = text.ends_with("+=");
            a.name = text.substr(0, text.size() - (a.append ? 2 : 1));
            a.span = t.span;
            parse_array_items(a);
            sc.array_arguments.push_back({sc.words.size(), std::move(a)});
        }
        sc.words.push_back(std::move(t.word));
    }

    static bool is_declaration_name(const ast::Word& w) {
        return w.parts.size() == 1 && std::holds_alternative<ast::Literal>(w.parts[0].node) &&
               (w.text == "declare" || w.text == "typeset" || w.text == "local");
    }

    // `NAME=(`, `NAME+=(`: bash's array assignment (not a function
    // definition), with the `(` right after the `=`.
    // In strict POSIX mode this stays a syntax error.
    bool opens_array(const Token& t) {
        if (lex_.strict_posix() || t.word.parts.size() != 1 || !std::holds_alternative<ast::Literal>(t.word.parts[0].node))
            return false;
        std::string_view name = t.word.text;
        if (!name.ends_with('=')) return false;
        name.remove_suffix(1);
        if (name.ends_with('+')) name.remove_suffix(1);
        if (!is_valid_name(name)) return false;
        Token& next = peek();
        return next.is(TokenKind::LParen) && next.span.line == t.span.line &&
               next.span.column == t.span.column + static_cast<int>(t.word.text.size());
    }

    // array : '(' linebreak (WORD linebreak)* ')'
    void parse_array_items(ast::Assignment& a) {
        Span open = take().span;
        a.array = true;
        for (;;) {
            linebreak();
            Token& t = peek();
            if (t.is(TokenKind::RParen)) {
                take();
                return;
            }
            if (!t.is(TokenKind::Word)) {
                if (t.is(TokenKind::End)) throw ParseError(Kind::Incomplete, "syntax error: missing ')' of the array", open);
                unexpected(t, ")");
            }
            Token w = take();
            ast::Assignment keyed;
            if (w.word.text.starts_with('[') && std::holds_alternative<ast::Literal>(w.word.parts[0].node) &&
                split_element_assignment(w, keyed, 0)) {
                a.items.push_back({std::move(keyed.subscript), std::move(keyed.value)});
            } else {
                a.items.push_back({nullptr, std::move(w.word)});
            }
        }
    }

    // NAME=value: the first part is unquoted text with a valid name before '='.
    // With bash's dialect on, also NAME+=value and NAME[index]=value; in
    // strict POSIX mode those are command names, as in dash.
    bool split_assignment(Token& t, ast::Assignment& a) {
        auto& parts = t.word.parts;
        if (parts.empty()) return false;
        auto* lit = std::get_if<ast::Literal>(&parts[0].node);
        if (!lit) return false;
        const std::string& text = lit->text;
        std::size_t name_end = 0;
        while (name_end < text.size() && is_name_char(static_cast<unsigned char>(text[name_end]))) ++name_end;
        if (name_end == 0 || !is_valid_name(std::string_view(text).substr(0, name_end))) return false;
        bool dialect = !lex_.strict_posix();
        if (dialect && name_end < text.size() && text[name_end] == '[') return split_element_assignment(t, a, name_end);
        std::size_t eq = name_end;
        if (dialect && text.compare(eq, 2, "+=") == 0) {
            a.append = true;
            ++eq;
        }
        if (eq >= text.size() || text[eq] != '=') {
            a.append = false;
            return false;
        }
        a.name = text.substr(0, name_end);
        take_value(t, a, 0, eq + 1);
        return true;
    }

    // The value: the rest of part `i` from `from`, and the parts after it.
    static void take_value(Token& t, ast::Assignment& a, std::size_t i, std::size_t from) {
        auto& parts = t.word.parts;
        const std::string& text = std::get<ast::Literal>(parts[i].node).text;
        a.span = t.span;
        std::size_t raw_eq = t.word.text.find('=');
        a.value.span = Span{t.span.line, t.span.column + static_cast<int>(raw_eq == std::string::npos ? 0 : raw_eq) + 1};
        std::string rest = text.substr(from);
        if (!rest.empty()) a.value.parts.push_back(ast::WordPart{ast::Literal{rest}, a.value.span});
        for (std::size_t k = i + 1; k < parts.size(); ++k) a.value.parts.push_back(std::move(parts[k]));
        if (raw_eq != std::string::npos) a.value.text = t.word.text.substr(raw_eq + 1);
    }

    // NAME[index]=value, NAME[index]+=value: the index runs to the first
    // unquoted `]` followed by `=` or `+=`, and may hold quotes and
    // expansions (`a[$i]=x`, `m["a key"]=x`).
    static bool split_element_assignment(Token& t, ast::Assignment& a, std::size_t name_end) {
        auto& parts = t.word.parts;
        std::size_t close_part = 0;
        std::size_t close = std::string::npos;
        std::size_t eq = 0;
        for (std::size_t i = 0; i < parts.size() && close == std::string::npos; ++i) {
            const auto* lit = std::get_if<ast::Literal>(&parts[i].node);
            if (!lit) continue;
            for (std::size_t k = lit->text.find(']', i == 0 ? name_end + 1 : 0); k != std::string::npos;
                 k = lit->text.find(']', k + 1)) {
                std::size_t e = k + 1;
                if (lit->text.compare(e, 2, "+=") == 0) ++e;
                if (e < lit->text.size() && lit->text[e] == '=') {
                    close_part = i;
                    close = k;
                    eq = e;
                    break;
                }
            }
        }
        if (close == std::string::npos) return false;
        const std::string& first = std::get<ast::Literal>(parts[0].node).text;
        a.name = first.substr(0, name_end);
        a.append = std::get<ast::Literal>(parts[close_part].node).text[eq - 1] == '+';
        auto sub = std::make_unique<ast::Word>();
        sub->span = t.span;
        auto add_text = [&](std::string text) {
            if (!text.empty()) sub->parts.push_back(ast::WordPart{ast::Literal{std::move(text)}, t.span});
        };
        if (close_part == 0) {
            add_text(first.substr(name_end + 1, close - name_end - 1));
        } else {
            add_text(first.substr(name_end + 1));
            for (std::size_t k = 1; k < close_part; ++k) sub->parts.push_back(std::move(parts[k]));
            add_text(std::get<ast::Literal>(parts[close_part].node).text.substr(0, close));
        }
        std::size_t raw_open = t.word.text.find('[');
        std::size_t raw_close = t.word.text.find(a.append ? "]+=" : "]=");
        if (raw_close != std::string::npos && raw_close > raw_open) sub->text = t.word.text.substr(raw_open + 1, raw_close - raw_open - 1);
        a.subscript = std::move(sub);
        take_value(t, a, close_part, eq + 1);
        return true;
    }

    // redirect_list : io_redirect+
    void parse_redirect_list(std::vector<ast::Redirect>& out) {
        while (peek().is(TokenKind::IoNumber) || peek().is_redirection()) out.push_back(parse_io_redirect());
    }

    // io_redirect : IO_NUMBER? (io_file | io_here)
    // io_file     : ('<' | '<&' | '>' | '>&' | '>>' | '<>' | '>|' | '<<<' | '&>') filename
    // io_here     : ('<<' | '<<-') here_end
    // A here-document's body is read after the next newline; the lexer fills
    // the HereDoc in (it is on the heap, so moving the Redirect is safe).
    ast::Redirect parse_io_redirect() {
        ast::Redirect r;
        r.span = peek().span;
        if (peek().is(TokenKind::IoNumber)) r.fd = take().io_number;
        Token op = take();
        if (!op.is_redirection()) unexpected(op);
        r.op = redir_op(op.kind);
        Token& w = peek();
        if (!w.is(TokenKind::Word)) unexpected(w);
        r.target = take().word;
        if (r.op == ast::RedirOp::HereDoc || r.op == ast::RedirOp::HereDocStrip) {
            r.heredoc = std::make_unique<ast::HereDoc>();
            set_heredoc_delimiter(*r.heredoc, r.target.text);
            lex_.add_pending_heredoc(r.heredoc.get(), r.op == ast::RedirOp::HereDocStrip);
        }
        return r;
    }

    // ---- nested programs (called by the lexer) ----

    // command substitution : '$(' linebreak compound_list? ')'
    // The lexer has read `$(`; we read up to and including the `)`.
    std::unique_ptr<ast::List> parse_command_subst() {
        linebreak();
        Token& t = peek_command();
        if (t.is(TokenKind::RParen)) {
            auto empty = std::make_unique<ast::List>();
            empty->span = t.span;
            take();
            return empty;
        }
        auto list = parse_compound_list(")");
        Token& r = peek();
        if (!r.is(TokenKind::RParen)) unexpected(r, ")");
        take();
        return list;
    }

    // The inside of `...` (or a here-document's $(...)): complete commands up
    // to the end of the barrier frame. Its text is complete, so running out
    // of it is a syntax error, not an unfinished command.
    std::unique_ptr<ast::List> parse_nested_program() {
        auto saved = lex_.take_pending_heredocs();
        try {
            auto list = std::make_unique<ast::List>();
            linebreak();
            list->span = peek().span;
            while (!peek_command().is(TokenKind::End)) {
                parse_list(*list);
                Token& t = peek();
                if (t.is(TokenKind::Newline)) {
                    linebreak();
                } else if (!t.is(TokenKind::End)) {
                    unexpected(t);
                }
            }
            take();
            lex_.restore_pending_heredocs(std::move(saved));
            return list;
        } catch (const ParseError& e) {
            peeked_.reset();
            lex_.restore_pending_heredocs(std::move(saved));
            throw ParseError(Kind::Syntax, e.what(), e.span());
        }
    }

    ParserOptions options_;
    Lexer lex_;
    std::optional<Token> peeked_;
    std::optional<BashHabit> habit_;  // a bash habit seen in this command: hint at its syntax error
};

}  // namespace

struct Parser::Impl {
    Grammar grammar;
    Impl(InputSource input, ParserOptions options) : grammar(std::move(input), std::move(options)) {}
};

Parser::Parser(InputSource input, ParserOptions options)
    : impl_(std::make_unique<Impl>(std::move(input), std::move(options))) {}

Parser::Parser(std::string_view text, ParserOptions options)
    : impl_(std::make_unique<Impl>(string_source(text), std::move(options))) {}

Parser::~Parser() = default;

std::optional<ast::List> Parser::next_command() {
    return impl_->grammar.next_command();
}

void Parser::recover() {
    impl_->grammar.recover();
}

int Parser::current_line() const {
    return impl_->grammar.lexer().current_line();
}

std::string Parser::text_between(Span from, Span to) const {
    return impl_->grammar.lexer().text_between(from, to);
}

ast::List parse_program(std::string_view text, ParserOptions options) {
    int first_line = options.first_line;
    Parser parser(text, std::move(options));
    ast::List all;
    all.span = Span{first_line, 1};
    bool first = true;
    while (auto list = parser.next_command()) {
        for (auto& item : list->items) {
            if (first) all.span = item.span;
            first = false;
            all.items.push_back(std::move(item));
        }
    }
    return all;
}

ast::Word parse_expansion_text(std::string_view text, Span span) {
    // No input of its own: the grammar is there for the $(...) in the text.
    Grammar grammar(string_source({}), {});
    ast::Word word;
    word.text = std::string(text);
    word.span = span;
    if (!word.text.empty()) grammar.lexer().read_expanding_text(word);
    return word;
}

void tokenize(std::string_view source, std::vector<LexedToken>& out, ParserOptions options) {
    Grammar grammar(string_source(source), options);
    Lexer& lex = grammar.lexer();
    bool delimiter_next = false;
    bool strip = false;
    for (;;) {
        lex.begin_command();
        LexedToken lt;
        lt.token = lex.next();
        const Token& t = lt.token;
        if (delimiter_next && t.is(TokenKind::Word)) {
            lt.heredoc = std::make_unique<ast::HereDoc>();
            set_heredoc_delimiter(*lt.heredoc, t.word.text);
            lex.add_pending_heredoc(lt.heredoc.get(), strip);
        }
        delimiter_next = t.is(TokenKind::DLess) || t.is(TokenKind::DLessDash);
        strip = t.is(TokenKind::DLessDash);
        bool end = t.is(TokenKind::End);
        out.push_back(std::move(lt));
        if (end) return;
    }
}

}  // namespace forksh
