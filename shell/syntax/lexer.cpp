// lexer.cpp: the character stream, operators, comments and here-document
// bodies (POSIX XCU 2.3, 2.7.4). Words are read in lexer_words.cpp.
// No system calls: text arrives through the InputSource callback.
#include "shell/base/stack_guard.hpp"
#include "shell/syntax/lexer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace forksh {

// ---- tokens ------------------------------------------------------------------

std::string_view token_kind_name(TokenKind kind) {
    switch (kind) {
        case TokenKind::Word: return "WORD";
        case TokenKind::IoNumber: return "IO_NUMBER";
        case TokenKind::Newline: return "NEWLINE";
        case TokenKind::End: return "END";
        case TokenKind::Semi: return "SEMI";
        case TokenKind::DSemi: return "DSEMI";
        case TokenKind::Amp: return "AMP";
        case TokenKind::AndIf: return "AND_IF";
        case TokenKind::Pipe: return "PIPE";
        case TokenKind::OrIf: return "OR_IF";
        case TokenKind::LParen: return "LPAREN";
        case TokenKind::RParen: return "RPAREN";
        case TokenKind::Less: return "LESS";
        case TokenKind::Great: return "GREAT";
        case TokenKind::DGreat: return "DGREAT";
        case TokenKind::LessAnd: return "LESSAND";
        case TokenKind::GreatAnd: return "GREATAND";
        case TokenKind::LessGreat: return "LESSGREAT";
        case TokenKind::Clobber: return "CLOBBER";
        case TokenKind::DLess: return "DLESS";
        case TokenKind::DLessDash: return "DLESSDASH";
        case TokenKind::TLess: return "TLESS";
        case TokenKind::AndGreat: return "ANDGREAT";
        case TokenKind::AndDGreat: return "ANDDGREAT";
        case TokenKind::PipeAnd: return "PIPE_AND";
        case TokenKind::SemiAnd: return "SEMI_AND";
        case TokenKind::DSemiAnd: return "DSEMI_AND";
        case TokenKind::ArithCommand: return "ARITH_COMMAND";
    }
    return "?";
}

std::string_view token_kind_text(TokenKind kind) {
    switch (kind) {
        case TokenKind::Word: return "word";
        case TokenKind::IoNumber: return "io number";
        case TokenKind::Newline: return "newline";
        case TokenKind::End: return "end of file";
        case TokenKind::Semi: return ";";
        case TokenKind::DSemi: return ";;";
        case TokenKind::Amp: return "&";
        case TokenKind::AndIf: return "&&";
        case TokenKind::Pipe: return "|";
        case TokenKind::OrIf: return "||";
        case TokenKind::LParen: return "(";
        case TokenKind::RParen: return ")";
        case TokenKind::Less: return "<";
        case TokenKind::Great: return ">";
        case TokenKind::DGreat: return ">>";
        case TokenKind::LessAnd: return "<&";
        case TokenKind::GreatAnd: return ">&";
        case TokenKind::LessGreat: return "<>";
        case TokenKind::Clobber: return ">|";
        case TokenKind::DLess: return "<<";
        case TokenKind::DLessDash: return "<<-";
        case TokenKind::TLess: return "<<<";
        case TokenKind::AndGreat: return "&>";
        case TokenKind::AndDGreat: return "&>>";
        case TokenKind::PipeAnd: return "|&";
        case TokenKind::SemiAnd: return ";&";
        case TokenKind::DSemiAnd: return ";;&";
        case TokenKind::ArithCommand: return "((";
    }
    return "?";
}

bool Token::is_redirection() const {
    switch (kind) {
        case TokenKind::Less:
        case TokenKind::Great:
        case TokenKind::DGreat:
        case TokenKind::LessAnd:
        case TokenKind::GreatAnd:
        case TokenKind::LessGreat:
        case TokenKind::Clobber:
        case TokenKind::DLess:
        case TokenKind::DLessDash:
        case TokenKind::TLess:
        case TokenKind::AndGreat:
        case TokenKind::AndDGreat: return true;
        default: return false;
    }
}

bool Token::plain_text(std::string& out) const {
    if (kind != TokenKind::Word || word.parts.size() != 1) return false;
    const auto* lit = std::get_if<ast::Literal>(&word.parts[0].node);
    if (!lit) return false;
    out = lit->text;
    return true;
}

bool Token::is_plain_word(std::string_view text) const {
    std::string s;
    return plain_text(s) && s == text;
}

std::string Token::describe() const {
    switch (kind) {
        case TokenKind::Word: return "'" + word.text + "'";
        case TokenKind::ArithCommand: return "'((" + word.text + "))'";
        case TokenKind::IoNumber: return "'" + std::to_string(io_number) + "'";
        case TokenKind::Newline: return "newline";
        case TokenKind::End: return "end of file";
        default: return "'" + std::string(token_kind_text(kind)) + "'";
    }
}

// ---- character stream -----------------------------------------------------------

Lexer::Lexer(InputSource input, int first_line) : input_(std::move(input)), first_line_(first_line) {
    line_starts_.push_back(0);
}

void Lexer::fail(ParseError::Kind kind, std::string message, Span span) {
    throw ParseError(kind, std::move(message), span);
}

Lexer::DepthGuard::DepthGuard(Lexer& lexer, Span span, Nesting nesting) : count_(nullptr) {
    if (stack::nearly_full())
        fail(ParseError::Kind::Syntax, "syntax error: nesting too deep (the shell's stack is nearly full)",
             span);
    if (nesting != Nesting::Word) return;
    if (lexer.depth_ >= max_nesting_depth)
        fail(ParseError::Kind::Syntax,
             fmt::format("syntax error: nesting too deep (more than {} words inside each other)", max_nesting_depth),
             span);
    ++lexer.depth_;
    count_ = &lexer.depth_;
}

Lexer::DepthGuard::~DepthGuard() {
    if (count_) --*count_;
}

// Append the next line of input to the buffer. The InputSource learns
// whether we are inside a command (PS2) or between commands (PS1).
bool Lexer::fill() {
    while (!eof_) {
        std::string line;
        if (!input_ || !input_(line, command_started_)) {
            eof_ = true;
            return false;
        }
        if (line.empty()) continue;
        std::size_t base = buf_.size();
        buf_ += line;
        for (std::size_t i = 0; i < line.size(); ++i)
            if (line[i] == '\n') line_starts_.push_back(base + i + 1);
        return true;
    }
    return false;
}

// The k-th character ahead, as written (no backslash-newline removal).
int Lexer::raw(std::size_t k) {
    for (std::size_t i = frames_.size(); i-- > 0;) {
        const Frame& f = frames_[i];
        std::size_t left = f.text.size() - f.pos;
        if (k < left) return static_cast<unsigned char>(f.text[f.pos + k]);
        k -= left;
        if (f.barrier) return end_of_input;
    }
    while (pos_ + k >= buf_.size())
        if (!fill()) return end_of_input;
    return static_cast<unsigned char>(buf_[pos_ + k]);
}

// The k-th character ahead after backslash-newline pairs are removed.
int Lexer::peek(std::size_t k) {
    std::size_t i = 0;
    for (;;) {
        int c = raw(i);
        if (c == '\\' && raw(i + 1) == '\n') {
            i += 2;
            continue;
        }
        if (k == 0 || c == end_of_input) return c;
        --k;
        ++i;
    }
}

// `depth` is the number of frames up to and including the one the character
// came from (0 for the main buffer).
void Lexer::record(char c, std::size_t depth) {
    if (recorders_.empty()) return;
    tape_.push_back(c);
    tape_depth_.push_back(depth);
}

void Lexer::end_recording() {
    const RecorderSlot& r = recorders_.back();
    for (std::size_t i = r.start; i < tape_.size(); ++i)
        if (tape_depth_[i] <= r.depth) r.out->push_back(tape_[i]);
    recorders_.pop_back();
    if (recorders_.empty()) {
        tape_.clear();
        tape_depth_.clear();
    }
}

void Lexer::advance_raw() {
    while (!frames_.empty()) {
        Frame& f = frames_.back();
        if (f.pos < f.text.size()) {
            char c = f.text[f.pos++];
            if (f.barrier) {
                if (c == '\n') {
                    ++f.span.line;
                    f.span.column = 1;
                } else {
                    ++f.span.column;
                }
            }
            record(c, frames_.size());
            command_started_ = true;
            return;
        }
        if (f.barrier) return;
        if (f.blank_end) alias_eligible_pending_ = true;
        frames_.pop_back();
    }
    if (pos_ >= buf_.size() && !fill()) return;
    char c = buf_[pos_++];
    record(c, 0);
    if (c != ' ' && c != '\t') command_started_ = true;
}

void Lexer::advance() {
    while (raw(0) == '\\' && raw(1) == '\n') {
        advance_raw();
        advance_raw();
    }
    advance_raw();
}

// An alias frame that is used up is dropped before the next token starts, so
// that the token is not counted as coming from that alias.
void Lexer::pop_exhausted_frames() {
    while (!frames_.empty()) {
        Frame& f = frames_.back();
        if (f.barrier || f.pos < f.text.size()) return;
        if (f.blank_end) alias_eligible_pending_ = true;
        frames_.pop_back();
    }
}

Span Lexer::span_of_offset(std::size_t offset) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
    return Span{first_line_ + static_cast<int>(index),
                static_cast<int>(offset - line_starts_[index]) + 1};
}

Span Lexer::current_span() {
    for (std::size_t i = frames_.size(); i-- > 0;) {
        const Frame& f = frames_[i];
        if (f.pos < f.text.size() || f.barrier) return f.span;
    }
    return span_of_offset(pos_);
}

int Lexer::current_line() const {
    return span_of_offset(pos_).line;
}

std::string Lexer::text_between(Span from, Span to, std::size_t max) const {
    auto offset_of = [this](Span s) -> std::size_t {
        long index = s.line - first_line_;
        if (index < 0) return 0;
        if (static_cast<std::size_t>(index) >= line_starts_.size()) return buf_.size();
        std::size_t off = line_starts_[static_cast<std::size_t>(index)] +
                          static_cast<std::size_t>(std::max(s.column, 1) - 1);
        return std::min(off, buf_.size());
    };
    std::size_t a = offset_of(from), b = offset_of(to);
    if (b <= a) return {};
    return buf_.substr(a, std::min(b - a, max));
}

void Lexer::push_alias(std::string name, std::string text, Span span) {
    Frame f;
    f.blank_end = !text.empty() && (text.back() == ' ' || text.back() == '\t');
    f.text = std::move(text);
    f.alias = std::move(name);
    f.span = span;
    frames_.push_back(std::move(f));
}

void Lexer::push_barrier(std::string text, Span span) {
    Frame f;
    f.text = std::move(text);
    f.barrier = true;
    f.span = span;
    frames_.push_back(std::move(f));
}

void Lexer::pop_barrier() {
    // Alias frames opened inside the barrier go with it.
    while (!frames_.empty()) {
        bool was_barrier = frames_.back().barrier;
        frames_.pop_back();
        if (was_barrier) return;
    }
}

void Lexer::skip_rest_of_line(bool at_newline) {
    frames_.clear();
    pending_heredocs_.clear();
    alias_eligible_pending_ = false;
    if (at_newline) return;
    for (;;) {
        int c = raw(0);
        if (c == end_of_input) return;
        advance_raw();
        if (c == '\n') return;
    }
}

// ---- tokens ---------------------------------------------------------------------

// A comment runs to the end of the line; the newline itself is a token.
void Lexer::skip_comment() {
    for (;;) {
        int c = raw(0);
        if (c == '\n' || c == end_of_input) return;
        advance_raw();
    }
}

Token Lexer::next_regex_word() {
    regex_word_ = true;
    return next();
}

Token Lexer::next_pattern_word() {
    extglob_word_ = true;
    return next();
}

Token Lexer::next() {
    // Only this token: a $( ) inside the word calls next() again.
    bool regex = std::exchange(regex_word_, false);
    ExtglobScope extglob(*this, std::exchange(extglob_word_, false));
    for (;;) {
        pop_exhausted_frames();
        int c = peek();
        if (c == ' ' || c == '\t') {
            advance();
        } else if (c == '#') {
            skip_comment();
        } else {
            break;
        }
    }
    // Skip a backslash-newline before the token, so its span is its first
    // real character.
    while (raw(0) == '\\' && raw(1) == '\n') {
        advance_raw();
        advance_raw();
    }
    pop_exhausted_frames();
    Token t;
    t.span = current_span();
    for (const Frame& f : frames_)
        if (!f.alias.empty()) t.active_aliases.push_back(f.alias);
    t.alias_eligible = alias_eligible_pending_;
    alias_eligible_pending_ = false;

    int c = peek();
    if (c == end_of_input) {
        t.kind = TokenKind::End;
        flush_heredocs_at_end();
        return t;
    }
    if (c == '\n') {
        advance();
        t.kind = TokenKind::Newline;
        read_heredoc_bodies();
        return t;
    }
    // bash: `((` is an arithmetic command when the `)` that closes the
    // second `(` is followed by `)`; otherwise `((a); (b))` is two subshells,
    // as bash reads it. In POSIX it is always two subshells.
    if (!regex && c == '(' && peek(1) == '(' && !strict_posix() && paren_paren_is_arithmetic(2)) {
        read_arith_command(t);
        return t;
    }
    if (!regex && at_process_subst()) {  // a word that starts with <( or >(
        read_word(t);
        return t;
    }
    if (c != 0 && std::strchr(regex ? "&;<>)" : "|&;<>()", c)) return read_operator(t.span);
    read_word(t, regex);
    return t;
}

Token Lexer::read_operator(Span span) {
    Token t;
    t.span = span;
    int c = peek();
    advance();
    auto follows = [this](char d) {
        if (peek() != d) return false;
        advance();
        return true;
    };
    switch (c) {
        // `|&` and `;;&` are errors in POSIX, so bash's meaning for them
        // stays on in strict mode too; `;&` is POSIX since 2024. `&>` and
        // `&>>` would change `cmd &>file` (POSIX: cmd & then >file).
        case '|':
            t.kind = follows('|') ? TokenKind::OrIf : follows('&') ? TokenKind::PipeAnd : TokenKind::Pipe;
            break;
        case '&':
            if (follows('&')) {
                t.kind = TokenKind::AndIf;
            } else if (!strict_posix() && follows('>')) {
                t.kind = follows('>') ? TokenKind::AndDGreat : TokenKind::AndGreat;
            } else {
                t.kind = TokenKind::Amp;
            }
            break;
        case ';':
            if (follows(';')) {
                t.kind = follows('&') ? TokenKind::DSemiAnd : TokenKind::DSemi;
            } else {
                t.kind = follows('&') ? TokenKind::SemiAnd : TokenKind::Semi;
            }
            break;
        case '(': t.kind = TokenKind::LParen; break;
        case ')': t.kind = TokenKind::RParen; break;
        case '<':
            if (follows('<')) {
                t.kind = follows('-') ? TokenKind::DLessDash : follows('<') ? TokenKind::TLess : TokenKind::DLess;
            } else {
                t.kind = follows('&') ? TokenKind::LessAnd : follows('>') ? TokenKind::LessGreat : TokenKind::Less;
            }
            break;
        default:  // '>'
            t.kind = follows('>')   ? TokenKind::DGreat
                     : follows('&') ? TokenKind::GreatAnd
                     : follows('|') ? TokenKind::Clobber
                                    : TokenKind::Great;
            break;
    }
    return t;
}

// ---- here-documents -----------------------------------------------------------------

void Lexer::add_pending_heredoc(ast::HereDoc* doc, bool strip_tabs) {
    pending_heredocs_.emplace_back(doc, strip_tabs);
}

std::vector<std::pair<ast::HereDoc*, bool>> Lexer::take_pending_heredocs() {
    auto pending = std::move(pending_heredocs_);
    pending_heredocs_.clear();
    return pending;
}

void Lexer::restore_pending_heredocs(std::vector<std::pair<ast::HereDoc*, bool>> pending) {
    pending_heredocs_ = std::move(pending);
}

// Bodies follow the newline in the order of their operators:
//   cat <<A <<B
//   body of A
//   A
//   body of B
//   B
void Lexer::read_heredoc_bodies() {
    auto pending = take_pending_heredocs();
    for (auto& [doc, strip] : pending) read_heredoc_body(*doc, strip);
}

// As dash: a here-document whose delimiter never comes ends at end of input.
void Lexer::flush_heredocs_at_end() {
    auto pending = take_pending_heredocs();
    for (auto& [doc, strip] : pending) read_heredoc_body(*doc, strip);
}

static bool ends_in_continuation(const std::string& line) {
    std::size_t n = 0;
    for (auto it = line.rbegin(); it != line.rend() && *it == '\\'; ++it) ++n;
    return n % 2 == 1;
}

void Lexer::read_heredoc_body(ast::HereDoc& doc, bool strip_tabs) {
    Span body_span = current_span();
    std::string body;
    // In an expanding body, a line ending in backslash joins the next one, so
    // that next line cannot be the delimiter (dash reads `a\` + `EOF` as aEOF).
    bool continued = false;
    while (raw(0) != end_of_input) {
        std::string line;
        bool had_newline = false;
        for (;;) {
            int c = raw(0);
            if (c == end_of_input) break;
            advance_raw();
            if (c == '\n') {
                had_newline = true;
                break;
            }
            line.push_back(static_cast<char>(c));
        }
        if (strip_tabs) line.erase(0, line.find_first_not_of('\t') == std::string::npos
                                          ? line.size()
                                          : line.find_first_not_of('\t'));
        if (!continued && line == doc.delimiter) break;
        body += line;
        if (had_newline) body += '\n';
        continued = doc.expand && had_newline && ends_in_continuation(line);
    }
    doc.body.span = body_span;
    doc.body.parts.clear();
    doc.pieces.clear();
    if (body.size() > ast::heredoc_parts_limit) {
        doc.body.text = std::move(body);
        if (doc.expand) check_heredoc_pieces(doc);
        return;
    }
    doc.body.text = std::move(body);
    if (doc.body.text.empty()) return;
    if (!doc.expand) {
        doc.body.parts.push_back(ast::WordPart{ast::Literal{doc.body.text}, body_span});
        return;
    }
    read_expanding_text(doc.body);
}

void Lexer::read_expanding_text(ast::Word& word) {
    // Room for every part at once (no copy while the vector grows): each
    // $, ` or backslash starts at most one part and the literal text after
    // it. Texts are at most heredoc_parts_limit long here.
    size_t starts = 1;
    for (char c : word.text) starts += c == '$' || c == '`' || c == '\\';
    word.parts.reserve(2 * starts);
    push_barrier(word.text, word.span);
    try {
        read_text_parts(word.parts);
    } catch (const ParseError& e) {
        pop_barrier();
        // The text is complete: an open $( in it is wrong, not unfinished.
        throw ParseError(ParseError::Kind::Syntax, e.what(), e.span());
    }
    pop_barrier();
}

// The parts of the text in the barrier frame on top, up to its end (or the
// end of a piece). A `$(cat <<X)` in such a text leaves here-document X
// waiting for a body that comes only after a newline inside the $( ): when
// the text ends first, X's body is empty, as at the end of input. The
// documents that were waiting outside the text are put aside meanwhile and
// back afterwards, also after an error: then the parts that held the inner
// ones are gone, and a pointer to them must not stay waiting (the fuzzer
// found that use after free: `<<O` newline `$(<<O)`).
void Lexer::read_text_parts(std::vector<ast::WordPart>& parts) {
    auto outside = take_pending_heredocs();
    try {
        read_parts(WordContext::HereDoc, parts);
    } catch (...) {
        restore_pending_heredocs(std::move(outside));
        throw;
    }
    restore_pending_heredocs(std::move(outside));
}

// A large body: its syntax is checked now (an error is reported where the
// script is read, as for a small one), a piece of about heredoc_parts_limit
// bytes at a time, and where each piece starts is kept; the parts are not.
void Lexer::check_heredoc_pieces(ast::HereDoc& doc) {
    push_barrier(doc.body.text, doc.body.span);
    const std::size_t body = frames_.size() - 1;  // an index: a nested $( ) may push frames
    try {
        while (raw(0) != end_of_input) {
            ast::HereDoc::Piece piece{frames_[body].pos, current_span()};
            heredoc_piece_end_ = piece.offset + ast::heredoc_parts_limit;
            std::vector<ast::WordPart> parts;
            read_text_parts(parts);
            doc.pieces.push_back(piece);
        }
    } catch (const ParseError& e) {
        heredoc_piece_end_ = 0;
        pop_barrier();
        throw ParseError(ParseError::Kind::Syntax, e.what(), e.span());
    }
    heredoc_piece_end_ = 0;
    pop_barrier();
}

}  // namespace forksh
