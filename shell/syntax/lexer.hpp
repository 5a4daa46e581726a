// lexer.hpp: turns shell text into tokens (POSIX XCU 2.3 token recognition).
//
// The lexer reads characters from a stack of sources:
//   - the main buffer, filled one line at a time from the InputSource (and
//     kept whole, so that text_between() can give back any command's text);
//   - alias frames: the text of an alias pushed in front of the input by the
//     parser (POSIX 2.3.1); their tokens carry the span of the aliased word;
//   - barrier frames: text that must be read on its own, as a program of its
//     own (the inside of `...`, an unquoted here-document body). Reading
//     stops at their end as if the input ended there.
// A line is requested only when a character is really needed: after the
// newline that ends a command the lexer returns at once (only pending
// here-document bodies are read first), so `read` in a script gets the rest
// of stdin.
//
// Backslash-newline is removed wherever it may appear (words, operators,
// between tokens, inside "..."), but not inside '...' or comments.
//
// $(...) bodies are parsed by the parser on the same input: when the lexer
// meets `$(` it calls back into the parser (Hooks::parse_command_subst),
// which reads a compound list and the closing `)`. So `case x in x) ;; esac`
// and nested quotes inside $(...) work without guessing where `)` is.
//
// Word reading (quotes, $..., `...`) lives in lexer_words.cpp.
// No system calls.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "shell/syntax/ast.hpp"
#include "shell/syntax/parser.hpp"
#include "shell/base/source.hpp"
#include "shell/syntax/token.hpp"

namespace forksh {

// How deeply words may nest inside words ($( $( ... ) ), ${x:-${y:-...}})
// before we report "nesting too deep". The stack is the other bound (each
// level also checks that enough of it is left: shell/base/stack_guard.hpp).
// 5000 (it was 500): the lexer's cost for words nested inside words grows
// faster than their depth (2,500 levels of ${x:-" take 0.3 s), so this
// count keeps a hostile line from costing seconds. Commands nested in
// commands (( ( ... ) ), { { ... } }, if in if) cost time in proportion to
// their depth: only the stack bounds them (dash runs 10,000 nested
// subshells; so does forksh, on its own stack, up to about 80,000).
inline constexpr int max_nesting_depth = 5000;

class Lexer {
  public:
    struct Hooks {
        // Called right after `$(`: parse a compound list and consume the `)`.
        std::function<std::unique_ptr<ast::List>()> parse_command_subst;
        // Called with a barrier frame on top: parse the whole frame as a
        // program (the inside of `...`).
        std::function<std::unique_ptr<ast::List>()> parse_nested_program;
    };

    Lexer(InputSource input, int first_line);

    void set_hooks(Hooks hooks) { hooks_ = std::move(hooks); }

    // The shell's `posix` option (null: bash's extensions on). In strict
    // POSIX mode `&>` is `&` then `>`, as POSIX reads it.
    void set_strict_posix(const bool* flag) { strict_posix_ = flag; }
    bool strict_posix() const { return strict_posix_ && *strict_posix_; }
    // The shell's `shopt extglob` (null: off). Read as each word is read, so
    // as in bash it counts from the next line on, not on its own line.
    void set_extglob(const bool* flag) { extglob_ = flag; }

    // The next token. Reads here-document bodies when it passes a newline.
    Token next();
    // The next token where bash's `[[ x =~ REGEX ]]` wants its regular
    // expression: in that word `|` and balanced `( )` are characters, and
    // blanks and operators are too inside the parentheses: `^(a|b c)$`.
    Token next_regex_word();
    // The next token where bash's `[[ x == PATTERN ]]` wants its pattern:
    // an extended group ?( *( +( @( !( ... ) stays inside the word, `|`,
    // blanks and nested groups included, as if `shopt -s extglob` were on.
    Token next_pattern_word();

    // A new complete command starts: the InputSource is asked for its first
    // line with continuation=false (PS1), later lines with true (PS2).
    void begin_command() { command_started_ = false; }

    // Read the text of alias `name` before the rest of the input. Its tokens
    // get `span` (the span of the aliased word).
    void push_alias(std::string name, std::string text, Span span);

    // A here-document operator and its delimiter were read: its body is
    // read after the next newline token.
    void add_pending_heredoc(ast::HereDoc* doc, bool strip_tabs);
    // Here-documents still waiting for their body (taken out while a
    // nested program is parsed, then put back).
    std::vector<std::pair<ast::HereDoc*, bool>> take_pending_heredocs();
    void restore_pending_heredocs(std::vector<std::pair<ast::HereDoc*, bool>> pending);

    // The parts of a complete text that expands as an unquoted here-document
    // body does ($, ` and \ are special, quotes are not): `word.text`, read
    // as a frame of its own, into `word.parts`. Throws ParseError (Syntax).
    void read_expanding_text(ast::Word& word);

    // Barrier frames for nested programs: the parser pops the frame when done.
    void push_barrier(std::string text, Span span);
    void pop_barrier();

    // Recovery after a syntax error: drop alias and barrier frames, pending
    // here-documents, and the rest of the current line (unless the error was
    // at a newline, which is then already consumed).
    void skip_rest_of_line(bool at_newline);

    int current_line() const;
    // At most `max` bytes of it.
    std::string text_between(Span from, Span to, std::size_t max = std::string::npos) const;

    // The words of one token take extended groups (or not); the $( ) inside
    // them decide for themselves.
    class ExtglobScope {
      public:
        ExtglobScope(Lexer& lexer, bool forced)
            : lexer_(lexer), saved_(lexer.extglob_now_) {
            lexer.extglob_now_ = forced || (lexer.extglob_ && *lexer.extglob_);
        }
        ~ExtglobScope() { lexer_.extglob_now_ = saved_; }
        ExtglobScope(const ExtglobScope&) = delete;
        ExtglobScope& operator=(const ExtglobScope&) = delete;

      private:
        Lexer& lexer_;
        bool saved_;
    };

    // The nesting guard, shared by the parser and the word reader. What a
    // DepthGuard counts. Each level of each kind also checks the
    // stack, which is the real bound (shell/base/stack_guard.hpp).
    enum class Nesting {
        Word,     // a word inside a word: $( ), ${ }, $(( )), `...`
        Command,  // a compound command inside a command (parser): bounded
                  // by the stack alone
        Quote,    // "...": bounded by the stack alone; a quote inside a
                  // quote needs a substitution between them, so quotes
                  // never outnumber the words that hold them
    };
    class DepthGuard {
      public:
        DepthGuard(Lexer& lexer, Span span, Nesting nesting = Nesting::Word);
        ~DepthGuard();
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;

      private:
        int* count_;  // the counter this level raised, or null
    };

    [[noreturn]] static void fail(ParseError::Kind kind, std::string message, Span span);

  private:
    // ---- character stream (lexer.cpp) ----
    struct Frame {
        std::string text;
        std::size_t pos = 0;
        std::string alias;        // alias name, empty for a barrier frame
        bool blank_end = false;   // alias value ends in a blank
        bool barrier = false;
        Span span;                // fixed for aliases; advances for barriers
    };
    static constexpr int end_of_input = -1;

    bool fill();
    int raw(std::size_t k = 0);
    int peek(std::size_t k = 0);  // skips backslash-newline
    void advance_raw();
    void advance();               // skips backslash-newline, then one char
    void pop_exhausted_frames();
    Span current_span();
    Span span_of_offset(std::size_t offset) const;
    void record(char c, std::size_t depth);

    // Records every consumed character into a string (Word.text,
    // CommandSubst.text), which holds them once the recorder is gone.
    class Recorder {
      public:
        Recorder(Lexer& lexer, std::string& out) : lexer_(lexer) {
            lexer_.recorders_.push_back({&out, lexer_.frames_.size(), lexer_.tape_.size()});
        }
        ~Recorder() { lexer_.end_recording(); }
        Recorder(const Recorder&) = delete;
        Recorder& operator=(const Recorder&) = delete;

      private:
        Lexer& lexer_;
    };

    void skip_comment();
    Token read_operator(Span span);
    void read_heredoc_bodies();
    void read_heredoc_body(ast::HereDoc& doc, bool strip_tabs);
    void check_heredoc_pieces(ast::HereDoc& doc);
    void read_text_parts(std::vector<ast::WordPart>& parts);
    void flush_heredocs_at_end();

    // ---- words (lexer_words.cpp) ----
  public:
    enum class WordContext {
        Unquoted,     // a word between blanks and operators
        DoubleQuoted, // inside "..."
        BraceArg,     // the word in ${x:-word}, outside double quotes
        BraceArgDq,   // the word in "${x:-word}"
        HereDoc,      // an unquoted here-document body
        Arith,        // inside $((...))
        Regex,        // the word after =~ in [[ ]] (next_regex_word)
        ExtglobGroup, // inside an extended group @(...) up to its `)`
        Subscript,    // the index or key in ${a[i]}: ends at ]
    };

  private:
    void read_word(Token& token, bool regex = false);
    // At ?( *( +( @( !( in a word that takes extended groups: read the group.
    bool at_extglob_group();
    void read_extglob_group(std::vector<ast::WordPart>& parts);
    void read_parts(WordContext ctx, std::vector<ast::WordPart>& parts);
    void add_literal(std::vector<ast::WordPart>& parts, std::string_view text, Span span);
    std::string read_to_single_quote(Span span, bool backslash_pairs);
    void read_single_quoted(std::vector<ast::WordPart>& parts);
    void read_double_quoted(std::vector<ast::WordPart>& parts);
    void read_escape(WordContext ctx, std::vector<ast::WordPart>& parts);
    void read_dollar(WordContext ctx, std::vector<ast::WordPart>& parts);
    void read_ansi_c(std::vector<ast::WordPart>& parts, Span span);
    void read_braced_parameter(WordContext ctx, std::vector<ast::WordPart>& parts, Span span);
    std::string read_run(bool (*accept)(int));
    bool read_length_prefix(ast::Parameter& p);
    std::string read_parameter_name();
    bool read_parameter_op(ast::Parameter& p);
    enum class BraceHead { Close, Operator, Bad };
    BraceHead read_parameter_head(ast::Parameter& p);
    bool read_indirect_mark();
    bool read_subscript(ast::Parameter& p);
    std::unique_ptr<ast::Word> read_brace_word(bool in_dq, const char* stops);
    void read_parameter_words(ast::Parameter& p, bool in_dq, Span span);
    void read_bad_substitution(ast::Parameter& p, bool in_dq, const std::string& head, Span span);
    void read_command_subst(std::vector<ast::WordPart>& parts, Span span);
    // bash's <(list) and >(list), unquoted, with the dialect on.
    bool at_process_subst();
    void read_process_subst(std::vector<ast::WordPart>& parts);
    void read_backquoted(WordContext ctx, std::vector<ast::WordPart>& parts);
    void read_arithmetic(std::vector<ast::WordPart>& parts, Span span);
    void read_arith_expression(ast::Word& expr, Span span);
    void read_arith_command(Token& token);
    // After `$((` (opening 3) or `((` (opening 2): arithmetic, or nested parentheses?
    bool paren_paren_is_arithmetic(int opening);

    InputSource input_;
    Hooks hooks_;
    const bool* strict_posix_ = nullptr;
    const bool* extglob_ = nullptr;
    bool regex_word_ = false;  // next() reads a Regex word (next_regex_word)
    bool extglob_word_ = false;  // next() reads groups in words (next_pattern_word)
    bool extglob_now_ = false;   // the word being read takes extended groups
    std::string buf_;                      // all main text read so far
    std::vector<std::size_t> line_starts_; // offset of each line in buf_
    std::size_t pos_ = 0;                  // next unread char of buf_
    bool eof_ = false;
    int first_line_ = 1;
    bool command_started_ = false;
    std::vector<Frame> frames_;
    struct RecorderSlot {
        std::string* out;
        // Frames open when recording began: characters from frames pushed
        // later (an alias, a nested program) are not text as written here.
        std::size_t depth;
        std::size_t start;  // where its text begins on the tape
    };
    std::vector<RecorderSlot> recorders_;
    // While any recorder lives, each consumed character goes onto the tape
    // once, with its frame depth; a recorder takes its stretch when it ends.
    // (Appending each character to every live recorder cost time by the
    // depth: 4,000 nested $( ) took 7.7 s to read.)
    std::string tape_;
    std::vector<std::size_t> tape_depth_;
    void end_recording();
    std::vector<std::pair<ast::HereDoc*, bool>> pending_heredocs_;
    bool alias_eligible_pending_ = false;
    int depth_ = 0;          // words in words
    // Characters that end a BraceArg word besides `}`: ":" after ${x:offset,
    // "/" after ${x/pattern. A nested ${ reads with none.
    const char* brace_stops_ = nullptr;
    // While a large here-document is checked piece by piece: read_parts
    // stops after the first newline at or beyond this offset of the body
    // (0: never).
    std::size_t heredoc_piece_end_ = 0;
};

}  // namespace forksh
