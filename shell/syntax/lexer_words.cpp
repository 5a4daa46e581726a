// lexer_words.cpp: the lexer's second half: reading one word into parts
// (POSIX XCU 2.2 quoting, 2.3 rules 4-5, 2.6 expansions as they are recognised).
//
// A word is read in a context that says what ends it and what a backslash
// quotes:
//   Unquoted      ends at a blank or operator;  \ quotes any character
//   DoubleQuoted  ends at ";                    \ quotes only $ ` " \ newline
//   BraceArg      ends at } (${x:-word});       \ quotes any character
//   BraceArgDq    ends at } inside "...";       \ quotes $ ` " \ }
//   HereDoc       runs to the end of the body;  \ quotes $ ` \ newline; " is plain
//   Arith         ends at the matching ))
// Expansions are parsed here once: $name, ${...}, $(...) (by the parser, on
// the same input), `...` (as a nested program), $((...)).
// No system calls.
#include <cctype>
#include <cstring>

#include "shell/syntax/lexer.hpp"
#include "shell/text/escapes.hpp"
#include "shell/text/names.hpp"

namespace forksh {

namespace {

bool is_one_of(int c, const char* set) {
    return c > 0 && std::strchr(set, c) != nullptr;
}
bool is_digit(int c) {
    return c >= '0' && c <= '9';
}
// Special parameters other than digits (XCU 2.5.2).
bool is_special(int c) {
    return is_one_of(c, "@*#?-$!");
}

}  // namespace

// WORD token; digits right before < or > make an IO_NUMBER instead (2>err).
void Lexer::read_word(Token& token, bool regex) {
    token.kind = TokenKind::Word;
    token.word.span = token.span;
    {
        Recorder recorder(*this, token.word.text);
        read_parts(regex ? WordContext::Regex : WordContext::Unquoted, token.word.parts);
    }
    std::string digits;
    if (!regex && token.plain_text(digits) && !digits.empty() && digits.size() <= 9 &&
        digits.find_first_not_of("0123456789") == std::string::npos && (peek() == '<' || peek() == '>')) {
        token.kind = TokenKind::IoNumber;
        token.io_number = std::stoi(digits);
    }
}

void Lexer::add_literal(std::vector<ast::WordPart>& parts, std::string_view text, Span span) {
    if (!parts.empty())
        if (auto* lit = std::get_if<ast::Literal>(&parts.back().node)) {
            lit->text += text;
            return;
        }
    parts.push_back(ast::WordPart{ast::Literal{std::string(text)}, span});
}

// bash reads `@(a|b c)` as one piece of the word when extglob is on: the
// kind character, `(`, anything up to the matching `)` (blanks, `|`, quotes,
// expansions, nested groups), and `)`.
bool Lexer::at_extglob_group() {
    return extglob_now_ && is_one_of(peek(), "?*+@!") && peek(1) == '(';
}

void Lexer::read_extglob_group(std::vector<ast::WordPart>& parts) {
    Span span = current_span();
    std::string opening(1, static_cast<char>(peek()));
    opening += '(';
    advance();
    advance();
    add_literal(parts, opening, span);
    read_parts(WordContext::ExtglobGroup, parts);
    if (peek() != ')')
        fail(ParseError::Kind::Incomplete, "syntax error: the extended pattern group " + opening + " has no closing ')'",
             span);
    span = current_span();
    advance();
    add_literal(parts, ")", span);
}

void Lexer::read_parts(WordContext ctx, std::vector<ast::WordPart>& parts) {
    int parens = 0;  // Regex: how many ( are open
    for (;;) {
        int c = peek();
        if (c == end_of_input) return;
        switch (ctx) {
            case WordContext::Unquoted:
                if ((c == '<' || c == '>') && at_process_subst()) {
                    read_process_subst(parts);
                    continue;
                }
                if (at_extglob_group()) {
                    read_extglob_group(parts);
                    continue;
                }
                if (is_one_of(c, " \t\n;&|<>()")) return;
                break;
            case WordContext::ExtglobGroup:
                if (parens == 0 && c == ')') return;
                if (at_extglob_group()) {  // a nested group
                    read_extglob_group(parts);
                    continue;
                }
                if (c == '(') ++parens;
                if (c == ')') --parens;
                break;
            case WordContext::Regex:
                if (parens == 0 && is_one_of(c, " \t\n;&<>)")) return;
                if (c == '(') ++parens;
                if (c == ')') --parens;
                break;
            case WordContext::DoubleQuoted:
                if (c == '"') return;
                break;
            case WordContext::BraceArg:
            case WordContext::BraceArgDq:
                if (c == '}' || (brace_stops_ != nullptr && is_one_of(c, brace_stops_))) return;
                break;
            case WordContext::Subscript:
                if (c == ']' || c == '}') return;
                break;
            case WordContext::HereDoc:
            case WordContext::Arith: break;
        }
        bool single_quotes = ctx == WordContext::Unquoted || ctx == WordContext::BraceArg ||
                             ctx == WordContext::Regex || ctx == WordContext::Subscript ||
                             ctx == WordContext::ExtglobGroup;
        bool double_quotes = single_quotes || ctx == WordContext::BraceArgDq;
        if (c == '\\') {
            read_escape(ctx, parts);
        } else if (c == '\'' && single_quotes) {
            read_single_quoted(parts);
        } else if (c == '"' && double_quotes) {
            read_double_quoted(parts);
        } else if (c == '$') {
            read_dollar(ctx, parts);
        } else if (c == '`') {
            read_backquoted(ctx, parts);
        } else {
            Span span = current_span();
            advance();
            add_literal(parts, std::string(1, static_cast<char>(c)), span);
            // A large here-document is read in pieces that end at a newline
            // outside any expansion (see check_heredoc_pieces).
            if (c == '\n' && ctx == WordContext::HereDoc && heredoc_piece_end_ != 0 &&
                frames_.back().pos >= heredoc_piece_end_)
                return;
        }
    }
}

void Lexer::read_escape(WordContext ctx, std::vector<ast::WordPart>& parts) {
    Span span = current_span();
    advance();  // the backslash; a backslash-newline never gets here
    int d = raw(0);
    if (d == end_of_input) {
        add_literal(parts, "\\", span);
        return;
    }
    bool quotes = false;
    switch (ctx) {
        case WordContext::Unquoted:
        case WordContext::Regex:
        case WordContext::ExtglobGroup:
        case WordContext::Subscript:
        case WordContext::BraceArg: quotes = true; break;
        case WordContext::DoubleQuoted: quotes = is_one_of(d, "$`\"\\"); break;
        case WordContext::BraceArgDq: quotes = is_one_of(d, "$`\"\\}"); break;
        case WordContext::HereDoc: quotes = is_one_of(d, "$`\\"); break;
        case WordContext::Arith: quotes = false; break;
    }
    if (!quotes) {
        // Inside "...", \a is two characters: the backslash stays.
        add_literal(parts, "\\", span);
        return;
    }
    advance_raw();
    std::string ch(1, static_cast<char>(d));
    if (d >= 0xC0) {  // keep a whole UTF-8 sequence together
        while (ch.size() < 4 && raw(0) >= 0x80 && raw(0) < 0xC0) {
            ch.push_back(static_cast<char>(raw(0)));
            advance_raw();
        }
    }
    parts.push_back(ast::WordPart{ast::Escaped{ch}, span});
}

// The raw text up to the closing single quote (consumed, not kept), with
// no backslash-newline removal: '...' and $'...'. With `backslash_pairs`
// ($'...'), a backslash and the character after it are kept together, so
// \' does not close.
std::string Lexer::read_to_single_quote(Span span, bool backslash_pairs) {
    auto next = [&]() {
        int c = raw(0);
        if (c == end_of_input)
            fail(ParseError::Kind::Incomplete, "syntax error: unterminated quoted string", span);
        advance_raw();
        return static_cast<char>(c);
    };
    std::string text;
    for (char c = next(); c != '\''; c = next()) {
        text.push_back(c);
        if (backslash_pairs && c == '\\') text.push_back(next());
    }
    return text;
}

void Lexer::read_single_quoted(std::vector<ast::WordPart>& parts) {
    Span span = current_span();
    advance();
    parts.push_back(ast::WordPart{ast::SingleQuoted{read_to_single_quote(span, false)}, span});
}

void Lexer::read_double_quoted(std::vector<ast::WordPart>& parts) {
    Span span = current_span();
    DepthGuard guard(*this, span, Nesting::Quote);
    advance();
    ast::DoubleQuoted dq;
    read_parts(WordContext::DoubleQuoted, dq.parts);
    if (peek() != '"') fail(ParseError::Kind::Incomplete, "syntax error: unterminated quoted string", span);
    advance();
    parts.push_back(ast::WordPart{std::move(dq), span});
}

void Lexer::read_dollar(WordContext ctx, std::vector<ast::WordPart>& parts) {
    Span span = current_span();
    int c1 = peek(1);
    if (c1 == '(') {
        if (peek(2) == '(' && paren_paren_is_arithmetic(3)) {
            advance();
            advance();
            advance();
            read_arithmetic(parts, span);
        } else {
            advance();
            advance();
            read_command_subst(parts, span);
        }
        return;
    }
    if (c1 == '{') {
        advance();
        advance();
        read_braced_parameter(ctx, parts, span);
        return;
    }
    if (c1 == '\'' && (ctx == WordContext::Unquoted || ctx == WordContext::BraceArg || ctx == WordContext::Regex)) {
        advance();
        advance();
        read_ansi_c(parts, span);
        return;
    }
    ast::Parameter p;
    if (is_name_start(c1)) {
        advance();
        p.name = read_run(is_name_char);
    } else if (is_digit(c1) || is_special(c1)) {
        advance();
        advance();
        p.name = std::string(1, static_cast<char>(c1));
    } else {
        advance();
        add_literal(parts, "$", span);
        return;
    }
    parts.push_back(ast::WordPart{std::move(p), span});
}

void Lexer::read_ansi_c(std::vector<ast::WordPart>& parts, Span span) {
    std::string text = read_to_single_quote(span, true);
    // Decoded once, here, by bash's $'...' rules (escapes.hpp).
    std::string decoded;
    append_escapes(text, decoded, ansi_c_escapes);
    parts.push_back(ast::WordPart{ast::AnsiCQuoted{std::move(decoded)}, span});
}

// Consumes the run of characters `accept` takes and returns it.
std::string Lexer::read_run(bool (*accept)(int)) {
    std::string run;
    while (accept(peek())) {
        run.push_back(static_cast<char>(peek()));
        advance();
    }
    return run;
}

// After ${: a # that asks for a length (${#x}, ${#-}), rather than naming
// $# (${#}, ${##}, ${#%x}). Consumes the #, and for ${#-} also the name;
// returns true for a length.
bool Lexer::read_length_prefix(ast::Parameter& p) {
    if (peek() != '#') return false;
    int c1 = peek(1);
    advance();
    if (is_name_start(c1) || is_digit(c1)) return true;
    if (is_special(c1) && peek(1) == '}') {
        advance();
        p.name = std::string(1, static_cast<char>(c1));
        return true;
    }
    p.name = "#";
    return false;
}

// The name of ${name...}: a name, all the digits (${10}), or one special
// character; "" when none starts here (a bad substitution).
std::string Lexer::read_parameter_name() {
    int c = peek();
    if (is_name_start(c)) return read_run(is_name_char);
    if (is_digit(c)) return read_run(is_digit);
    if (!is_special(c)) return {};
    advance();
    return std::string(1, static_cast<char>(c));
}

// The operator after the name: [:]- [:]= [:]? [:]+ % %% # ##, and bash's
// :offset /pattern ^ ^^ , ,, (errors in POSIX, so no POSIX program changes).
// False when there is none (a bad substitution).
bool Lexer::read_parameter_op(ast::Parameter& p) {
    using ast::ParamOp;
    int c = peek();
    if (c == ':') {
        advance();
        c = peek();
        if (!is_one_of(c, "-=?+")) {
            if (c == '}') return false;  // ${x:} is no substring (bash: bad substitution)
            p.op = ParamOp::Substring;  // ${x:offset[:length]}: the offset starts here
            return true;
        }
        p.colon = true;
    }
    if (c == '/') {
        advance();
        int d = peek();
        p.op = d == '/' ? ParamOp::ReplaceAll : d == '#' ? ParamOp::ReplacePrefix
             : d == '%' ? ParamOp::ReplaceSuffix : ParamOp::ReplaceFirst;
        if (p.op != ParamOp::ReplaceFirst) advance();
        return true;
    }
    bool doubled = is_one_of(c, "%#^,") && peek(1) == c;  // %% ## ^^ ,,
    switch (c) {
        case '-': p.op = ParamOp::UseDefault; break;
        case '=': p.op = ParamOp::AssignDefault; break;
        case '?': p.op = ParamOp::ErrorIfUnset; break;
        case '+': p.op = ParamOp::UseAlternative; break;
        case '%': p.op = doubled ? ParamOp::RemoveLargestSuffix : ParamOp::RemoveSmallestSuffix; break;
        case '#': p.op = doubled ? ParamOp::RemoveLargestPrefix : ParamOp::RemoveSmallestPrefix; break;
        case '^': p.op = doubled ? ParamOp::UpperAll : ParamOp::UpperFirst; break;
        case ',': p.op = doubled ? ParamOp::LowerAll : ParamOp::LowerFirst; break;
        default: return false;
    }
    if (doubled) advance();
    advance();
    return true;
}

// One word of an operator up to `}` (or one of `stops`), its text recorded.
// Patterns and replacements keep their own quoting even inside "...": in
// "${x#'a*'}" the single quotes quote (POSIX 2.6.2, dash, bash); only the
// word of ${x-word} ${x=word} ${x?word} ${x+word} is read as inside "...".
std::unique_ptr<ast::Word> Lexer::read_brace_word(bool in_dq, const char* stops) {
    auto word = std::make_unique<ast::Word>();
    word->span = current_span();
    const char* outer = brace_stops_;
    brace_stops_ = stops;
    try {
        Recorder recorder(*this, word->text);
        read_parts(in_dq ? WordContext::BraceArgDq : WordContext::BraceArg, word->parts);
    } catch (...) {
        brace_stops_ = outer;
        throw;
    }
    brace_stops_ = outer;
    return word;
}

// The words after the operator, then the closing brace.
void Lexer::read_parameter_words(ast::Parameter& p, bool in_dq, Span span) {
    using ast::ParamOp;
    bool own_quoting = p.op != ParamOp::UseDefault && p.op != ParamOp::AssignDefault &&
                       p.op != ParamOp::ErrorIfUnset && p.op != ParamOp::UseAlternative &&
                       p.op != ParamOp::Substring && p.op != ParamOp::Plain;
    bool dq_context = in_dq && !own_quoting;
    if (p.op == ParamOp::Substring) {
        p.arg = read_brace_word(dq_context, ":");
        if (peek() == ':') {
            advance();
            p.arg2 = read_brace_word(dq_context, nullptr);
        }
    } else if (p.op >= ParamOp::ReplaceFirst && p.op <= ParamOp::ReplaceSuffix) {
        p.arg = read_brace_word(dq_context, "/");
        if (peek() == '/') {
            advance();
            p.arg2 = read_brace_word(dq_context, nullptr);
        }
    } else {
        p.arg = read_brace_word(dq_context, nullptr);
    }
    if (peek() != '}') fail(ParseError::Kind::Incomplete, "syntax error: missing '}'", span);
    advance();
}

// Anything else up to the closing brace: kept, and reported when expanded
// with the text as written (`head` is what was read before the trouble).
void Lexer::read_bad_substitution(ast::Parameter& p, bool in_dq, const std::string& head, Span span) {
    if (peek() == end_of_input) fail(ParseError::Kind::Incomplete, "syntax error: missing '}'", span);
    p.bad = true;
    p.op = ast::ParamOp::Plain;
    p.colon = false;
    read_parameter_words(p, in_dq, span);
    p.text = "${" + head + p.arg->text + "}";
}

// After ${: the `!` of ${!name} (indirection), ${!prefix*} and ${!a[@]}.
// ${!}, ${!-x}, ${!?x} ... stay POSIX's $! with an operator.
bool Lexer::read_indirect_mark() {
    if (peek() != '!') return false;
    int c1 = peek(1);
    if (!(is_name_start(c1) || is_digit(c1) || (c1 == '#' && peek(2) == '}'))) return false;
    advance();
    return true;
}

// [index] after a name: its parts, read with quotes and expansions, kept
// for the expander (an index is arithmetic, a key a string). False when
// no `]` closes it.
bool Lexer::read_subscript(ast::Parameter& p) {
    advance();  // [
    p.subscript = std::make_unique<ast::Word>();
    p.subscript->span = current_span();
    {
        Recorder recorder(*this, p.subscript->text);
        read_parts(WordContext::Subscript, p.subscript->parts);
    }
    if (peek() != ']') return false;
    advance();
    return true;
}

// Everything of ${...} before the operator's words: `!` or `#`, the name,
// an [index], and the operator itself.
Lexer::BraceHead Lexer::read_parameter_head(ast::Parameter& p) {
    p.indirect = read_indirect_mark();
    bool length = !p.indirect && read_length_prefix(p);
    if (p.name.empty()) p.name = read_parameter_name();
    if (p.name.empty()) return BraceHead::Bad;
    if (p.indirect && is_name_start(p.name[0]) && is_one_of(peek(), "*@") && peek(1) == '}') {
        p.op = ast::ParamOp::Names;  // ${!prefix*}
        p.names_star = peek() == '*';
        p.indirect = false;
        advance();
        return BraceHead::Close;
    }
    if (is_name_start(p.name[0]) && peek() == '[' && !read_subscript(p)) return BraceHead::Bad;
    if (p.indirect && ast::subscript_is_all(p) && peek() == '}') {
        p.op = ast::ParamOp::Keys;  // ${!a[@]}
        p.indirect = false;
        return BraceHead::Close;
    }
    if (length || peek() == '}') {
        if (peek() != '}') return BraceHead::Bad;
        if (length) p.op = ast::ParamOp::Length;
        return BraceHead::Close;
    }
    return read_parameter_op(p) ? BraceHead::Operator : BraceHead::Bad;
}

// ${name}, ${#name}, ${name[:]op word}, ${name%pattern} ... with the special
// cases of dash: ${#} is $#, ${##} is the length of $#, ${##x} removes x
// from the front of $#, ${#-} is the length of $-. Anything else up to the
// closing brace is a bad substitution, reported when expanded (as dash).
void Lexer::read_braced_parameter(WordContext ctx, std::vector<ast::WordPart>& parts, Span span) {
    DepthGuard guard(*this, span);
    const char* outer_stops = brace_stops_;
    brace_stops_ = nullptr;  // a stop of an outer ${x/...} does not end this one's words
    struct RestoreStops {
        Lexer& lexer;
        const char* stops;
        ~RestoreStops() { lexer.brace_stops_ = stops; }
    } restore{*this, outer_stops};
    ast::Parameter p;
    p.braced = true;
    bool in_dq = ctx == WordContext::DoubleQuoted || ctx == WordContext::BraceArgDq || ctx == WordContext::HereDoc;
    std::string head;
    BraceHead next;
    {
        Recorder recorder(*this, head);
        next = read_parameter_head(p);
    }
    switch (next) {
        case BraceHead::Close:
            advance();
            p.text = "${" + head + "}";
            break;
        case BraceHead::Operator:
            read_parameter_words(p, in_dq, span);
            p.text = "${" + head + p.arg->text;
            if (p.arg2) p.text += (p.op == ast::ParamOp::Substring ? ":" : "/") + p.arg2->text;
            p.text += "}";
            break;
        case BraceHead::Bad: read_bad_substitution(p, in_dq, head, span); break;
    }
    parts.push_back(ast::WordPart{std::move(p), span});
}

void Lexer::read_command_subst(std::vector<ast::WordPart>& parts, Span span) {
    DepthGuard guard(*this, span);
    ast::CommandSubst cs;
    {
        Recorder recorder(*this, cs.text);
        if (!hooks_.parse_command_subst) fail(ParseError::Kind::Syntax, "syntax error: no parser for $(", span);
        cs.body = hooks_.parse_command_subst();
    }
    // The parser consumed the closing ')' as its last token.
    if (!cs.text.empty() && cs.text.back() == ')') cs.text.pop_back();
    parts.push_back(ast::WordPart{std::move(cs), span});
}

// <( and >( with bash's dialect on. POSIX reads them as a redirection
// followed by `(`, which is always a syntax error there.
bool Lexer::at_process_subst() {
    int c = peek();
    return (c == '<' || c == '>') && peek(1) == '(' && !strict_posix();
}

// <(list) or >(list): the list is parsed as $(list) is, by the parser on
// the same input, up to and including the `)`.
void Lexer::read_process_subst(std::vector<ast::WordPart>& parts) {
    Span span = current_span();
    DepthGuard guard(*this, span);
    ast::ProcessSubst ps;
    ps.output = peek() == '>';
    advance();
    advance();
    {
        Recorder recorder(*this, ps.text);
        if (!hooks_.parse_command_subst) fail(ParseError::Kind::Syntax, "syntax error: no parser for <(", span);
        ps.body = hooks_.parse_command_subst();
    }
    if (!ps.text.empty() && ps.text.back() == ')') ps.text.pop_back();
    parts.push_back(ast::WordPart{std::move(ps), span});
}

// `...`: the text up to the closing backquote, with \$ \` \\ (and \" inside
// double quotes) unescaped, is then parsed as a program of its own.
void Lexer::read_backquoted(WordContext ctx, std::vector<ast::WordPart>& parts) {
    Span span = current_span();
    DepthGuard guard(*this, span);
    advance();
    bool in_dq = ctx == WordContext::DoubleQuoted || ctx == WordContext::BraceArgDq;
    Span inner_span = current_span();
    std::string inner;
    ast::CommandSubst cs;
    cs.backquoted = true;
    {
        Recorder recorder(*this, cs.text);
        for (;;) {
            int c = raw(0);
            if (c == end_of_input)
                fail(ParseError::Kind::Incomplete, "syntax error: unexpected end of file (expecting '`')", span);
            advance_raw();
            if (c == '`') break;
            if (c == '\\') {
                int d = raw(0);
                if (d == '$' || d == '`' || d == '\\' || (in_dq && d == '"')) {
                    advance_raw();
                    inner.push_back(static_cast<char>(d));
                    continue;
                }
                if (d == '\n') {
                    advance_raw();
                    continue;
                }
            }
            inner.push_back(static_cast<char>(c));
        }
    }
    if (!cs.text.empty()) cs.text.pop_back();  // the closing backquote
    if (!hooks_.parse_nested_program) fail(ParseError::Kind::Syntax, "syntax error: no parser for `", span);
    push_barrier(inner, inner_span);
    try {
        cs.body = hooks_.parse_nested_program();
    } catch (...) {
        pop_barrier();
        throw;
    }
    pop_barrier();
    parts.push_back(ast::WordPart{std::move(cs), span});
}

// After `$((`: is this arithmetic, or a command substitution that starts
// with a subshell, `$( (cd /; ls) )` written without the space? Look ahead
// for the `)` that closes the first `(`: arithmetic when `))` closes both.
// The same test tells bash's `((x++))` from `((a); (b))` (opening 2).
bool Lexer::paren_paren_is_arithmetic(int opening) {
    std::size_t i = 0;
    for (int logical = 0; logical < opening;) {
        if (raw(i) == '\\' && raw(i + 1) == '\n') {
            i += 2;
            continue;
        }
        ++i;
        ++logical;
    }
    int depth = 0;
    for (;;) {
        int c = raw(i);
        if (c == end_of_input) return true;
        if (c == '\\') {
            i += 2;
            continue;
        }
        if (c == '\'' || c == '"') {
            ++i;
            while (raw(i) != end_of_input && raw(i) != c) i += (raw(i) == '\\' && c == '"') ? 2 : 1;
            ++i;
            continue;
        }
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (depth == 0) {
                std::size_t j = i + 1;
                while (raw(j) == '\\' && raw(j + 1) == '\n') j += 2;
                return raw(j) == ')';
            }
            --depth;
        }
        ++i;
    }
}

// $((expression)): text with nested expansions; parentheses are balanced so
// that $(( (1+2)*3 )) ends at the right place.
void Lexer::read_arithmetic(std::vector<ast::WordPart>& parts, Span span) {
    DepthGuard guard(*this, span);
    ast::Arithmetic a;
    a.expr = std::make_unique<ast::Word>();
    read_arith_expression(*a.expr, span);
    parts.push_back(ast::WordPart{std::move(a), span});
}

// bash's arithmetic command ((expression)): the lexer has seen `((`.
void Lexer::read_arith_command(Token& token) {
    DepthGuard guard(*this, token.span);
    advance();
    advance();
    token.kind = TokenKind::ArithCommand;
    read_arith_expression(token.word, token.span);
}

// The expression after `$((` or `((`, up to and including the closing `))`.
// With bash's dialect on, "..." inside is quoted text, as in bash
// (`(( "$n" > 2 ))`); POSIX says a double quote is not special there.
void Lexer::read_arith_expression(ast::Word& expr, Span span) {
    expr.span = current_span();
    {
        Recorder recorder(*this, expr.text);
        int depth = 0;
        for (;;) {
            int c = peek();
            if (c == end_of_input) fail(ParseError::Kind::Incomplete, "syntax error: missing '))'", span);
            if (c == ')' && depth == 0) break;
            if (c == '$') {
                read_dollar(WordContext::Arith, expr.parts);
                continue;
            }
            if (c == '`') {
                read_backquoted(WordContext::Arith, expr.parts);
                continue;
            }
            if (c == '"' && !strict_posix()) {
                read_double_quoted(expr.parts);
                continue;
            }
            if (c == '(') ++depth;
            if (c == ')') --depth;
            Span s = current_span();
            advance();
            add_literal(expr.parts, std::string(1, static_cast<char>(c)), s);
        }
    }
    advance();
    if (peek() != ')') {
        if (peek() == end_of_input) fail(ParseError::Kind::Incomplete, "syntax error: missing '))'", span);
        fail(ParseError::Kind::Syntax, "syntax error: missing '))'", span);
    }
    advance();
}

}  // namespace forksh
