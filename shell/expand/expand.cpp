// expand.cpp: word expansion (XCU 2.6): tilde, parameters, command
// substitution (through SubstitutionRunner), arithmetic, field splitting,
// pathname expansion and quote removal. System calls: only those of
// tilde.cpp (getpwnam) and glob.cpp (opendir, readdir, lstat).
//
// How quoting survives until pathname expansion
// ---------------------------------------------
// A field is built as one string in pattern.hpp syntax: every character that
// was quoted (or came from a quoted expansion, or from a tilde expansion) and
// that the matcher would treat specially is preceded by a backslash; unquoted
// `*`, `?` and `[` are left bare and set `has_glob`. At the end of the field:
//   - has_glob and globbing on: glob_expand(field); no match keeps the word;
//   - otherwise, if any backslash was inserted, pattern_unescape(field);
//   - otherwise the string is already the final field (the common case: no
//     second pass, no per-character flags).
// Quote removal is thus the unescaping step. A backslash that came from an
// unquoted expansion stays active: in pathname expansion it quotes the next
// character (x='a\*'; echo $x looks for a file named `a*`), as in dash, bash
// and POSIX 2024 (XCU 2.13.1). It is not removed by quote removal, though: when
// no pathname expansion happens, the field keeps it (`active_backslashes`).
//
// The same Context also builds plain strings (assignments, here-documents,
// `case` subjects: nothing escaped, nothing split) and patterns for `case`
// and ${x#...} (quoted text escaped, unquoted expansions left active).
#include "shell/expand/expand.hpp"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <optional>
#include <type_traits>
#include <variant>

#include "shell/expand/arith.hpp"
#include "shell/base/diag.hpp"
#include "shell/expand/expand_param.hpp"
#include "shell/text/field_split.hpp"
#include "shell/expand/glob.hpp"
#include "shell/syntax/parser.hpp"
#include "shell/text/pattern.hpp"
#include "shell/expand/tilde.hpp"
#include "shell/text/charset.hpp"
#include "shell/text/names.hpp"
#include "shell/state/variables.hpp"

namespace forksh {

namespace {

enum class Mode {
    Fields,   // split and glob: command words
    String,   // one string, quotes removed: assignments, here-docs, targets
    Pattern,  // one string, quoted characters escaped: case patterns, ${x#p}
    Regex,    // one string, quoted characters escaped for an ERE: [[ x =~ re ]]
};

// Quoted text in the regular expression of [[ =~ ]] matches itself (bash):
// each character an ERE gives a meaning gets a backslash.
void ere_escape_append(std::string_view text, std::string& out) {
    for (char c : text) {
        if (std::string_view("\\.[]()*+?{}|^$").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
}

// $@ and $*: the parameters that are a list of values.
bool is_list_param(std::string_view name) { return name == "@" || name == "*"; }

// "$@" alone (or nothing but "$@"s) inside the quotes: with no positional
// parameters it makes no field at all, where "" or "$x" makes an empty one.
// The same for bash's lists: "${a[@]}", "${!a[@]}", "${@:2}", "${a[@]/x/y}".
// (POSIX's "${@#x}" stays one empty field, as in dash.)
bool is_quoted_at_list(const ast::Parameter& p) {
    using ast::ParamOp;
    if (p.op == ParamOp::Names) return !p.names_star;
    if (p.indirect) return false;
    bool bash_op = p.op == ParamOp::Keys || p.op >= ParamOp::Substring;
    if (p.subscript) return p.subscript->text == "@" && (p.op == ParamOp::Plain || bash_op || p.op >= ParamOp::RemoveSmallestSuffix);
    return p.name == "@" && (p.op == ParamOp::Plain || bash_op);
}

bool only_quoted_at(const ast::DoubleQuoted& dq) {
    if (dq.parts.empty()) return false;
    for (const ast::WordPart& part : dq.parts) {
        const auto* param = std::get_if<ast::Parameter>(&part.node);
        if (param == nullptr || param->bad || !is_quoted_at_list(*param)) return false;
    }
    return true;
}

ShellError expansion_error(std::string message, Span span) {
    return ShellError(std::move(message), span, 2, true);
}

// The errors of bash's own forms (${x:1:-9}, ${!x}, ${a[-9]}) end the
// command with status 1, and the script goes on, as in bash.
ShellError bash_form_error(std::string message, Span span) {
    return ShellError(std::move(message), span, 1, false);
}

}  // namespace

struct Expander::Context {
    Expander& ex;
    Mode mode;
    std::vector<std::string>* out = nullptr;  // Fields mode: where fields go

    std::string cur;          // the field (or string) being built
    SplitState split;         // between unquoted expansions of one word
    bool has_glob = false;    // cur has an unquoted * ? or [
    bool escaped = false;     // cur has backslashes we inserted
    bool in_bracket = false;  // cur has an unquoted `[`: `] - ! ^` may be special now
    std::vector<size_t> active_backslashes;  // where in cur a backslash came from an expansion
    bool assignment = false;  // tilde also after unquoted ':'
    bool in_replacement = false;  // Pattern mode for ${x/p/string}: a quoted `&` is escaped too
    // `export NAME=value`: the first NAME= characters of the word are kept
    // as they are, and the rest is expanded as an assignment's value.
    size_t declared_name = 0;
    const Ifs* ifs_ = nullptr;  // looked up on first need in this word
    Span word_span;             // Fields mode: the word, for failglob's message

    Context(Expander& e, Mode m) : ex(e), mode(m) {}

    const Ifs& ifs() {
        if (ifs_ == nullptr) ifs_ = &ex.ifs();
        return *ifs_;
    }

    // ---- building the field -------------------------------------------------

    // Text that is not split: literal text of the word, quoted text, quoted
    // expansions, tilde results.
    void add_text(std::string_view text, bool quoted) {
        split.field_open = true;
        split.after_white_break = false;
        switch (mode) {
        case Mode::String: cur += text; return;
        case Mode::Pattern:
            if (quoted && in_replacement) {
                for (char c : text) {
                    if (c == '&' || pattern_special(c)) cur += '\\';
                    cur += c;
                }
            } else if (quoted) {
                pattern_escape_append(text, cur);
            } else {
                cur += text;
            }
            return;
        case Mode::Regex:
            if (quoted) {
                ere_escape_append(text, cur);
            } else {
                cur += text;
            }
            return;
        case Mode::Fields:
            if (quoted) {
                add_escaped(text);
            } else {
                add_unquoted(text);
            }
            return;
        }
    }

    // Fields mode: quoted text, with the matcher's special characters escaped.
    // `] - ! ^` matter only inside a bracket expression, so they are escaped
    // only after an unquoted `[`: "--flag" needs no unescaping pass.
    void add_escaped(std::string_view text) {
        size_t start = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            char c = text[i];
            if (c == '\\' || c == '*' || c == '?' || c == '[' || (in_bracket && pattern_special(c))) {
                cur.append(text, start, i - start);
                cur += '\\';
                start = i;
                escaped = true;
            }
        }
        cur.append(text, start, text.size() - start);
    }

    // Fields mode: unquoted text whose * ? [ may glob. A backslash here comes
    // from an expansion (the lexer turned real escapes into Escaped parts): it
    // quotes the next character for the matcher, and is kept in the field.
    void add_unquoted(std::string_view text) {
        for (char c : text) {
            if (c == '*' || c == '?' || c == '[' || (c == '(' && ex.options_.extglob)) {
                has_glob = true;
                if (c == '[') in_bracket = true;
            } else if (c == '\\') {
                active_backslashes.push_back(cur.size());
                escaped = true;
            }
            cur += c;
        }
    }

    // Quote removal of a field that was not globbed: our inserted backslashes
    // go, those that came from expansions stay.
    std::string unescape_field() const {
        if (active_backslashes.empty()) return pattern_unescape(cur);
        std::string text;
        text.reserve(cur.size());
        size_t next_active = 0;
        for (size_t i = 0; i < cur.size(); ++i) {
            if (cur[i] == '\\') {
                if (next_active < active_backslashes.size() && active_backslashes[next_active] == i) {
                    ++next_active;
                    text += '\\';
                    continue;
                }
                if (i + 1 < cur.size()) ++i;
                // Skip any active position passed over by the escape.
                while (next_active < active_backslashes.size() && active_backslashes[next_active] < i) ++next_active;
            }
            text += cur[i];
        }
        return text;
    }

    // Sink for split_into: a run of unsplit characters of an unquoted expansion.
    void add(std::string_view run) { add_unquoted(run); }

    // End the current field: pathname expansion, then quote removal.
    void finish() {
        const bool globbing = has_glob && !ex.options_.noglob && has_glob_chars(cur, ex.options_.extglob ? PatternExtglob : 0u);
        if (globbing && glob_expand(cur, *out, glob_flags()) > 0) {
            // glob_expand appended the matches.
        } else if (globbing && (ex.options_.failglob || ex.options_.nullglob)) {
            no_match();
        } else if (escaped) {
            out->push_back(unescape_field());
        } else {
            out->push_back(std::move(cur));
        }
        cur.clear();
        active_backslashes.clear();
        has_glob = false;
        escaped = false;
        in_bracket = false;
    }

    // shopt's options for the glob engine (all off in POSIX's default).
    GlobFlags glob_flags() const {
        return {ex.options_.dotglob, ex.options_.globstar, ex.options_.nocaseglob, ex.options_.extglob};
    }

    // A pattern that matched nothing, with bash's shopt options: nullglob
    // leaves no field; failglob (which wins) abandons the command as bash
    // does: the rest of the line is not run, status 1, the script goes on.
    void no_match() {
        if (ex.options_.failglob) throw ShellError("no match: " + unescape_field(), word_span, 1, false);
    }

    void end_word() {
        if (mode == Mode::Fields && split.field_open) finish();
        split = SplitState{};
    }

    // The result of an expansion: split (and globbed) when unquoted and
    // building fields; otherwise just text.
    void add_expansion(std::string_view value, bool quoted) {
        if (quoted || mode != Mode::Fields) {
            add_text(value, quoted);
            return;
        }
        const Ifs& separators = ifs();
        if (separators.empty()) {
            if (value.empty()) return;  // an empty unquoted expansion is no field
            add_text(value, false);
            return;
        }
        split_into(value, separators, split, *this);
    }

    // $@ and $* (and ${@#p} ...) with their values.
    void add_list(const std::vector<std::string>& values, bool star, bool quoted) {
        if (mode != Mode::Fields || (quoted && star)) {
            // "$*", and $@ or $* where one string is wanted: joined by the
            // first character of IFS (dash does this for "$@" in strings too).
            std::string_view joiner = ifs().joiner();
            std::string joined;
            for (size_t i = 0; i < values.size(); ++i) {
                if (i > 0) joined += joiner;
                joined += values[i];
            }
            add_text(joined, quoted);
            return;
        }
        if (quoted) {
            // "$@": one field each; the first joins the text before, the
            // last the text after: "a$@b" with 1 2 is a1 2b.
            for (size_t i = 0; i < values.size(); ++i) {
                if (i > 0) finish();
                add_text(values[i], true);
            }
            return;
        }
        // Unquoted $@ and $*: each value split on its own; values are always
        // separate fields, even with IFS empty.
        for (size_t i = 0; i < values.size(); ++i) {
            if (i > 0 && split.field_open) {
                finish();
                split.field_open = false;
                split.after_white_break = true;
            }
            add_expansion(values[i], false);
        }
    }

    // ---- walking the word -------------------------------------------------------

    // `arg_text`: the word of an unquoted ${x-word}, whose literal text is
    // part of the expansion's result and so is split: ${x-a b} is two fields.
    void expand_word(const ast::Word& word, bool quoted, bool tilde, bool arg_text = false) {
        for (size_t i = 0; i < word.parts.size(); ++i) {
            const ast::WordPart& part = word.parts[i];
            if (const auto* lit = std::get_if<ast::Literal>(&part.node); lit != nullptr && !quoted) {
                bool last = i + 1 == word.parts.size();
                if (i == 0 && declared_name > 0) {
                    add_plain(std::string_view(lit->text).substr(0, declared_name), arg_text);
                    add_literal(std::string_view(lit->text).substr(declared_name), true, last, arg_text);
                    continue;
                }
                add_literal(lit->text, i == 0 && tilde, last, arg_text);
                continue;
            }
            expand_part(part, quoted);
        }
    }

    // One word that brace expansion made (brace.hpp): its text as unquoted
    // Literal text (tilde at its start), its other parts as they were.
    void expand_brace_word(const BraceWord& word) {
        for (size_t i = 0; i < word.size(); ++i) {
            const BracePiece& piece = word[i];
            if (piece.part != nullptr) {
                expand_part(*piece.part, false);
            } else {
                add_literal(piece.text, i == 0, i + 1 == word.size(), false);
            }
        }
    }

    void add_plain(std::string_view text, bool arg_text) {
        if (arg_text) {
            add_expansion(text, false);
        } else {
            add_text(text, false);
        }
    }

    // An unquoted Literal part, with tilde expansion at the start of the word
    // (`at_start`) and, in assignments, after each ':'.
    void add_literal(std::string_view text, bool at_start, bool last_part, bool arg_text) {
        if (!assignment) {
            if (at_start && text.starts_with('~')) text = expand_tilde(text, last_part);
            add_plain(text, arg_text);
            return;
        }
        size_t start = 0;
        if (at_start && text.starts_with('~')) {
            std::string_view rest = expand_tilde(text, last_part);
            start = text.size() - rest.size();
        }
        for (size_t colon = text.find(':', start); colon != std::string_view::npos;
             colon = text.find(':', colon + 1)) {
            if (colon + 1 < text.size() && text[colon + 1] == '~') {
                add_plain(text.substr(start, colon + 1 - start), arg_text);
                std::string_view rest = expand_tilde(text.substr(colon + 1), last_part);
                start = text.size() - rest.size();
                colon = start - 1;
            }
        }
        add_plain(text.substr(start), arg_text);
    }

    // `text` starts with '~'. The tilde-prefix runs to the first '/' (or ':'
    // in an assignment); it must end inside this literal, or the literal
    // must end the word: in `~"x"` or `~$u` part of the prefix is quoted or
    // an expansion, and nothing is expanded. Adds the home directory (as if
    // quoted) and returns the text after the prefix; returns `text` when
    // nothing was expanded.
    std::string_view expand_tilde(std::string_view text, bool last_part) {
        size_t end = text.find_first_of(assignment ? "/:" : "/");
        if (end == std::string_view::npos) {
            if (!last_part) return text;
            end = text.size();
        }
        std::optional<std::string> home = tilde_home(text.substr(1, end - 1), ex.vars_);
        if (!home) return text;
        add_text(*home, true);
        return text.substr(end);
    }

    void expand_part(const ast::WordPart& part, bool quoted) {
        std::visit(
            [&](const auto& node) {
                using T = std::decay_t<decltype(node)>;
                if constexpr (std::is_same_v<T, ast::Literal>) {
                    add_text(node.text, quoted);
                } else if constexpr (std::is_same_v<T, ast::SingleQuoted> ||
                                     std::is_same_v<T, ast::AnsiCQuoted> ||
                                     std::is_same_v<T, ast::Escaped>) {
                    add_text(node.text, true);
                } else if constexpr (std::is_same_v<T, ast::DoubleQuoted>) {
                    if (!only_quoted_at(node)) add_text({}, true);
                    for (const ast::WordPart& inner : node.parts) expand_part(inner, true);
                } else if constexpr (std::is_same_v<T, ast::Parameter>) {
                    expand_parameter(node, quoted, part.span);
                } else if constexpr (std::is_same_v<T, ast::CommandSubst>) {
                    std::string output = ex.runner_.run_substitution(node);
                    add_expansion(output, quoted);
                } else if constexpr (std::is_same_v<T, ast::ProcessSubst>) {
                    add_text(ex.runner_.start_process_subst(node), true);
                } else if constexpr (std::is_same_v<T, ast::Arithmetic>) {
                    std::string text = node.expr ? ex.expand_heredoc(*node.expr) : std::string();
                    ShellArithVariables vars(ex.vars_, part.span);
                    int64_t value = arith_eval(text, vars, part.span, ArithDialect{!ex.options_.posix, !ex.options_.posix});
                    ifs_ = nullptr;  // $((IFS=...)) is unlikely, but possible
                    add_expansion(std::to_string(value), quoted);
                }
            },
            part.node);
    }

    // ---- parameters ---------------------------------------------------------------

    // The value of a parameter that is not $@ or $*, or nullopt when unset.
    // `scratch` holds computed values ($?, $#, ...).
    std::optional<std::string_view> lookup(const std::string& name, std::string& scratch) {
        const Variables& vars = ex.vars_;
        const SpecialParams& special = vars.special();
        char c = name.empty() ? '\0' : name[0];
        if (c >= '0' && c <= '9') {
            if (name == "0") return std::string_view(special.arg0);
            size_t index = 0;
            for (char d : name) {
                index = index * 10 + static_cast<size_t>(d - '0');
                if (index > special.positional.size()) return std::nullopt;
            }
            if (index == 0) return std::nullopt;
            return std::string_view(special.positional[index - 1]);
        }
        if (name.size() == 1) {
            switch (c) {
            case '?': scratch = std::to_string(special.last_status); return std::string_view(scratch);
            case '$': scratch = std::to_string(special.shell_pid); return std::string_view(scratch);
            case '#': scratch = std::to_string(special.positional.size()); return std::string_view(scratch);
            case '-': scratch = option_letters(ex.options_); return std::string_view(scratch);
            case '!':
                if (special.last_background == 0) return std::nullopt;
                scratch = std::to_string(special.last_background);
                return std::string_view(scratch);
            default: break;
            }
        }
        if (const std::string* value = vars.get(name)) return std::string_view(*value);
        return std::nullopt;
    }

    [[noreturn]] void not_set(const std::string& name, Span span) {
        throw expansion_error(fmt::format("{}: parameter not set", name), span);
    }

    // A parameter as the operators see it: $@, $*, ${a[@]} and ${a[*]} are
    // a list (set when it has elements, null when all are empty); any other
    // has one value, or none when unset. `value` may point into `scratch`.
    struct ParamValue {
        bool list = false;
        bool star = false;
        bool is_set = false;
        bool is_null = true;
        std::optional<std::string_view> value;
        bool positional = false;          // the list is $@ (items() are the shell's own)
        std::vector<std::string> owned;   // the list of an array
        const std::vector<std::string>* positional_args = nullptr;
        const std::vector<std::string>& items() const { return positional ? *positional_args : owned; }
    };

    // Which parameter a ${...} reads: its name (after ${!name} indirection)
    // and its [index] expanded; `all` for [@] and [*].
    struct ParamRef {
        std::string name;
        bool all = false;
        bool star = false;
        std::optional<std::string> index;
        std::string shown() const {  // for messages: a[1]
            if (all) return name + (star ? "[*]" : "[@]");
            return index ? name + "[" + *index + "]" : name;
        }
    };

    ParamRef reference(const ast::Parameter& p, Span span) {
        ParamRef r;
        r.name = p.name;
        if (ast::subscript_is_all(p)) {
            r.all = true;
            r.star = p.subscript->text == "*";
        } else if (p.subscript) {
            r.index = ex.expand_string(*p.subscript);
        }
        if (p.indirect) return indirect_target(r, span);
        return r;
    }

    // ${!name}: name's value is the parameter to read: `x`, `a[2]`, `1`.
    ParamRef indirect_target(const ParamRef& r, Span span) {
        std::string scratch;
        ParamValue v = read_ref(r, scratch, span);
        if (!v.is_set) throw bash_form_error(fmt::format("{}: invalid indirect expansion", r.shown()), span);
        std::string target;
        if (v.list) {
            for (const std::string& item : v.items()) target += (target.empty() ? "" : " ") + item;
        } else {
            target = *v.value;
        }
        ParamRef t;
        size_t bracket = target.find('[');
        if (bracket != std::string::npos && target.back() == ']' && is_valid_name(target.substr(0, bracket))) {
            t.name = target.substr(0, bracket);
            std::string sub = target.substr(bracket + 1, target.size() - bracket - 2);
            if (sub == "@" || sub == "*") {
                t.all = true;
                t.star = sub == "*";
            } else {
                t.index = sub;
            }
            return t;
        }
        bool digits = !target.empty() && target.find_first_not_of("0123456789") == std::string::npos;
        bool special = target.size() == 1 && std::string_view("@*#?-$!").find(target[0]) != std::string_view::npos;
        if (!is_valid_name(target) && !digits && !special)
            throw bash_form_error(fmt::format("{}: invalid variable name", target), span);
        t.name = target;
        return t;
    }

    int64_t arithmetic(const std::string& text, Span span) {
        ShellArithVariables vars(ex.vars_, span);
        return arith_eval(text, vars, span);
    }

    // ${a[i]}: the element, or nullopt when unset. An index is arithmetic
    // (a negative one counts back from the end); a key is a string.
    std::optional<std::string_view> element(const ParamRef& r, Span span) {
        const Variable* var = ex.vars_.find(r.name);
        if (var != nullptr && var->kind == VarKind::Assoc) {
            auto it = var->assoc.find(*r.index);
            if (it == var->assoc.end()) return std::nullopt;
            return std::string_view(it->second);
        }
        int64_t i = arithmetic(*r.index, span);
        if (var == nullptr) return std::nullopt;
        if (var->kind == VarKind::Scalar) {
            if (i != 0 || !var->has_value) return std::nullopt;
            return std::string_view(var->value);
        }
        if (i < 0) {
            int64_t end = var->indexed.empty() ? 0 : var->indexed.rbegin()->first + 1;
            if (i + end < 0) throw bash_form_error(fmt::format("{}: bad array subscript", r.shown()), span);
            i += end;
        }
        auto it = var->indexed.find(i);
        if (it == var->indexed.end()) return std::nullopt;
        return std::string_view(it->second);
    }

    ParamValue read_ref(const ParamRef& r, std::string& scratch, Span span) {
        ParamValue v;
        v.list = is_list_param(r.name) || r.all;
        v.star = r.name == "*" || r.star;
        if (is_list_param(r.name)) {
            v.positional = true;
            v.positional_args = &ex.vars_.special().positional;
        } else if (r.all) {
            if (const Variable* var = ex.vars_.find(r.name)) v.owned = var->values();
        } else if (r.index) {
            v.value = element(r, span);
        } else {
            v.value = lookup(r.name, scratch);
        }
        if (v.list) {
            v.is_set = !v.items().empty();
            for (const std::string& item : v.items()) v.is_null = v.is_null && item.empty();
        } else {
            v.is_set = v.value.has_value();
            v.is_null = !v.is_set || v.value->empty();
        }
        return v;
    }

    // The parameter's own value (a set one): its fields for a list.
    void add_value(const ParamValue& v, bool quoted) {
        if (v.list) return add_list(v.items(), v.star, quoted);
        add_expansion(*v.value, quoted);
    }

    // ${x}, $x, and ${#x}, the two that need no word.
    void expand_plain(const ast::Parameter& p, const ParamRef& r, const ParamValue& v, bool quoted, Span span) {
        if (!v.list && !v.is_set && ex.options_.nounset) not_set(r.shown(), span);
        if (p.op == ast::ParamOp::Length) {
            size_t length = v.list ? v.items().size() : v.is_set ? param_length(*v.value) : 0;
            return add_expansion(std::to_string(length), quoted);
        }
        if (!v.list && !v.is_set) return add_expansion({}, quoted);
        add_value(v, quoted);
    }

    // Assign to what `r` names: a variable or an array's element.
    void assign(const ParamRef& r, std::string value, Span span) {
        Variables::Result result = Variables::Result::Ok;
        const Variable* var = ex.vars_.find(r.name);
        if (!r.index) {
            result = ex.vars_.set(r.name, std::move(value));
        } else if (var != nullptr && var->kind == VarKind::Assoc) {
            result = ex.vars_.set_key(r.name, *r.index, std::move(value));
        } else {
            result = ex.vars_.set_element(r.name, arithmetic(*r.index, span), std::move(value));
        }
        if (result == Variables::Result::Readonly)
            throw expansion_error(fmt::format("{}: is read only", r.name), span);
    }

    // ${x:=word}, with x unset or null: assign the word, then expand to it.
    void assign_default(const ast::Parameter& p, const ParamRef& r, bool quoted, Span span) {
        if (!is_valid_name(r.name) || r.all)
            throw expansion_error(fmt::format("{}: cannot assign in this way", r.shown()), span);
        std::string assigned = p.arg ? ex.expand_string(*p.arg) : std::string();
        assign(r, assigned, span);
        ifs_ = nullptr;
        add_expansion(assigned, quoted);
    }

    // ${x:?word}, with x unset or null: the word (or a standard text) is the error.
    [[noreturn]] void unset_error(const ast::Parameter& p, const ParamRef& r, Span span) {
        std::string message;
        if (p.arg && !p.arg->parts.empty())
            message = ex.expand_string(*p.arg);
        else
            message = p.colon ? "parameter null or not set" : "parameter not set";
        throw expansion_error(fmt::format("{}: {}", r.shown(), message), span);
    }

    // The operators that change a value (# % / ^ , :offset): an unset
    // parameter gives nothing, and their words are not even expanded, so
    // a $( ) there does not run and a $((1/0)) is no error (dash and bash;
    // both do expand them for a name set to ""). True when so.
    bool nothing_to_change(const ParamRef& r, Span span, bool quoted) {
        std::string scratch;
        ParamValue v = read_ref(r, scratch, span);
        if (v.list || v.is_set) return false;
        if (ex.options_.nounset) not_set(r.shown(), span);
        add_expansion("", quoted);
        return true;
    }

    // The value changed by `change`: each element on its own for a list,
    // as dash and bash do for ${@#p}. The words may run code ($(...))
    // that changes variables, so the value is read after them.
    template <typename Change>
    void add_changed(const ParamRef& r, bool quoted, Span span, Change&& change) {
        std::string scratch;
        ParamValue v = read_ref(r, scratch, span);
        if (v.list) {
            std::vector<std::string> changed;
            changed.reserve(v.items().size());
            for (const std::string& item : v.items()) changed.emplace_back(change(item));
            return add_list(changed, v.star, quoted);
        }
        std::string result(change(v.value.value_or(std::string_view())));
        add_expansion(result, quoted);
    }

    unsigned extglob_flag() const { return ex.options_.extglob ? PatternExtglob : 0u; }

    // ${x%pattern} ${x%%pattern} ${x#pattern} ${x##pattern}.
    void expand_removal(const ast::Parameter& p, const ParamRef& r, bool quoted, Span span) {
        using ast::ParamOp;
        if (nothing_to_change(r, span, quoted)) return;
        std::string pattern = p.arg ? ex.expand_pattern(*p.arg) : std::string();
        add_changed(r, quoted, span, [&](std::string_view value) {
            switch (p.op) {
            case ParamOp::RemoveSmallestSuffix: return remove_suffix(value, pattern, false, extglob_flag());
            case ParamOp::RemoveLargestSuffix: return remove_suffix(value, pattern, true, extglob_flag());
            case ParamOp::RemoveSmallestPrefix: return remove_prefix(value, pattern, false, extglob_flag());
            default: return remove_prefix(value, pattern, true, extglob_flag());
            }
        });
    }

    // ${x/p/s} ${x//p/s} ${x/#p/s} ${x/%p/s} (bash).
    void expand_replace(const ast::Parameter& p, const ParamRef& r, bool quoted, Span span) {
        using ast::ParamOp;
        if (nothing_to_change(r, span, quoted)) return;
        std::string pattern = p.arg ? ex.expand_pattern(*p.arg) : std::string();
        std::string replacement = p.arg2 ? ex.expand_replacement(*p.arg2) : std::string();
        ReplaceWhere where = p.op == ParamOp::ReplaceAll      ? ReplaceWhere::All
                             : p.op == ParamOp::ReplacePrefix ? ReplaceWhere::Prefix
                             : p.op == ParamOp::ReplaceSuffix ? ReplaceWhere::Suffix
                                                              : ReplaceWhere::First;
        add_changed(r, quoted, span,
                    [&](std::string_view value) { return replace_pattern(value, pattern, replacement, where, extglob_flag()); });
    }

    // ${x^p} ${x^^p} ${x,p} ${x,,p} (bash).
    void expand_case(const ast::Parameter& p, const ParamRef& r, bool quoted, Span span) {
        using ast::ParamOp;
        if (nothing_to_change(r, span, quoted)) return;
        std::string pattern = p.arg ? ex.expand_pattern(*p.arg) : std::string();
        bool upper = p.op == ParamOp::UpperFirst || p.op == ParamOp::UpperAll;
        bool all = p.op == ParamOp::UpperAll || p.op == ParamOp::LowerAll;
        add_changed(r, quoted, span, [&](std::string_view value) { return change_case(value, pattern, upper, all); });
    }

    // ${x:offset:length} (bash): characters of a string; elements of a
    // list, where $@ counts $0 as element 0 and an array its indices.
    void expand_substring(const ast::Parameter& p, const ParamRef& r, bool quoted, Span span) {
        if (nothing_to_change(r, span, quoted)) return;
        int64_t offset = p.arg ? arithmetic(ex.expand_string(*p.arg), span) : 0;
        std::optional<int64_t> length;
        if (p.arg2) length = arithmetic(ex.expand_string(*p.arg2), span);
        auto negative = [&] {
            return bash_form_error(fmt::format("{}: substring expression < 0", p.arg2 ? p.arg2->text : ""), span);
        };
        std::string scratch;
        ParamValue v = read_ref(r, scratch, span);
        if (!v.list) {
            std::optional<std::string> part = substring(v.value.value_or(std::string_view()), offset, length);
            if (!part) throw negative();
            return add_expansion(*part, quoted);
        }
        if (length && *length < 0) throw negative();
        std::vector<std::string> items;
        const Variable* var = v.positional ? nullptr : ex.vars_.find(r.name);
        if (var != nullptr && var->kind == VarKind::Indexed) {
            // Sparse: from the first index at or after the offset.
            int64_t end = var->indexed.empty() ? 0 : var->indexed.rbegin()->first + 1;
            if (offset < 0) offset += end;
            if (offset >= 0)
                for (auto it = var->indexed.lower_bound(offset); it != var->indexed.end(); ++it) {
                    if (length && static_cast<int64_t>(items.size()) >= *length) break;
                    items.push_back(it->second);
                }
        } else {
            std::vector<std::string> all;
            if (v.positional) all.push_back(ex.vars_.special().arg0);
            all.insert(all.end(), v.items().begin(), v.items().end());
            int64_t first = 0;
            int64_t count = 0;
            slice_bounds(static_cast<int64_t>(all.size()), offset, length, first, count);
            items.assign(all.begin() + first, all.begin() + first + count);
        }
        add_list(items, v.star, quoted);
    }

    // ${!prefix*} ${!prefix@}: the names of the set variables that start so.
    void expand_names(const ast::Parameter& p, bool quoted) {
        std::vector<std::string> names;
        for (const auto& [name, var] : ex.vars_.sorted())
            if (name.starts_with(p.name) && (var->has_value || var->is_array())) names.push_back(name);
        add_list(names, p.names_star, quoted);
    }

    // ${!a[@]} ${!a[*]}: an array's indices or keys.
    void expand_keys(const ast::Parameter& p, bool quoted) {
        std::vector<std::string> keys;
        if (const Variable* var = ex.vars_.find(p.name)) keys = var->keys();
        add_list(keys, p.subscript->text == "*", quoted);
    }

    // One ${...} or $name: each operator of XCU 2.6.2 by its case, then bash's.
    void expand_parameter(const ast::Parameter& p, bool quoted, Span span) {
        using ast::ParamOp;
        if (p.bad) {
            // ${x;y}, ${1a}: parsed (dash -n accepts them), but an error
            // when expanded; the message quotes them as written.
            std::string text = !p.text.empty() ? p.text : "${" + p.name + (p.arg ? p.arg->text : std::string()) + "}";
            throw expansion_error(fmt::format("{}: bad substitution", text), span);
        }
        if (p.op == ParamOp::Names) return expand_names(p, quoted);
        if (p.op == ParamOp::Keys) return expand_keys(p, quoted);
        const ParamRef r = reference(p, span);
        if (p.op == ParamOp::Length && r.all && !is_list_param(r.name)) {
            // ${#a[@]}: counted, not copied (loops test it on every turn).
            const Variable* var = ex.vars_.find(r.name);
            size_t count = var == nullptr ? 0
                           : var->kind == VarKind::Indexed ? var->indexed.size()
                           : var->kind == VarKind::Assoc   ? var->assoc.size()
                                                           : (var->has_value ? 1 : 0);
            return add_expansion(std::to_string(count), quoted);
        }
        std::string scratch;
        const ParamValue v = read_ref(r, scratch, span);
        // The word replaces the value when unset, or (with the colon) null.
        const bool use_word = !v.is_set || (p.colon && v.is_null);
        switch (p.op) {
        case ParamOp::Plain:
        case ParamOp::Length: return expand_plain(p, r, v, quoted, span);
        case ParamOp::UseDefault: return use_word ? expand_arg(p, quoted) : add_value(v, quoted);
        case ParamOp::UseAlternative:
            // "${x+y}" with x unset is still "", one empty field.
            return use_word ? add_expansion({}, quoted) : expand_arg(p, quoted);
        case ParamOp::AssignDefault: return use_word ? assign_default(p, r, quoted, span) : add_value(v, quoted);
        case ParamOp::ErrorIfUnset:
            if (use_word) unset_error(p, r, span);
            return add_value(v, quoted);
        case ParamOp::RemoveSmallestSuffix:
        case ParamOp::RemoveLargestSuffix:
        case ParamOp::RemoveSmallestPrefix:
        case ParamOp::RemoveLargestPrefix: return expand_removal(p, r, quoted, span);
        case ParamOp::Substring: return expand_substring(p, r, quoted, span);
        case ParamOp::ReplaceFirst:
        case ParamOp::ReplaceAll:
        case ParamOp::ReplacePrefix:
        case ParamOp::ReplaceSuffix: return expand_replace(p, r, quoted, span);
        case ParamOp::UpperFirst:
        case ParamOp::UpperAll:
        case ParamOp::LowerFirst:
        case ParamOp::LowerAll: return expand_case(p, r, quoted, span);
        case ParamOp::Names:
        case ParamOp::Keys: return;  // handled above
        }
    }

    // The word of ${x-word} and ${x+word}: expanded in the surrounding
    // context, with tilde expansion at its start. Unquoted, its literal text
    // is split too: ${x-a b} is two fields, ${x-"a b"} one.
    void expand_arg(const ast::Parameter& p, bool quoted) {
        if (p.arg) expand_word(*p.arg, quoted, !quoted, !quoted);
    }
};

// ---- public interface ------------------------------------------------------------

const Ifs& Expander::ifs() {
    const std::string* value = vars_.get("IFS");
    bool unset = value == nullptr;
    bool utf8 = multibyte_locale();
    if (!ifs_ || unset != ifs_unset_ || utf8 != ifs_utf8_ || (!unset && *value != ifs_value_)) {
        ifs_.emplace(value);
        ifs_unset_ = unset;
        ifs_utf8_ = utf8;
        ifs_value_ = unset ? std::string() : *value;
    }
    return *ifs_;
}

namespace {

// A word that is one unquoted Literal with nothing to expand: the fast path.
const std::string* plain_literal(const ast::Word& word) {
    if (word.parts.size() != 1) return nullptr;
    const auto* lit = std::get_if<ast::Literal>(&word.parts[0].node);
    if (lit == nullptr || lit->text.starts_with('~')) return nullptr;
    return &lit->text;
}

}  // namespace

bool Expander::brace_expansion_on() const { return options_.braceexpand && !options_.posix; }

void Expander::expand_fields(const ast::Word& word, std::vector<std::string>& fields) {
    if (const std::string* text = plain_literal(word)) {
        // `{` matters only when brace expansion is on (not in strict POSIX mode).
        if (text->find_first_of(brace_expansion_on() ? "*?[\\{" : "*?[\\") == std::string::npos) {
            fields.push_back(*text);
            return;
        }
    }
    // Brace expansion comes first (bash): each word it makes goes through
    // every other expansion on its own.
    if (brace_expansion_on() && has_unquoted_brace(word)) {
        std::vector<BraceWord> words = brace_expand(word);
        if (!words.empty()) return expand_brace_words(words, word.span, fields);
    }
    Context ctx(*this, Mode::Fields);
    ctx.out = &fields;
    ctx.word_span = word.span;
    ctx.expand_word(word, false, true);
    ctx.end_word();
}

std::vector<std::string> Expander::expand_fields(const std::vector<ast::Word>& words) {
    std::vector<std::string> fields;
    fields.reserve(words.size());
    for (const ast::Word& word : words) expand_fields(word, fields);
    return fields;
}

std::string SubstitutionRunner::start_process_subst(const ast::ProcessSubst& subst) {
    throw ShellError("process substitution <(" + subst.text + "): no processes can be started here", {}, 1);
}

std::string Expander::expand_string(const ast::Word& word) {
    if (const std::string* text = plain_literal(word)) return *text;
    Context ctx(*this, Mode::String);
    ctx.expand_word(word, false, true);
    return std::move(ctx.cur);
}

std::string Expander::expand_assignment(const ast::Word& word) {
    if (const std::string* text = plain_literal(word); text != nullptr && text->find(":~") == std::string::npos)
        return *text;
    Context ctx(*this, Mode::String);
    ctx.assignment = true;
    ctx.expand_word(word, false, true);
    return std::move(ctx.cur);
}

std::string Expander::expand_declaration(const ast::Word& word, size_t name_length) {
    Context ctx(*this, Mode::String);
    ctx.assignment = true;
    ctx.declared_name = name_length;
    ctx.expand_word(word, false, true);
    return std::move(ctx.cur);
}

void Expander::expand_brace_words(const std::vector<BraceWord>& words, Span span, std::vector<std::string>& fields) {
    for (const BraceWord& made : words) {
        Context ctx(*this, Mode::Fields);
        ctx.out = &fields;
        ctx.word_span = span;  // the word as written, for failglob's message
        ctx.expand_brace_word(made);
        ctx.end_word();
    }
}

void Expander::expand_declaration(const ast::Word& word, size_t name_length, std::vector<std::string>& fields) {
    // bash makes `export a={1,2}` into `export a=1 a=2`, and the words that
    // brace expansion made are no longer assignments there: they are split
    // and globbed, with no tilde expansion after the `=`.
    if (brace_expansion_on() && has_unquoted_brace(word)) {
        std::vector<BraceWord> words = brace_expand(word);
        if (!words.empty()) return expand_brace_words(words, word.span, fields);
    }
    fields.push_back(expand_declaration(word, name_length));
}

std::string Expander::expand_redirect_target(const ast::Word& word) {
    if (!brace_expansion_on() || !has_unquoted_brace(word)) return expand_string(word);
    std::vector<BraceWord> words = brace_expand(word);
    if (words.empty()) return expand_string(word);
    // bash: `>out{1,2}` names two files, and a redirection takes one.
    if (words.size() > 1) throw ShellError(fmt::format("{}: ambiguous redirect", word.text), word.span, 1);
    Context ctx(*this, Mode::String);
    ctx.expand_brace_word(words.front());
    return std::move(ctx.cur);
}

std::string Expander::expand_pattern(const ast::Word& word) {
    if (const std::string* text = plain_literal(word)) return *text;
    Context ctx(*this, Mode::Pattern);
    ctx.expand_word(word, false, true);
    return std::move(ctx.cur);
}

std::string Expander::expand_regex(const ast::Word& word) {
    Context ctx(*this, Mode::Regex);
    ctx.expand_word(word, false, true);
    return std::move(ctx.cur);
}

std::string Expander::expand_replacement(const ast::Word& word) {
    Context ctx(*this, Mode::Pattern);
    ctx.in_replacement = true;
    ctx.expand_word(word, false, true);
    return std::move(ctx.cur);
}

std::string Expander::expand_heredoc(const ast::Word& body) {
    Context ctx(*this, Mode::String);
    ctx.expand_word(body, false, false);
    return std::move(ctx.cur);
}

std::string Expander::expand_heredoc(const ast::HereDoc& doc) {
    if (doc.pieces.empty()) return expand_heredoc(doc.body);
    // A large body: parse a piece, expand it, drop its parts, go on; only
    // one piece's parts exist at a time (ast.hpp, HereDoc::pieces).
    const std::string& text = doc.body.text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < doc.pieces.size(); ++i) {
        std::size_t begin = doc.pieces[i].offset;
        std::size_t end = i + 1 < doc.pieces.size() ? doc.pieces[i + 1].offset : text.size();
        ast::Word piece = parse_expansion_text(std::string_view(text).substr(begin, end - begin), doc.pieces[i].span);
        out += expand_heredoc(piece);
    }
    return out;
}

std::string Expander::expand_text(const std::string& text) {
    if (text.find_first_of("$`\\") == std::string::npos) return text;
    // Each distinct text is parsed once (a prompt is expanded before every
    // command); a few dozen are plenty.
    static std::map<std::string, std::shared_ptr<const ast::Word>, std::less<>> cache;
    auto it = cache.find(text);
    if (it == cache.end()) {
        if (cache.size() > 64) cache.clear();
        it = cache.emplace(text, std::make_shared<const ast::Word>(parse_expansion_text(text))).first;
    }
    std::shared_ptr<const ast::Word> word = it->second;  // kept alive while we expand
    // $(...) in a prompt must not change $? for the next command.
    int saved_status = vars_.special().last_status;
    struct Restore {
        Variables& vars;
        int status;
        ~Restore() { vars.special().last_status = status; }
    } restore{vars_, saved_status};
    return expand_heredoc(*word);
}

}  // namespace forksh
